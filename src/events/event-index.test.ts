import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsSchema } from '../data/schema';
import {
  allActors,
  countBetween,
  eventStartsOf,
  filterEvents,
  indexEvents,
  namesActor,
  neighbours,
  nextEventStart,
  NO_FILTERS,
  previousEventStart,
} from './event-index';

const raw = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/events.geojson'), 'utf8'),
);
const events = indexEvents(eventsSchema.parse(raw).features);
const t = (iso: string) => Date.parse(iso);

describe('indexEvents', () => {
  it('orders events by start, then id', () => {
    const starts = events.map((e) => e.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(events[0]?.id).toBe('2015-12-19-bern-summit');
  });

  it('takes starts already parsed, where it is given them', () => {
    const features = events.map((e) => e.event);
    const given = indexEvents(
      features,
      features.map((_, i) => i),
    );
    expect(given.map((e) => e.startMs)).toEqual(features.map((_, i) => i));
    expect(indexEvents(features)).toEqual(events);
  });
});

describe('what links are checked against', () => {
  it('gives an event’s start by id, and nothing for an unknown id', () => {
    const starts = eventStartsOf(events);
    expect(starts.get('2016-05-16-vienna-summit')).toBe(t('2016-05-16T00:00:00+02:00'));
    expect(starts.has('2016-04-02-talish')).toBe(true);
    expect(starts.has('no-such-event')).toBe(false);
    expect(starts.get('no-such-event')).toBeUndefined();
  });

  it('knows the actors the events name, exactly', () => {
    expect(namesActor(events, allActors(events)[0] ?? '')).toBe(true);
    expect(namesActor(events, 'Nobody at all')).toBe(false);
    expect(namesActor(events, '')).toBe(false);
  });
});

describe('stepping from event to event', () => {
  it('finds the next and previous event starts', () => {
    const ceasefire = t('2016-04-05T12:00:00+04:00');
    const next = nextEventStart(events, ceasefire);
    expect(next).toBeGreaterThan(ceasefire);
    const previous = previousEventStart(events, ceasefire);
    expect(previous).toBeLessThan(ceasefire);
    expect(nextEventStart(events, previous ?? 0)).toBe(ceasefire);
  });

  it('stops at both ends', () => {
    expect(previousEventStart(events, events[0]?.startMs ?? 0)).toBeUndefined();
    expect(nextEventStart(events, events.at(-1)?.startMs ?? 0)).toBeUndefined();
  });

  it('gives the neighbours of an event', () => {
    const { previous, next } = neighbours(events, '2016-05-16-vienna-summit');
    expect(previous?.startMs).toBeLessThanOrEqual(t('2016-05-16T00:00:00+02:00'));
    // 20 May 00:00 in Yerevan (UTC+4) comes before 20 May 00:00 in Washington (UTC−4).
    expect(next?.id).toBe('2016-05-20-medvedev-yerevan');
  });
});

describe('countBetween', () => {
  it('counts the events of 2 April (local day)', () => {
    const n = countBetween(events, t('2016-04-02T00:00:00+04:00'), t('2016-04-02T23:59:59+04:00'));
    const expected = events.filter(
      (e) =>
        e.startMs >= t('2016-04-02T00:00:00+04:00') && e.startMs <= t('2016-04-02T23:59:59+04:00'),
    ).length;
    expect(n).toBe(expected);
    expect(n).toBeGreaterThan(5);
  });

  it('counts nothing before the story', () => {
    expect(countBetween(events, 0, t('2015-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('filterEvents', () => {
  it('keeps everything with no filter', () => {
    expect(filterEvents(events, NO_FILTERS)).toHaveLength(events.length);
  });

  it('filters by category', () => {
    const calls = filterEvents(events, { ...NO_FILTERS, categories: ['call'] });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((e) => e.category === 'call')).toBe(true);
  });

  it('searches titles, summaries and actors, every word', () => {
    const found = filterEvents(events, { ...NO_FILTERS, query: 'vienna SUMMIT' }).map((e) => e.id);
    expect(found).toContain('2016-05-16-vienna-summit');
    expect(filterEvents(events, { ...NO_FILTERS, query: 'zzzz-nothing' })).toEqual([]);
  });

  it('filters by actor', () => {
    const actor = allActors(events).find((a) => a.startsWith('Harlem Désir'));
    expect(actor).toBeDefined();
    const found = filterEvents(events, { ...NO_FILTERS, actor: actor ?? null });
    expect(found.map((e) => e.id)).toContain('2016-05-16-vienna-summit');
  });
});
