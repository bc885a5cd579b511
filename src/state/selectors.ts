import type { LayerInfo } from '../data/schema';

export function defaultVisibleLayers(layers: readonly LayerInfo[]): string[] {
  return layers.filter((l) => l.defaultVisible).map((l) => l.id);
}

export function visibleLayerSet(
  chosen: readonly string[] | null,
  layers: readonly LayerInfo[],
): ReadonlySet<string> {
  return new Set(chosen ?? defaultVisibleLayers(layers));
}
