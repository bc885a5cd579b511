import { INTL_TAGS, type Locale } from './locales';

/** The date and time styles the app uses; every one is read in UTC (callers shift the instant). */
const STYLES = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  month: { month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

export interface DateFormatter {
  format(date: Date): string;
}

/**
 * Month names and CLDR's date patterns for Armenian and Azerbaijani. Browsers ship trimmed ICU
 * data (Debian's Chromium has no Armenian, and its Azerbaijani falls back to "2016 M04 5"), so
 * these two are written out here; English and Russian use Intl.
 */
const MONTHS = {
  hy: {
    short: ['հնվ', 'փտվ', 'մրտ', 'ապր', 'մյս', 'հնս', 'հլս', 'օգս', 'սեպ', 'հոկ', 'նոյ', 'դեկ'],
    long: [
      'հունվար',
      'փետրվար',
      'մարտ',
      'ապրիլ',
      'մայիս',
      'հունիս',
      'հուլիս',
      'օգոստոս',
      'սեպտեմբեր',
      'հոկտեմբեր',
      'նոյեմբեր',
      'դեկտեմբեր',
    ],
  },
  az: {
    short: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    long: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ],
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

export function writtenDateFormat(locale: 'hy' | 'az', style: DateStyle): DateFormatter {
  const { short, long } = MONTHS[locale];
  const armenian = locale === 'hy';
  return {
    format(date) {
      const d = date.getUTCDate();
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth();
      switch (style) {
        case 'date':
          return armenian ? `${d} ${short[m]}, ${y} թ.` : `${d} ${short[m]} ${y}`;
        case 'time':
          return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
        case 'month':
          return armenian ? `${y} թ․ ${long[m]}` : `${long[m]} ${y}`;
        case 'dayMonth':
          return `${d} ${short[m]}`;
        case 'monthYear':
          return armenian ? `${y} թ. ${short[m]}` : `${short[m]} ${y}`;
      }
    },
  };
}

const cache = new Map<string, DateFormatter>();

/** A cached formatter for the interface language (building one costs far more than using it). */
export function dateFormat(locale: Locale, style: DateStyle): DateFormatter {
  const key = `${locale}:${style}`;
  let format = cache.get(key);
  if (!format) {
    format =
      locale === 'hy' || locale === 'az'
        ? writtenDateFormat(locale, style)
        : new Intl.DateTimeFormat(INTL_TAGS[locale], { timeZone: 'UTC', ...STYLES[style] });
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(INTL_TAGS[locale]);
}
