import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

/** The map on show, for features outside the map view that need its canvas (image export). */
export function setCurrentMap(map: MapLibreMap | null): void {
  current = map;
}

export function currentMap(): MapLibreMap | null {
  return current;
}
