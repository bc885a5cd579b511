// The benchmark's baseline: React + MapLibre and nothing else, with the same basemap and the
// same points as the app, and time applied the same way (a global-state filter). The points are
// drawn as the app draws them (category colour, size by zoom, outline), in one layer with
// constant paint; ?symbols=dots draws plain 5-px dots instead. In software rendering a frame
// costs what its pixels cost, so the symbols must match for the comparison to be about the
// work around them.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createRoot } from 'react-dom/client';
import { basemapLayers, basemapSources } from '../../src/map/style/basemap-layers';
import { categoryColor } from '../../src/map/style/event-layers';
import { MAP_PALETTES } from '../../src/map/style/palette';

declare global {
  interface Window {
    __bareMap?: maplibregl.Map;
    __firstIdle?: number;
    __firstPaint?: number;
  }
}

maplibregl.setWorkerUrl(workerUrl);
createRoot(document.getElementById('root') as HTMLElement).render(<div />);

const params = new URLSearchParams(location.search);
const root = new URL('../', location.href).href;
const data = new URL(params.get('data') ?? '../data/', location.href).href;

const [manifest, events] = (await Promise.all(
  ['dataset.json', 'events.geojson'].map(async (f) => (await fetch(new URL(f, data))).json()),
)) as [
  { categories: { id: string; color: string }[] },
  {
    features: { id: string; geometry: unknown; properties: { start: string; category: string } }[];
  },
];
const palette = MAP_PALETTES.light;
const paint: maplibregl.CircleLayerSpecification['paint'] =
  params.get('symbols') === 'dots'
    ? { 'circle-radius': 5, 'circle-color': '#d1495b' }
    : {
        'circle-color': categoryColor(manifest.categories, palette.townText),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 6, 12, 9],
        'circle-stroke-color': palette.labelHalo,
        'circle-stroke-width': 1.5,
      };
const points = {
  type: 'FeatureCollection' as const,
  features: events.features.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry as GeoJSON.Geometry,
    properties: {
      id: f.id,
      category: f.properties.category,
      startMs: Date.parse(f.properties.start),
    },
  })),
};

const map = new maplibregl.Map({
  container: 'map',
  bounds: [45.6, 39.15, 47.7, 40.5],
  style: {
    version: 8,
    glyphs: `${root}glyphs/{fontstack}/{range}.pbf`,
    state: { time: { default: Date.parse('2016-04-05T12:00:00+04:00') } },
    sources: { ...basemapSources(root), events: { type: 'geojson', data: points } },
    layers: [
      ...basemapLayers(palette),
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        filter: ['<=', ['get', 'startMs'], ['global-state', 'time']],
        paint,
      },
    ],
  },
});
window.__bareMap = map;
map.once('load', () => (window.__firstPaint = performance.now()));
map.once('idle', () => (window.__firstIdle = performance.now()));
