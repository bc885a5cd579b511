import { useId } from 'react';
import { useCopyStatus } from '../app/use-copy-status';
import { useMessages } from '../i18n/use-messages';
import { iframeSnippet } from './embed-links';
import { messages } from './messages';
import { useViewUrl } from './use-view-url';

/** The embed dialog's content: the iframe HTML for the view on show, and a Copy button. */
export function EmbedSnippet() {
  const t = useMessages(messages);
  const id = useId();
  const snippet = iframeSnippet(useViewUrl(true), t('iframeTitle'));
  const [status, copy] = useCopyStatus(t('copied'), t('copyFailed'));

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
        <button type="button" onClick={() => void copy(snippet)}>
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
