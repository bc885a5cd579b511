import { useEffect, useState, type ReactNode } from 'react';

/**
 * Copy link (Clipboard API, with a visible confirmation) and, where the browser has it, Share;
 * then the other ways out of the page (children: embed, image).
 */
export function ShareButtons({ title, children }: { title: string; children?: ReactNode }) {
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
      setMessage('Link copied');
    } catch {
      setMessage('Copying was blocked: copy the address from the address bar.');
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
        Copy link
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()}>
          Share
        </button>
      )}
      {children}
      <span role="status" className="share-status">
        {message}
      </span>
    </div>
  );
}
