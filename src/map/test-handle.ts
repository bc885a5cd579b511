import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The map instance, for end-to-end tests and the benchmark (they query rendered features). */
    __lineOfContactMap?: MapLibreMap;
  }
}

export function exposeMapForTests(map: MapLibreMap): void {
  window.__lineOfContactMap = map;
}
