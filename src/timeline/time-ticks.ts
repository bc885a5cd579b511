import { utcTicks } from 'd3-time';
import { dateFormat } from '../i18n/date-formats';
import type { Locale } from '../i18n/locales';
import { DAY, type TimeWindow } from './time-scale';

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
