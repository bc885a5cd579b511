import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { LayerInfo } from '../../data/schema';
import { basemapLayers, basemapSources } from './basemap-layers';
import { datasetLayerSources, datasetLayerStyle } from './dataset-layers';
import { placeLayers, placeSources, type PlaceLabelProperties } from './place-layers';

export interface MapStyleInput {
  /** Absolute URL of the app's root, ending in '/'. Basemap and glyphs hang off it. */
  assetBase: string;
  /** Absolute URL of the dataset's folder, ending in '/'. Layer files are relative to it. */
  dataBase: string;
  layers: readonly LayerInfo[];
  visibleLayers: ReadonlySet<string>;
  places: FeatureCollection<Point, PlaceLabelProperties>;
}

/** The whole map style, as a pure function of data and UI state. */
export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Line of Contact',
    glyphs: `${input.assetBase}glyphs/{fontstack}/{range}.pbf`,
    sources: {
      ...basemapSources(input.assetBase),
      ...datasetLayerSources(input.layers, input.dataBase),
      ...placeSources(input.places),
    },
    layers: [
      ...basemapLayers(),
      ...input.layers.flatMap((layer) =>
        datasetLayerStyle(layer, input.visibleLayers.has(layer.id)),
      ),
      ...placeLayers(),
    ],
  };
}
