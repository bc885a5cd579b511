import { describe, expect, it } from 'vitest';
import { writtenDateFormat, type DateStyle } from './date-formats';

const april2 = new Date(Date.UTC(2016, 3, 2, 3, 5));
const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  month: { month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
};

describe('Armenian and Azerbaijani dates, written out', () => {
  it('follow the languages’ patterns', () => {
    expect(writtenDateFormat('hy', 'date').format(april2)).toBe('2 ապր, 2016 թ.');
    expect(writtenDateFormat('hy', 'month').format(april2)).toBe('2016 թ․ ապրիլ');
    expect(writtenDateFormat('az', 'date').format(april2)).toBe('2 apr 2016');
    expect(writtenDateFormat('az', 'month').format(april2)).toBe('aprel 2016');
    expect(writtenDateFormat('az', 'time').format(april2)).toBe('03:05');
  });

  // Node carries full ICU data: where it has the language, the written-out forms must agree.
  for (const [locale, tag] of [
    ['hy', 'hy-AM'],
    ['az', 'az-Latn-AZ'],
  ] as const) {
    it(`agree with a full ICU for ${locale}, every month and style`, () => {
      if (!Intl.DateTimeFormat.supportedLocalesOf([tag]).length) return;
      for (let month = 0; month < 12; month++) {
        const date = new Date(Date.UTC(2016, month, 9, 14, 30));
        for (const style of Object.keys(STYLES) as DateStyle[]) {
          const intl = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...STYLES[style] });
          expect(writtenDateFormat(locale, style).format(date), `${style} ${month}`).toBe(
            intl.format(date),
          );
        }
      }
    });
  }
});
