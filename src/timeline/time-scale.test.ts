import { describe, expect, it } from 'vitest';
import { DAY, HOUR, panWindow, timeToX, windowShowing, xToTime, zoomWindow } from './time-scale';
import { localTicks } from './time-ticks';

const limits = {
  start: Date.parse('2015-12-01T00:00:00+04:00'),
  end: Date.parse('2016-07-01T00:00:00+04:00'),
};
const april = {
  start: Date.parse('2016-04-01T00:00:00+04:00'),
  end: Date.parse('2016-04-06T00:00:00+04:00'),
};

describe('timeToX / xToTime', () => {
  it('map the window onto the width and back', () => {
    expect(timeToX(april.start, april, 500)).toBe(0);
    expect(timeToX(april.end, april, 500)).toBe(500);
    expect(xToTime(250, april, 500)).toBe(april.start + 2.5 * DAY);
    expect(xToTime(timeToX(april.start + 7 * HOUR, april, 777), april, 777)).toBeCloseTo(
      april.start + 7 * HOUR,
    );
  });
});

describe('localTicks', () => {
  it('puts day ticks on local midnights (UTC+4), not UTC ones', () => {
    const ticks = localTicks(april, 500, 240);
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(new Date(t.ms + 4 * HOUR).getUTCHours()).toBe(0);
    expect(ticks.map((t) => t.label)).toContain('2 Apr');
  });

  it('uses hours when zoomed in to a day', () => {
    const day = { start: april.start + DAY, end: april.start + 2 * DAY };
    const ticks = localTicks(day, 800, 240);
    expect(ticks.some((t) => /^\d\d:00$/.test(t.label))).toBe(true);
    expect(ticks.some((t) => t.ms === day.start && t.major)).toBe(true);
  });
});

describe('zoomWindow', () => {
  it('zooms around the anchor, keeping it at the same place', () => {
    const anchor = april.start + DAY;
    const zoomed = zoomWindow(april, 0.5, anchor, limits);
    expect(zoomed.end - zoomed.start).toBe((april.end - april.start) / 2);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(0.2);
  });

  it('never zooms in past six hours nor out past the story', () => {
    expect(
      zoomWindow(april, 0.0001, april.start, limits).end -
        zoomWindow(april, 0.0001, april.start, limits).start,
    ).toBe(6 * HOUR);
    expect(zoomWindow(april, 1000, april.start, limits)).toEqual(limits);
  });
});

describe('panWindow', () => {
  it('moves the window and stops at the ends of the story', () => {
    expect(panWindow(april, DAY, limits).start).toBe(april.start + DAY);
    expect(panWindow(april, -1e12, limits).start).toBe(limits.start);
    expect(panWindow(april, 1e12, limits).end).toBe(limits.end);
  });
});

describe('windowShowing', () => {
  it('keeps the window when the instant is in it, else centres on it', () => {
    expect(windowShowing(april, april.start + DAY, limits)).toBe(april);
    const may = Date.parse('2016-05-16T00:00:00+02:00');
    const moved = windowShowing(april, may, limits);
    expect(moved.start).toBeLessThan(may);
    expect(moved.end).toBeGreaterThan(may);
    expect(moved.end - moved.start).toBe(april.end - april.start);
  });
});
