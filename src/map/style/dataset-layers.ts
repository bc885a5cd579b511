import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LayerInfo } from '../../data/schema';
import type { TimedLayerProperties } from '../map-data';
import { ensureContrast } from '../../theme/contrast';
import { FONT_BOLD } from './fonts';
import type { MapPalette } from './palette';
import { validNowFilter } from './time-expressions';

export function datasetLayerSourceId(layer: LayerInfo): string {
  return `layer-${layer.id}`;
}

export function datasetLayerSources(
  layers: readonly LayerInfo[],
  data: Readonly<Record<string, FeatureCollection<Geometry, TimedLayerProperties>>>,
): Record<string, SourceSpecification> {
  return Object.fromEntries(
    layers.map((layer) => [
      datasetLayerSourceId(layer),
      {
        type: 'geojson',
        data: data[layer.id] ?? { type: 'FeatureCollection', features: [] },
      } satisfies SourceSpecification,
    ]),
  );
}

/** The texts of the dataset layers' labels by font: the names along lines, in bold. */
export function datasetLabelTexts(
  layers: readonly LayerInfo[],
  data: Readonly<Record<string, FeatureCollection<Geometry, TimedLayerProperties>>>,
): Record<string, string[]> {
  return {
    [FONT_BOLD]: layers
      .filter((layer) => layer.kind === 'line')
      .flatMap((layer) => (data[layer.id]?.features ?? []).map((f) => f.properties.name)),
  };
}

/**
 * The map layers that draw one dataset layer, all with ids starting with the layer's id. Each
 * feature shows only while it is valid at the time cursor.
 */
export function datasetLayerStyle(
  layer: LayerInfo,
  visible: boolean,
  palette: MapPalette,
): LayerSpecification[] {
  const source = datasetLayerSourceId(layer);
  const visibility = visible ? 'visible' : 'none';
  switch (layer.kind) {
    case 'line':
      return [
        {
          id: `${layer.id}-casing`,
          type: 'line',
          source,
          filter: validNowFilter,
          layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
          paint: {
            'line-color': palette.labelHalo,
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2.5, 8, 6, 12, 9],
            'line-opacity': 0.9,
          },
        },
        {
          id: layer.id,
          type: 'line',
          source,
          filter: validNowFilter,
          layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
          paint: {
            'line-color': layer.color,
            'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 8, 3, 12, 5],
          },
        },
        {
          id: `${layer.id}-label`,
          type: 'symbol',
          source,
          filter: validNowFilter,
          minzoom: 7,
          layout: {
            visibility,
            'symbol-placement': 'line',
            'text-field': ['get', 'name'],
            'text-font': [FONT_BOLD],
            'text-size': 12,
            'text-offset': [0, -1],
            'symbol-spacing': 300,
          },
          paint: {
            // Text needs more contrast than a line: 4.5:1 against its halo.
            'text-color': ensureContrast(layer.color, palette.labelHalo, 4.5),
            'text-halo-color': palette.labelHalo,
            'text-halo-width': 1.5,
          },
        },
      ];
    case 'area':
      return [
        {
          id: `${layer.id}-fill`,
          type: 'fill',
          source,
          filter: validNowFilter,
          layout: { visibility },
          paint: { 'fill-color': layer.color, 'fill-opacity': 0.35 },
        },
        {
          id: layer.id,
          type: 'line',
          source,
          filter: validNowFilter,
          layout: { visibility },
          paint: { 'line-color': layer.color, 'line-width': 1.5, 'line-dasharray': [2, 1] },
        },
      ];
    case 'axis':
      return [
        {
          id: layer.id,
          type: 'line',
          source,
          filter: validNowFilter,
          layout: { visibility, 'line-cap': 'round' },
          // A band beside the line (on the left of its direction, the Azerbaijani-held side) so
          // that it does not hide the Line of Contact itself.
          paint: {
            'line-color': layer.color,
            'line-width': ['interpolate', ['linear'], ['zoom'], 5, 4, 10, 10],
            'line-offset': ['interpolate', ['linear'], ['zoom'], 5, -4, 10, -9],
            'line-opacity': 0.45,
          },
        },
      ];
  }
}
