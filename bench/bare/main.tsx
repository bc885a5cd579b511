// The benchmark's baseline: React + MapLibre and nothing else, with the same basemap and the
// same points as the app, and time applied the same way (a global-state filter).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createRoot } from 'react-dom/client';
import { basemapLayers, basemapSources } from '../../src/map/style/basemap-layers';
import { MAP_PALETTES } from '../../src/map/style/palette';

declare global {
  interface Window {
    __bareMap?: maplibregl.Map;
    __firstIdle?: number;
  }
}

maplibregl.setWorkerUrl(workerUrl);
createRoot(document.getElementById('root') as HTMLElement).render(<div />);

const params = new URLSearchParams(location.search);
const root = new URL('../', location.href).href;
const data = new URL(params.get('data') ?? '../data/', location.href).href;

const events = (await (await fetch(new URL('events.geojson', data))).json()) as {
  features: { id: string; geometry: unknown; properties: { start: string } }[];
};
const points = {
  type: 'FeatureCollection' as const,
  features: events.features.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry as GeoJSON.Geometry,
    properties: { id: f.id, startMs: Date.parse(f.properties.start) },
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
      ...basemapLayers(MAP_PALETTES.light),
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        filter: ['<=', ['get', 'startMs'], ['global-state', 'time']],
        paint: { 'circle-radius': 5, 'circle-color': '#d1495b' },
      },
    ],
  },
});
window.__bareMap = map;
map.once('idle', () => (window.__firstIdle = performance.now()));
