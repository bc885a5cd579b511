import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { FONT_REGULAR } from './fonts';
import type { MapPalette } from './palette';

/** Zoom at which the 1:10m countries of the region replace the 1:110m world. */
export const DETAIL_ZOOM = 3;

/**
 * The glyph files the basemap's labels need (town names, and country names in capitals), by
 * font. The basemap's files are MapLibre's to load, so this is written down; a unit test checks
 * it against public/basemap.
 */
export const BASEMAP_LABEL_GLYPHS: Readonly<Record<string, readonly string[]>> = {
  [FONT_REGULAR]: ['0-255', '256-511'],
};

export function basemapSources(assetBase: string): Record<string, SourceSpecification> {
  const file = (name: string) => `${assetBase}basemap/${name}.geojson`;
  return {
    'countries-world': { type: 'geojson', data: file('countries-world'), tolerance: 0.6 },
    'countries-region': { type: 'geojson', data: file('countries-region'), tolerance: 0.4 },
    boundaries: { type: 'geojson', data: file('boundaries'), tolerance: 0.4 },
    'disputed-areas': { type: 'geojson', data: file('disputed-areas') },
    rivers: { type: 'geojson', data: file('rivers') },
    lakes: { type: 'geojson', data: file('lakes') },
    towns: { type: 'geojson', data: file('towns') },
    'country-labels': { type: 'geojson', data: file('country-labels') },
  };
}

export function basemapLayers(palette: MapPalette): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': palette.water } },
    {
      id: 'countries-world-fill',
      type: 'fill',
      source: 'countries-world',
      maxzoom: DETAIL_ZOOM,
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'countries-world-outline',
      type: 'line',
      source: 'countries-world',
      maxzoom: DETAIL_ZOOM,
      paint: { 'line-color': palette.landOutline, 'line-width': 0.6 },
    },
    {
      id: 'countries-region-fill',
      type: 'fill',
      source: 'countries-region',
      minzoom: DETAIL_ZOOM,
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'karabakh-area-fill',
      type: 'fill',
      source: 'disputed-areas',
      filter: ['==', ['get', 'brk_a3'], 'B38'],
      paint: { 'fill-color': palette.karabakhArea, 'fill-opacity': 0.45 },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: 'lakes',
      minzoom: 4,
      paint: { 'fill-color': palette.water, 'fill-outline-color': palette.lakeOutline },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      minzoom: 5,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 2],
      },
    },
    {
      id: 'disputed-areas-outline',
      type: 'line',
      source: 'disputed-areas',
      minzoom: DETAIL_ZOOM,
      filter: ['!=', ['get', 'brk_a3'], 'B38'],
      paint: {
        'line-color': palette.otherDisputedOutline,
        'line-width': 0.8,
        'line-dasharray': [2, 2],
      },
    },
    {
      id: 'karabakh-area-outline',
      type: 'line',
      source: 'disputed-areas',
      filter: ['==', ['get', 'brk_a3'], 'B38'],
      paint: {
        'line-color': palette.karabakhAreaOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 9, 1.5],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'boundaries',
      type: 'line',
      source: 'boundaries',
      minzoom: DETAIL_ZOOM,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 9, 1.6],
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'country-labels',
      minzoom: DETAIL_ZOOM,
      // Big countries are named from afar, small ones only close up (area in square degrees).
      filter: ['>=', ['get', 'area'], ['step', ['zoom'], 20, 4, 4, 5, 1, 6, 0.05]],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14],
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
      },
      paint: {
        'text-color': palette.countryText,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1,
      },
    },
    {
      id: 'town-labels',
      type: 'symbol',
      source: 'towns',
      minzoom: 6,
      filter: ['<=', ['get', 'scalerank'], ['step', ['zoom'], 6, 7, 8, 8, 10]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-optional': true,
      },
      paint: {
        'text-color': palette.townText,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.2,
      },
    },
  ];
}
