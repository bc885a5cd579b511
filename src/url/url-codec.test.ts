import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { CATEGORIES } from '../data/schema';
import { formatUrlTime, parseUrl, serializeUrl, type UrlState } from './url-codec';

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((w) => w.join('-'));
const eventId = fc
  .tuple(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    slug,
  )
  .map(([d, s]) => `${d.toISOString().slice(0, 10)}-${s}`);
const minuteTime = fc
  .integer({
    min: Date.parse('1990-01-01T00:00Z') / 60_000,
    max: Date.parse('2090-01-01T00:00Z') / 60_000,
  })
  .map((m) => m * 60_000);
const fixed = (min: number, max: number, decimals: number) =>
  fc
    .integer({ min: min * 10 ** decimals, max: max * 10 ** decimals })
    .map((n) => n / 10 ** decimals);

const validState: fc.Arbitrary<UrlState> = fc.record(
  {
    data: fc.webUrl(),
    event: eventId,
    t: minuteTime,
    layers: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
    map: fc.record({ zoom: fixed(0, 22, 2), lat: fixed(-85, 85, 4), lon: fixed(-180, 180, 4) }),
    cat: fc.subarray([...CATEGORIES], { minLength: 1 }),
    actor: fc.string({ minLength: 1, maxLength: 40 }),
    q: fc.string({ minLength: 1, maxLength: 40 }),
    lang: fc.constantFrom(...LOCALES),
    story: slug,
    step: fc.integer({ min: 1, max: 999_999 }),
    embed: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('the URL codec', () => {
  it('gives back every valid state: parse(serialize(state)) = state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, problems } = parseUrl(serializeUrl(state));
        expect(problems).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        parseUrl(s);
        parseUrl(`?${s}`);
        parseUrl(`?t=${s}&map=${s}&event=${s}&layers=${s}&cat=${s}`);
      }),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => void parseUrl(s)));
  });

  it('reads a time with any offset and writes it back in UTC', () => {
    expect(parseUrl('?t=2016-04-02T07:00+04:00').state.t).toBe(Date.parse('2016-04-02T03:00Z'));
    expect(parseUrl('?t=2016-04-02T07:00:00%2B0400').state.t).toBe(Date.parse('2016-04-02T03:00Z'));
    expect(serializeUrl({ t: Date.parse('2016-04-02T07:00+04:00') })).toBe('?t=2016-04-02T03:00Z');
    expect(formatUrlTime(Date.parse('2016-04-05T08:00:29Z'))).toBe('2016-04-05T08:00Z');
  });

  it('writes the documented example', () => {
    expect(
      serializeUrl({
        event: '2016-05-16-vienna-summit',
        t: Date.parse('2016-05-16T00:00+02:00'),
        layers: ['line-of-contact', 'positions-2016-04'],
        map: { zoom: 4.5, lat: 48.2, lon: 16.3647 },
        cat: ['diplomacy', 'call'],
      }),
    ).toBe(
      '?event=2016-05-16-vienna-summit&t=2016-05-15T22:00Z&layers=line-of-contact,positions-2016-04&map=4.5/48.2/16.3647&cat=diplomacy,call',
    );
  });

  it('reports what it cannot read and keeps the rest', () => {
    const { state, problems } = parseUrl(
      '?event=Not An Id&t=yesterday&map=99/0/0&layers=line-of-contact&cat=rumour&utm_source=x',
    );
    expect(state).toEqual({ layers: ['line-of-contact'] });
    expect(problems.map((p) => p.param)).toEqual(['event', 't', 'map', 'cat']);
  });

  it('reads a story step link and rejects steps that are not 1, 2, …', () => {
    expect(parseUrl('?story=road-to-vienna&step=3').state).toEqual({
      story: 'road-to-vienna',
      step: 3,
    });
    expect(
      serializeUrl({ story: 'road-to-vienna', step: 3, event: '2016-05-16-vienna-summit' }),
    ).toBe('?story=road-to-vienna&step=3&event=2016-05-16-vienna-summit');
    for (const bad of ['0', '-1', '2.5', 'two', '', '01']) {
      expect(
        parseUrl(`?story=x&step=${bad}`).problems.map((p) => p.param),
        bad,
      ).toEqual(['step']);
    }
    expect(parseUrl('?story=Not a Story').problems.map((p) => p.param)).toEqual(['story']);
  });

  it('reads embed=1 and writes it last, so that it can be added to any link', () => {
    expect(parseUrl('?embed=1').state).toEqual({ embed: true });
    expect(parseUrl('?embed=0').state).toEqual({ embed: false });
    expect(parseUrl('?embed').state).toEqual({ embed: true });
    expect(parseUrl('?embed=yes').problems).toEqual([]);
    expect(serializeUrl({ embed: true, event: '2016-04-02-talysh', lang: 'ru' })).toBe(
      '?event=2016-04-02-talysh&lang=ru&embed=1',
    );
  });

  it('ignores unknown parameters', () => {
    expect(parseUrl('?foo=bar&fbclid=123').state).toEqual({});
  });

  it('rejects half-written map views', () => {
    for (const bad of ['4/48', '4/48/', 'a/b/c', '4/91/0', '4/0/181', '-1/0/0', '4//16']) {
      expect(parseUrl(`?map=${bad}`).state.map, bad).toBeUndefined();
    }
  });
});
