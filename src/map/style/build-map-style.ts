import type { FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { LayerInfo, Manifest } from '../../data/schema';
import { basemapLayers, basemapSources } from './basemap-layers';
import { datasetLayerSources, datasetLayerStyle } from './dataset-layers';
import { arcLayers, eventLayers, eventSources } from './event-layers';
import type { ArcProperties, MapEventProperties, TimedLayerProperties } from '../map-data';
import {
  placeDotLayers,
  placeLabelLayers,
  placeSources,
  type PlaceLabelProperties,
} from './place-layers';

export interface MapStyleInput {
  /** Absolute URL of the app's root, ending in '/'. Basemap and glyphs hang off it. */
  assetBase: string;
  layers: readonly LayerInfo[];
  layerData: Readonly<Record<string, FeatureCollection<Geometry, TimedLayerProperties>>>;
  categories: Manifest['categories'];
  events: FeatureCollection<Geometry, MapEventProperties>;
  arcs: FeatureCollection<LineString, ArcProperties>;
  /** The time cursor's starting value; later changes go through the map's global state. */
  initialTime: number;
  visibleLayers: ReadonlySet<string>;
  places: FeatureCollection<Point, PlaceLabelProperties>;
}

/** The whole map style, as a pure function of data and UI state. */
export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Line of Contact',
    glyphs: `${input.assetBase}glyphs/{fontstack}/{range}.pbf`,
    state: {
      time: { default: input.initialTime },
      selectedId: { default: '' },
      categories: { default: input.categories.map((c) => c.id) },
    },
    sources: {
      ...basemapSources(input.assetBase),
      ...datasetLayerSources(input.layers, input.layerData),
      ...eventSources(input.events, input.arcs),
      ...placeSources(input.places),
    },
    layers: [
      ...basemapLayers(),
      ...input.layers.flatMap((layer) =>
        datasetLayerStyle(layer, input.visibleLayers.has(layer.id)),
      ),
      ...arcLayers(input.categories),
      ...placeDotLayers(),
      ...eventLayers(input.categories),
      ...placeLabelLayers(),
    ],
  };
}
