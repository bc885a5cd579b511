import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MapEventProperties } from './map-data';

type EventFeatures = FeatureCollection<Geometry, MapEventProperties>;

/**
 * The events' source as the style lists it: without its features, which are given to the map's
 * source apart, by `feedEventsSource`.
 *
 * react-maplibre hands every new style object to MapLibre's `setStyle` with diffing on, and
 * MapLibre then deep-clones the next style and deep-compares each of its sources with the live
 * one. With the events inside the style, every theme, language or layer switch (and the style
 * that first adds the dataset) cloned and compared all of them: hundreds of milliseconds at
 * 100k events, on the main thread.
 */
export const EVENTS_SOURCE_SPEC: GeoJSONSourceSpecification = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
};

/** What each events source was last given: a source made again by a full style load is new. */
const given = new WeakMap<GeoJSONSource, EventFeatures>();

/**
 * Gives the events to the map's events source, if the style has one and it does not have them
 * yet. The source then describes itself as the style lists it, so that style diffs leave it
 * alone (the features are the map's own from here on).
 */
export function feedEventsSource(map: MapLibreMap, sourceId: string, events: EventFeatures): void {
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (source?.type !== 'geojson') return;
  if (!given.has(source)) {
    const serialize = source.serialize.bind(source);
    source.serialize = () => ({ ...serialize(), data: EVENTS_SOURCE_SPEC.data });
  }
  if (given.get(source) !== events) {
    source.setData(events);
    given.set(source, events);
  }
}
