import type { Dataset } from '../data/validate-dataset';
import { EmbedAction } from '../embed/embed-action';
import { ExportImage } from '../export/export-image';
import { ShareButtons } from '../url/share-buttons';

/** The header's ways to pass the view on: copy or share the link, embed it, save an image. */
export function HeaderShare({ dataset }: { dataset: Dataset }) {
  return (
    <ShareButtons title={dataset.manifest.title}>
      <EmbedAction />
      <ExportImage manifest={dataset.manifest} events={dataset.events} />
    </ShareButtons>
  );
}
