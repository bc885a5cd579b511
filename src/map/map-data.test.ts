import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsSchema, placesSchema } from '../data/schema';
import { distanceKm } from '../data/geo';
import { indexEvents } from '../events/event-index';
import { eventBounds } from './camera';
import { diplomacyArcs, greatCircle, mapEventData } from './map-data';

const dataDir = join(import.meta.dirname, '../../public/data');
const events = indexEvents(
  eventsSchema.parse(JSON.parse(readFileSync(join(dataDir, 'events.geojson'), 'utf8'))).features,
);
const places = placesSchema.parse(
  JSON.parse(readFileSync(join(dataDir, 'places.geojson'), 'utf8')),
).features;

describe('greatCircle', () => {
  it('starts and ends at the two points and bends north between Washington and Vienna', () => {
    const washington = [-77.01, 38.9];
    const vienna = [16.36, 48.2];
    const arc = greatCircle(washington, vienna, 32);
    expect(arc).toHaveLength(33);
    expect(arc[0]).toEqual(washington);
    expect(arc[32]?.[0]).toBeCloseTo(16.36, 4);
    expect(arc[32]?.[1]).toBeCloseTo(48.2, 4);
    const north = Math.max(...arc.map((p) => p[1] ?? 0));
    expect(north).toBeGreaterThan(50);
  });

  it('keeps consecutive points close together', () => {
    const arc = greatCircle([44.51, 40.18], [16.36, 48.2], 48);
    for (let i = 1; i < arc.length; i++) {
      expect(distanceKm(arc[i - 1] ?? [], arc[i] ?? [])).toBeLessThan(80);
    }
  });
});

describe('diplomacyArcs', () => {
  const arcs = diplomacyArcs(events, places);

  it('draws one arc per participant to the Vienna summit, none from Vienna itself', () => {
    const vienna = arcs.features.filter((f) => f.properties.eventId === '2016-05-16-vienna-summit');
    expect(vienna.map((f) => f.properties.from).sort()).toEqual(
      ['baku', 'moscow', 'paris', 'washington', 'yerevan'].sort(),
    );
    for (const arc of vienna) {
      const end = arc.geometry.coordinates.at(-1) ?? [];
      expect(distanceKm(end, [16.36469, 48.20196])).toBeLessThan(1);
    }
  });

  it('carries the event times for the time filter', () => {
    const arc = arcs.features.find((f) => f.properties.eventId === '2016-05-16-vienna-summit');
    expect(arc?.properties.startMs).toBe(Date.parse('2016-05-16T00:00:00+02:00'));
    expect(arc?.properties.currentUntilMs).toBe(Date.parse('2016-05-17T00:00:00+02:00'));
  });
});

describe('mapEventData', () => {
  it('gives every event its id and numeric start', () => {
    const data = mapEventData(events);
    expect(data.features).toHaveLength(events.length);
    const talish = data.features.find((f) => f.properties.id === '2016-04-02-talish');
    expect(talish?.properties.startMs).toBe(Date.parse('2016-04-02T00:00:00+04:00'));
    expect(talish?.properties.category).toBe('hostility');
  });
});

describe('eventBounds', () => {
  it('covers the venue and every participant of a summit', () => {
    const vienna = events.find((e) => e.id === '2016-05-16-vienna-summit');
    if (!vienna) throw new Error('no Vienna summit');
    const [w, s, e, n] = eventBounds(vienna.event, places) as number[];
    expect(w).toBeLessThan(-76); // Washington
    expect(e).toBeGreaterThan(49); // Baku
    expect(s).toBeLessThan(39.5);
    expect(n).toBeGreaterThan(55); // Moscow
  });
});
