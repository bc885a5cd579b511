import type { TimePrecision } from '../data/schema';
import { dateFormat } from '../i18n/date-formats';
import type { Locale } from '../i18n/locales';

const HOUR = 3_600_000;

/** "UTC+4", "UTC−3:30", "UTC". */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * An instant as a reader in the given zone sees it, to the precision that is known:
 * "2 Apr 2016, 03:00 UTC+4", "2 Apr 2016 (UTC+4)", "April 2016".
 */
export function formatInstant(
  ms: number,
  offsetMinutes: number,
  precision: TimePrecision = 'minute',
  locale: Locale = 'en',
): string {
  // A scrub step writes the same instant twice (the readout and the slider's value text), and
  // the readout's UTC time in between: the last few are kept.
  const key = `${ms}|${offsetMinutes}|${precision}|${locale}`;
  let text = recentlyFormatted.get(key);
  if (text === undefined) {
    if (recentlyFormatted.size >= 4) recentlyFormatted.clear();
    text = format(ms, offsetMinutes, precision, locale);
    recentlyFormatted.set(key, text);
  }
  return text;
}

const recentlyFormatted = new Map<string, string>();

function format(
  ms: number,
  offsetMinutes: number,
  precision: TimePrecision,
  locale: Locale,
): string {
  const shifted = new Date(ms + offsetMinutes * 60_000);
  const zone = offsetLabel(offsetMinutes);
  switch (precision) {
    case 'minute':
    case 'hour':
    case 'part-of-day':
      return `${dateFormat(locale, 'date').format(shifted)}, ${dateFormat(locale, 'time').format(shifted)} ${zone}`;
    case 'day':
    case 'days':
      return `${dateFormat(locale, 'date').format(shifted)} (${zone})`;
    case 'month':
      return dateFormat(locale, 'month').format(shifted);
  }
}

/** The cursor's value text for screen readers: date and time in local time, with the zone. */
export function cursorValueText(ms: number, offsetMinutes: number, locale: Locale = 'en'): string {
  return formatInstant(ms, offsetMinutes, 'minute', locale);
}

/** The UTC offset (minutes) written in an ISO 8601 time, e.g. +240 for "…+04:00". */
export function offsetOf(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * An event's time for lists and details. A time known to the hour is shown in the story's local
 * time; a date alone is shown as the sources give it, in the place's own zone, so that a
 * meeting in Washington on 20 May stays on 20 May.
 */
export function formatEventTime(
  iso: string,
  precision: TimePrecision,
  storyOffsetMinutes: number,
  locale: Locale = 'en',
): string {
  const ms = Date.parse(iso);
  return precision === 'minute' || precision === 'hour' || precision === 'part-of-day'
    ? formatInstant(ms, storyOffsetMinutes, precision, locale)
    : formatInstant(ms, offsetOf(iso), precision, locale);
}

/** Round to the whole hour (for keyboard stepping by hours). */
export function floorHour(ms: number): number {
  return Math.floor(ms / HOUR) * HOUR;
}
