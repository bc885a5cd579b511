import { useEffect, useId, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { iframeSnippet } from './embed-links';
import { messages } from './messages';
import { useViewUrl } from './use-view-url';

/** The embed dialog's content: the iframe HTML for the view on show, and a Copy button. */
export function EmbedSnippet() {
  const t = useMessages(messages);
  const id = useId();
  const snippet = iframeSnippet(useViewUrl(true), t('iframeTitle'));
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <>
      <label htmlFor={id} className="modal-label">
        {t('snippetLabel')}
      </label>
      <textarea
        id={id}
        className="embed-snippet"
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="modal-actions">
        <button type="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        <span role="status" className="share-status">
          {status}
        </span>
      </p>
      <p className="modal-note">{t('note')}</p>
    </>
  );
}
