import type { FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { LayerInfo, Manifest } from '../../data/schema';
import { themedColor } from '../../theme/contrast';
import type { Theme } from '../../theme/theme';
import { BASEMAP_LABEL_GLYPHS, basemapLayers, basemapSources } from './basemap-layers';
import { datasetLabelTexts, datasetLayerSources, datasetLayerStyle } from './dataset-layers';
import { arcLayers, eventLayers, eventSources, type EventGeometryType } from './event-layers';
import { MAP_PALETTES } from './palette';
import type { ArcProperties, TimedLayerProperties } from '../map-data';
import { glyphRanges } from '../glyph-ranges';
import {
  placeDotLayers,
  placeLabelLayers,
  placeLabelTexts,
  placeSources,
  type PlaceLabelProperties,
} from './place-layers';

export interface MapStyleInput {
  /** Absolute URL of the app's root, ending in '/'. Basemap and glyphs hang off it. */
  assetBase: string;
  layers: readonly LayerInfo[];
  layerData: Readonly<Record<string, FeatureCollection<Geometry, TimedLayerProperties>>>;
  categories: Manifest['categories'];
  /** The geometry types of the events (their features go to the map apart, not in the style). */
  eventGeometryTypes: ReadonlySet<EventGeometryType>;
  arcs: FeatureCollection<LineString, ArcProperties>;
  /** The time cursor's starting value; later changes go through the map's global state. */
  initialTime: number;
  visibleLayers: ReadonlySet<string>;
  places: FeatureCollection<Point, PlaceLabelProperties>;
  /** Light or dark: the basemap's colours, and dataset colours lifted to read on a dark map. */
  theme: Theme;
}

/**
 * The basemap alone, drawn while the dataset loads. The whole style adds to it, so that the map
 * can go from one to the other by a diff (new sources and layers) without being made again.
 */
export function buildBasemapStyle(
  input: Pick<MapStyleInput, 'assetBase' | 'theme'>,
): StyleSpecification {
  return {
    version: 8,
    name: 'Line of Contact',
    glyphs: `${input.assetBase}glyphs/{fontstack}/{range}.pbf`,
    sources: basemapSources(input.assetBase),
    layers: basemapLayers(MAP_PALETTES[input.theme]),
  };
}

/** The whole map style, as a pure function of data, UI state and theme. */
export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  const palette = MAP_PALETTES[input.theme];
  const categories = input.categories.map((c) => ({
    ...c,
    color: themedColor(c.color, input.theme),
  }));
  const layers = input.layers.map((l) => ({ ...l, color: themedColor(l.color, input.theme) }));
  return {
    version: 8,
    name: 'Line of Contact',
    glyphs: `${input.assetBase}glyphs/{fontstack}/{range}.pbf`,
    state: {
      time: { default: input.initialTime },
      selectedId: { default: '' },
      categories: { default: categories.map((c) => c.id) },
    },
    sources: {
      ...basemapSources(input.assetBase),
      ...datasetLayerSources(input.layers, input.layerData),
      ...eventSources(input.arcs),
      ...placeSources(input.places),
    },
    layers: [
      ...basemapLayers(palette),
      ...layers.flatMap((layer) =>
        datasetLayerStyle(layer, input.visibleLayers.has(layer.id), palette),
      ),
      ...(input.arcs.features.length > 0 ? arcLayers(categories, palette) : []),
      ...placeDotLayers(palette),
      ...eventLayers(categories, palette, input.eventGeometryTypes),
      ...placeLabelLayers(palette),
    ],
  };
}

/**
 * The glyph files the whole style's labels need, by font: the basemap's, the places' and the
 * dataset layers'. (What the map asks for is the part of it that its view shows.)
 */
export function labelGlyphRanges(
  input: Pick<MapStyleInput, 'layers' | 'layerData' | 'places'>,
): Record<string, string[]> {
  const textsByFont = [
    placeLabelTexts(input.places),
    datasetLabelTexts(input.layers, input.layerData),
  ];
  const fonts = new Set([
    ...Object.keys(BASEMAP_LABEL_GLYPHS),
    ...textsByFont.flatMap((texts) => Object.keys(texts)),
  ]);
  return Object.fromEntries(
    [...fonts].map((font) => {
      const ranges = new Set([
        ...(BASEMAP_LABEL_GLYPHS[font] ?? []),
        ...glyphRanges(textsByFont.flatMap((texts) => texts[font] ?? [])),
      ]);
      return [font, [...ranges].sort((a, b) => parseInt(a) - parseInt(b))];
    }),
  );
}
