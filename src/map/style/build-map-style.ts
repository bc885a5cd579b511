import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { LayerInfo, Manifest } from '../../data/schema';
import { basemapLayers, basemapSources } from './basemap-layers';
import { datasetLayerSources, datasetLayerStyle } from './dataset-layers';
import { eventLayers, eventSources } from './event-layers';
import {
  placeDotLayers,
  placeLabelLayers,
  placeSources,
  type PlaceLabelProperties,
} from './place-layers';

export interface MapStyleInput {
  /** Absolute URL of the app's root, ending in '/'. Basemap and glyphs hang off it. */
  assetBase: string;
  /** Absolute URL of the dataset's folder, ending in '/'. Layer files are relative to it. */
  dataBase: string;
  layers: readonly LayerInfo[];
  categories: Manifest['categories'];
  /** Absolute URL of the events file. */
  eventsUrl: string;
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
      ...eventSources(input.eventsUrl),
      ...placeSources(input.places),
    },
    layers: [
      ...basemapLayers(),
      ...input.layers.flatMap((layer) =>
        datasetLayerStyle(layer, input.visibleLayers.has(layer.id)),
      ),
      ...placeDotLayers(),
      ...eventLayers(input.categories),
      ...placeLabelLayers(),
    ],
  };
}
