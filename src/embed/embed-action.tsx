import { useEffect, useId, useState } from 'react';
import { ModalDialog } from '../app/modal-dialog';
import { useMessages } from '../i18n/use-messages';
import { iframeSnippet } from './embed-links';
import { messages } from './messages';
import { useViewUrl } from './use-view-url';

/** "Embed": a dialog with the iframe HTML for the view on show. */
export function EmbedAction() {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('embed')}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('embedTitle')}
        closeLabel={t('close')}
        className="embed-dialog"
      >
        <EmbedSnippet />
      </ModalDialog>
    </>
  );
}

function EmbedSnippet() {
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
