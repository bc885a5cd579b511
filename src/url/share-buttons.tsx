import type { ReactNode } from 'react';
import { useCopyStatus } from '../app/use-copy-status';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';

/**
 * Copy link (Clipboard API, with a visible confirmation) and, where the browser has it, Share;
 * then the other ways out of the page (children: embed, image).
 */
export function ShareButtons({ title, children }: { title: string; children?: ReactNode }) {
  const t = useMessages(messages);
  const [message, copy] = useCopyStatus(t('linkCopied'), t('copyBlocked'));
  const canShare = typeof navigator.share === 'function';

  const share = async () => {
    try {
      await navigator.share({ title, url: location.href });
    } catch {
      // Cancelled by the user, or refused: nothing to do.
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void copy(location.href)}>
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
