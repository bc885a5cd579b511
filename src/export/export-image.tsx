import { lazy } from 'react';
import { DialogAction } from '../app/dialog-action';
import { useMessages } from '../i18n/use-messages';
import type { ExportFormProps } from './export-form';
import { messages } from './messages';

// The capture and drawing code loads when the dialog is first opened.
const ExportForm = lazy(() => import('./export-form').then((m) => ({ default: m.ExportForm })));

/** "Download image": a PNG of the map with the time, the event, the legend and the credits. */
export function ExportImage(props: ExportFormProps) {
  const t = useMessages(messages);
  return (
    <DialogAction
      label={t('download')}
      title={t('title')}
      closeLabel={t('close')}
      className="export-dialog"
    >
      <ExportForm {...props} />
    </DialogAction>
  );
}
