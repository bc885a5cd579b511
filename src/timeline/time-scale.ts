import { dateFormat } from '../i18n/date-formats';
import type { Locale } from '../i18n/locales';
import { utcTicks } from 'd3-time';

export interface TimeWindow {
  start: number;
  end: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Shortest window the detail view may zoom to. */
export const MIN_SPAN = 6 * HOUR;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Pixel position of an instant in a window drawn across `width` pixels, and back. */
export function timeToX(ms: number, window: TimeWindow, width: number): number {
  return ((ms - window.start) / (window.end - window.start)) * width;
}

export function xToTime(x: number, window: TimeWindow, width: number): number {
  return window.start + (x / width) * (window.end - window.start);
}

export interface Tick {
  ms: number;
  label: string;
  /** The first tick of a new day (or month, when the ticks are days), labelled with the date. */
  major: boolean;
}

/**
 * Ticks for the axis in the story's local time: they fall on local hours and midnights, not on
 * UTC ones. d3-time picks the interval (hours, days, weeks, months) that fits the width.
 */
export function localTicks(
  window: TimeWindow,
  width: number,
  offsetMinutes: number,
  minSpacing = 80,
  locale: Locale = 'en',
): Tick[] {
  const hourLabel = dateFormat(locale, 'time');
  const dayLabel = dateFormat(locale, 'dayMonth');
  const monthLabel = dateFormat(locale, 'monthYear');
  const shift = offsetMinutes * 60_000;
  const count = Math.max(2, Math.floor(width / minSpacing));
  const ticks = utcTicks(new Date(window.start + shift), new Date(window.end + shift), count);
  const spacing = ticks.length > 1 ? (ticks[1]?.getTime() ?? 0) - (ticks[0]?.getTime() ?? 0) : DAY;
  return ticks.map((date) => {
    const shifted = date.getTime();
    const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
    const major = spacing < DAY ? midnight : date.getUTCDate() === 1;
    const label =
      spacing < DAY
        ? midnight
          ? dayLabel.format(date)
          : hourLabel.format(date)
        : spacing < 28 * DAY
          ? dayLabel.format(date)
          : monthLabel.format(date);
    return { ms: shifted - shift, label, major };
  });
}

/** Zoom a window by `factor` (< 1 zooms in) around an anchor instant, inside the limits. */
export function zoomWindow(
  window: TimeWindow,
  factor: number,
  anchor: number,
  limits: TimeWindow,
  minSpan = MIN_SPAN,
): TimeWindow {
  const span = window.end - window.start;
  const newSpan = clamp(span * factor, minSpan, limits.end - limits.start);
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - ratio * newSpan;
  return panWindow({ start, end: start + newSpan }, 0, limits);
}

/** Move a window by `delta` ms, keeping it inside the limits and its span unchanged. */
export function panWindow(window: TimeWindow, delta: number, limits: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  const start = clamp(window.start + delta, limits.start, limits.end - span);
  return { start, end: start + span };
}

/** The window, moved as little as possible so that it shows `ms`. */
export function windowShowing(window: TimeWindow, ms: number, limits: TimeWindow): TimeWindow {
  if (ms >= window.start && ms <= window.end) return window;
  const span = window.end - window.start;
  return panWindow({ start: ms - span / 2, end: ms + span / 2 }, 0, limits);
}
