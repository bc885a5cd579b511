import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { LayerFeature, Place } from '../data/schema';
import type { IndexedEvent } from '../events/event-index';
import { distanceKm } from '../data/geo';

const DAY = 86_400_000;

/** Only what the style reads: every property is copied to MapLibre's worker and kept there. */
export interface MapEventProperties {
  id: string;
  category: string;
  startMs: number;
}

/**
 * The events as the map draws them, with times as numbers that style expressions compare. The
 * id is a property only: MapLibre keeps only numeric feature ids, and every field here is copied
 * to its worker (at 100k events, on the main thread).
 */
export function mapEventData(
  events: readonly IndexedEvent[],
): FeatureCollection<Geometry, MapEventProperties> {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({
      type: 'Feature',
      geometry: e.event.geometry,
      properties: {
        id: e.id,
        category: e.category,
        startMs: e.startMs,
      },
    })),
  };
}

export interface ArcProperties extends MapEventProperties {
  eventId: string;
  from: string;
  /** Until when the arc is drawn (the event's end, and at least a day after its start). */
  currentUntilMs: number;
}

/**
 * Great-circle arcs from the capitals of a diplomatic event's participants to its venue (the
 * event's point), one per participant. Participants at the venue itself get no arc.
 */
export function diplomacyArcs(
  events: readonly IndexedEvent[],
  places: readonly Place[],
): FeatureCollection<LineString, ArcProperties> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const features: Feature<LineString, ArcProperties>[] = [];
  for (const e of events) {
    const { geometry, properties } = e.event;
    if (geometry.type !== 'Point' || properties.participants.length === 0) continue;
    for (const participant of properties.participants) {
      const place = byId.get(participant);
      if (!place || distanceKm(place.geometry.coordinates, geometry.coordinates) < 25) continue;
      features.push({
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: greatCircle(place.geometry.coordinates, geometry.coordinates),
        },
        properties: {
          id: `${e.id}:${participant}`,
          eventId: e.id,
          from: participant,
          category: e.category,
          startMs: e.startMs,
          currentUntilMs: Math.max(e.endMs, e.startMs + DAY),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Points along the great circle from a to b ([lon, lat]), ends included. */
export function greatCircle(a: readonly number[], b: readonly number[], segments = 48): number[][] {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a.map((v) => v * rad);
  const [lon2 = 0, lat2 = 0] = b.map((v) => v * rad);
  const d =
    2 *
    Math.asin(
      Math.sqrt(
        Math.sin((lat2 - lat1) / 2) ** 2 +
          Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2,
      ),
    );
  if (d === 0) return [[...a], [...b]];
  const points: number[][] = [];
  for (let i = 0; i <= segments; i++) {
    const f = i / segments;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
    const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
    const z = A * Math.sin(lat1) + B * Math.sin(lat2);
    points.push([
      Math.round((Math.atan2(y, x) / rad) * 1e5) / 1e5,
      Math.round((Math.atan2(z, Math.hypot(x, y)) / rad) * 1e5) / 1e5,
    ]);
  }
  return points;
}

export interface TimedLayerProperties {
  id: string;
  name: string;
  validFromMs: number;
  validToMs?: number;
}

/** A time-linked layer's features with their validity as numbers. */
export function timedLayerData(
  features: readonly LayerFeature[],
): FeatureCollection<Geometry, TimedLayerProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry as Geometry,
      properties: {
        id: f.id,
        name: f.properties.name,
        validFromMs: Date.parse(f.properties.validFrom),
        ...(f.properties.validTo ? { validToMs: Date.parse(f.properties.validTo) } : {}),
      },
    })),
  };
}
