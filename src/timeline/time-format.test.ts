import { describe, expect, it } from 'vitest';
import {
  cursorValueText,
  formatEventTime,
  formatInstant,
  offsetLabel,
  offsetOf,
} from './time-format';

const ceasefire = Date.parse('2016-04-05T12:00:00+04:00');

describe('formatInstant', () => {
  it('shows the local time of the conflict zone and the UTC time of the same instant', () => {
    expect(formatInstant(ceasefire, 240)).toBe('5 Apr 2016, 12:00 UTC+4');
    expect(formatInstant(ceasefire, 0)).toBe('5 Apr 2016, 08:00 UTC');
  });

  it('says no more than the precision allows', () => {
    const day = Date.parse('2016-05-16T00:00:00+02:00');
    expect(formatInstant(day, 120, 'day')).toBe('16 May 2016 (UTC+2)');
    expect(formatInstant(day, 240, 'month')).toBe('May 2016');
  });

  it('crosses midnight correctly when the zone is ahead of UTC', () => {
    const t = Date.parse('2016-04-01T22:30:00Z');
    expect(formatInstant(t, 240)).toBe('2 Apr 2016, 02:30 UTC+4');
  });

  it('gives each zone, precision and language its own text when called in turns, as a scrub step does', () => {
    const next = ceasefire + 3_600_000;
    const steps: [number, string, string][] = [
      [ceasefire, '5 Apr 2016, 12:00 UTC+4', '5 Apr 2016, 08:00 UTC'],
      [next, '5 Apr 2016, 13:00 UTC+4', '5 Apr 2016, 09:00 UTC'],
      [ceasefire, '5 Apr 2016, 12:00 UTC+4', '5 Apr 2016, 08:00 UTC'],
    ];
    for (const [t, local, utc] of steps) {
      expect(formatInstant(t, 240)).toBe(local);
      expect(formatInstant(t, 0)).toBe(utc);
      expect(formatInstant(t, 240, 'day')).toBe('5 Apr 2016 (UTC+4)');
      expect(formatInstant(t, 240, 'minute', 'ru')).not.toBe(local);
    }
  });
});

describe('offsetLabel', () => {
  it('labels offsets in hours and minutes', () => {
    expect(offsetLabel(240)).toBe('UTC+4');
    expect(offsetLabel(-240)).toBe('UTC−4');
    expect(offsetLabel(330)).toBe('UTC+5:30');
    expect(offsetLabel(0)).toBe('UTC');
  });
});

describe('cursorValueText', () => {
  it('reads as a date and a time', () => {
    expect(cursorValueText(Date.parse('2016-04-02T03:00:00+04:00'), 240)).toBe(
      '2 Apr 2016, 03:00 UTC+4',
    );
  });
});

describe('formatEventTime', () => {
  it('shows hour-precise times in the story zone', () => {
    expect(formatEventTime('2016-04-05T11:00:00+03:00', 'minute', 240)).toBe(
      '5 Apr 2016, 12:00 UTC+4',
    );
  });

  it('keeps a date-only event on its own date and zone', () => {
    expect(formatEventTime('2016-05-20T00:00:00-04:00', 'day', 240)).toBe('20 May 2016 (UTC−4)');
    expect(formatEventTime('2015-12-19T00:00:00+01:00', 'day', 240)).toBe('19 Dec 2015 (UTC+1)');
  });
});

describe('offsetOf', () => {
  it('reads the offset of an ISO time', () => {
    expect(offsetOf('2016-04-05T12:00:00+04:00')).toBe(240);
    expect(offsetOf('2016-05-20T00:00:00-04:00')).toBe(-240);
    expect(offsetOf('2016-05-20T00:00:00Z')).toBe(0);
  });
});

describe('formatInstant in the interface languages', () => {
  const ms = Date.parse('2016-04-02T03:00:00+04:00');
  it('writes dates with the language’s month names and keeps the zone', () => {
    expect(formatInstant(ms, 240, 'hour', 'en')).toBe('2 Apr 2016, 03:00 UTC+4');
    expect(formatInstant(ms, 240, 'hour', 'ru')).toMatch(/^2 апр\.? 2016.*03:00 UTC\+4$/);
    expect(formatInstant(ms, 240, 'day', 'hy')).toMatch(/ապր.*2016.*\(UTC\+4\)$/);
    expect(formatInstant(ms, 240, 'month', 'az')).toMatch(/aprel 2016/);
  });
});
