import type { Category, Manifest } from '../data/schema';
import { visibleLayerSet } from '../state/selectors';
import type { LegendEntry } from './export-layout';

/** What the image's legend lists: the categories on the map, then the story layers switched on. */
export function legendEntries(
  manifest: Pick<Manifest, 'categories' | 'layers'>,
  visibleLayers: readonly string[] | null,
  shownCategories: readonly Category[] | null,
): LegendEntry[] {
  const layers = visibleLayerSet(visibleLayers, manifest.layers);
  return [
    ...manifest.categories
      .filter((c) => !shownCategories || shownCategories.includes(c.id))
      .map((c) => ({ label: c.label, color: c.color, kind: 'dot' as const })),
    ...manifest.layers
      .filter((l) => layers.has(l.id))
      .map((l) => ({ label: l.label, color: l.color, kind: l.kind })),
  ];
}

/**
 * The credits as the map's attribution control shows them ("A | B | C"), one per line; the
 * dataset's own lines when the control is not there.
 */
export function attributionLines(
  shown: string | null | undefined,
  datasetLines: readonly string[],
): string[] {
  const lines = (shown ?? '')
    .split(' | ')
    .map((s) => s.trim())
    .filter(Boolean);
  return lines.length ? lines : [...datasetLines];
}
