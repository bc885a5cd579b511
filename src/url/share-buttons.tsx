import { useEffect, useState, type ReactNode } from 'react';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';

/**
 * Copy link (Clipboard API, with a visible confirmation) and, where the browser has it, Share;
 * then the other ways out of the page (children: embed, image).
 */
export function ShareButtons({ title, children }: { title: string; children?: ReactNode }) {
  const t = useMessages(messages);
  const [message, setMessage] = useState('');
  const canShare = typeof navigator.share === 'function';

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setMessage(t('linkCopied'));
    } catch {
      setMessage(t('copyBlocked'));
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url: location.href });
    } catch {
      // Cancelled by the user, or refused: nothing to do.
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()}>
          {t('share')}
        </button>
      )}
      {children}
      <span role="status" className="share-status">
        {message}
      </span>
    </div>
  );
}
