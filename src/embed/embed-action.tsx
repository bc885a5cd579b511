import { lazy } from 'react';
import { DialogAction } from '../app/dialog-action';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';

const EmbedSnippet = lazy(() =>
  import('./embed-snippet').then((m) => ({ default: m.EmbedSnippet })),
);

/** "Embed": a dialog with the iframe HTML for the view on show. */
export function EmbedAction() {
  const t = useMessages(messages);
  return (
    <DialogAction
      label={t('embed')}
      title={t('embedTitle')}
      closeLabel={t('close')}
      className="embed-dialog"
    >
      <EmbedSnippet />
    </DialogAction>
  );
}
