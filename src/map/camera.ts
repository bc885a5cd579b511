import type { LngLatBoundsLike } from 'maplibre-gl';
import type { Place, StoryEvent } from '../data/schema';

/**
 * Where the map opens before a dataset has said where to look: the Karabakh front, which the
 * bundled basemap draws in detail. It is the bundled story's default view, so that story opens
 * without a jump once its data has come.
 */
export const OPENING_BOUNDS: [number, number, number, number] = [45.6, 39.15, 47.7, 40.5];

/**
 * The box a camera should fit to show an event: its geometry and, for diplomacy, the capitals
 * of its participants (so that Vienna and the capitals of the talks show together).
 */
export function eventBounds(event: StoryEvent, places: readonly Place[]): LngLatBoundsLike {
  const points: (readonly number[])[] = [];
  const g = event.geometry;
  if (g.type === 'Point') points.push(g.coordinates);
  else if (g.type === 'LineString') points.push(...g.coordinates);
  else points.push(...g.coordinates.flat());
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const id of event.properties.participants) {
    const place = byId.get(id);
    if (place) points.push(place.geometry.coordinates);
  }
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const [lon = 0, lat = 0] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}
