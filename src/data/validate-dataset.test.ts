import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset, type RawDataset } from './validate-dataset';

const dataDir = join(import.meta.dirname, '../../public/data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

interface Json {
  [key: string]: unknown;
}

function shipped(): RawDataset & { manifest: Json; events: Json; places: Json } {
  const manifest = read('dataset.json') as Json & { layers: { id: string; file: string }[] };
  return {
    manifest,
    events: read('events.geojson') as Json,
    places: read('places.geojson') as Json,
    layers: Object.fromEntries(manifest.layers.map((l) => [l.id, read(l.file)])),
  };
}

type Feature = { id: string; geometry: { type: string; coordinates: unknown }; properties: Json };
const features = (fc: Json) => fc.features as Feature[];
const byId = (fc: Json, id: string) => {
  const f = features(fc).find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};

type StoryJson = { id: string; steps: Json[] };
const story = (d: { manifest: Json }, index: number) => {
  const s = (d.manifest.stories as StoryJson[] | undefined)?.[index];
  if (!s) throw new Error(`no story ${index}`);
  return s;
};

/** Applies a change to a fresh copy of the shipped dataset and returns the validator's problems. */
function problemsAfter(change: (d: ReturnType<typeof shipped>) => void): string[] {
  const dataset = shipped();
  change(dataset);
  const result = validateDataset(dataset);
  return result.problems;
}

const VIENNA = '2016-05-16-vienna-summit';
const TALISH = '2016-04-02-talish';

describe('the shipped dataset', () => {
  it('passes every rule', () => {
    const result = validateDataset(shipped());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least 40 events covering the hostilities and the diplomacy, in time order', () => {
    const result = validateDataset(shipped());
    if (!result.ok) throw new Error('invalid');
    const { events } = result.dataset;
    expect(events.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(events.map((e) => e.properties.category));
    expect(categories).toEqual(
      new Set(['hostility', 'ceasefire', 'diplomacy', 'statement', 'call', 'humanitarian']),
    );
    const starts = events.map((e) => Date.parse(e.properties.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('puts a shuffled events file in time order, with each start beside its event', () => {
    const dataset = shipped();
    dataset.events.features = [...features(dataset.events)].reverse();
    const result = validateDataset(dataset);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { events, startsMs } = result.dataset;
    expect(events[0]?.id).toBe('2015-12-19-bern-summit');
    expect(startsMs).toEqual(events.map((e) => Date.parse(e.properties.start)));
    expect(startsMs).toEqual([...startsMs].sort((a, b) => a - b));
  });

  it('shares one frozen empty list among the events that leave a list out, and keeps the rest', () => {
    const result = validateDataset(shipped());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const lists = result.dataset.events.map((e) => e.properties.claims);
    const empty = lists.filter((l) => l.length === 0);
    expect(empty.length).toBeGreaterThan(1);
    expect(new Set(empty).size).toBe(1);
    expect(Object.isFrozen(empty[0])).toBe(true);
    const vienna = result.dataset.events.find((e) => e.id === VIENNA);
    expect(vienna?.properties.participants.length).toBeGreaterThan(1);
    expect(Object.isFrozen(vienna?.properties.participants)).toBe(false);
  });

  it('gives the Moscow ceasefire as 12:00 local = 08:00 UTC on 5 April 2016', () => {
    const result = validateDataset(shipped());
    if (!result.ok) throw new Error('invalid');
    const ceasefire = result.dataset.events.find((e) => e.id === '2016-04-05-moscow-ceasefire');
    expect(ceasefire?.properties.start).toBe('2016-04-05T12:00:00+04:00');
    expect(new Date(ceasefire?.properties.start ?? '').toISOString()).toBe(
      '2016-04-05T08:00:00.000Z',
    );
  });

  it('names who represented France at the Vienna summit', () => {
    const result = validateDataset(shipped());
    if (!result.ok) throw new Error('invalid');
    const vienna = result.dataset.events.find((e) => e.id === VIENNA);
    expect(vienna?.properties.actors.join(' ')).toMatch(/Harlem Désir/);
  });
});

describe('each rule rejects bad data with a located message', () => {
  const cases: [string, (d: ReturnType<typeof shipped>) => void, RegExp][] = [
    [
      'malformed id',
      (d) => void (byId(d.events, TALISH).id = 'Talish fighting'),
      /features\[\d+\] \(id "Talish fighting"\): id: must be a slug YYYY-MM-DD-words/,
    ],
    [
      'duplicate id',
      (d) => void (byId(d.events, VIENNA).id = TALISH),
      /events\.geojson: id "2016-04-02-talish" is used more than once/,
    ],
    [
      'id date not the start date',
      (d) => void (byId(d.events, TALISH).properties.start = '2016-04-03T10:00:00+04:00'),
      /\(id "2016-04-02-talish"\): id: must start with the local date of start \(2016-04-03\)/,
    ],
    [
      'start that does not parse',
      (d) => void (byId(d.events, TALISH).properties.start = '2 April 2016'),
      /\(id "2016-04-02-talish"\): properties\.start: /,
    ],
    [
      'start without an offset',
      (d) => void (byId(d.events, TALISH).properties.start = '2016-04-02T10:00:00'),
      /\(id "2016-04-02-talish"\): properties\.start: /,
    ],
    [
      'time outside the story span',
      (d) => {
        const e = byId(d.events, TALISH);
        e.id = '2017-04-02-talish';
        e.properties.start = '2017-04-02T00:00:00+04:00';
        delete e.properties.end;
      },
      /\(id "2017-04-02-talish"\): properties\.start: 2017-04-02T00:00:00\+04:00 is outside the story's span/,
    ],
    [
      'end before start',
      (d) => void (byId(d.events, TALISH).properties.end = '2016-04-01T00:00:00+04:00'),
      /\(id "2016-04-02-talish"\): properties\.end: must not be before start/,
    ],
    [
      'invalid coordinates',
      (d) => void (byId(d.events, TALISH).geometry.coordinates = [200, 40]),
      /\(id "2016-04-02-talish"\): geometry\.coordinates\.0: /,
    ],
    [
      'a point outside the region and not at a listed place',
      (d) => void (byId(d.events, TALISH).geometry.coordinates = [10, 60]),
      /\(id "2016-04-02-talish"\): geometry\.coordinates: \[10, 60\] is outside the story's region and not at a place of the gazetteer/,
    ],
    [
      'an event without sources',
      (d) => void (byId(d.events, TALISH).properties.sources = []),
      /\(id "2016-04-02-talish"\): properties\.sources: every event needs at least one source/,
    ],
    [
      'a source that is not http(s)',
      (d) =>
        void ((byId(d.events, VIENNA).properties.sources as Json[])[0] = {
          title: 'x',
          publisher: 'y',
          url: 'javascript:alert(1)',
        }),
      /\(id "2016-05-16-vienna-summit"\): properties\.sources\.0\.url: /,
    ],
    [
      'a source on a Wikipedia mirror',
      (d) =>
        void ((byId(d.events, VIENNA).properties.sources as Json[])[0] = {
          title: 'x',
          publisher: 'y',
          url: 'https://wikimili.com/en/2016_Nagorno-Karabakh_conflict',
        }),
      /\(id "2016-05-16-vienna-summit"\): properties\.sources\.0\.url: must be the original outlet or the canonical wikipedia\.org page, not a mirror/,
    ],
    [
      'a casualty figure without a claimant',
      (d) => {
        const e = features(d.events).find(
          (f) => (f.properties.casualties as unknown[] | undefined)?.length,
        );
        if (!e) throw new Error('no casualties in the data');
        delete (e.properties.casualties as Json[])[0]?.claimant;
      },
      /properties\.casualties\.0\.claimant: /,
    ],
    [
      'a casualty figure whose source is not among the sources',
      (d) => {
        const e = features(d.events).find(
          (f) => (f.properties.casualties as unknown[] | undefined)?.length,
        );
        if (!e) throw new Error('no casualties in the data');
        ((e.properties.casualties as Json[])[0] as Json).source = 'https://example.org/other';
      },
      /properties\.casualties\.0\.source: must be the url of one of the event’s sources/,
    ],
    [
      'a claim whose source is not among the sources',
      (d) =>
        void (((byId(d.events, TALISH).properties.claims as Json[])[0] as Json).source =
          'https://example.org/x'),
      /\(id "2016-04-02-talish"\): properties\.claims\.0\.source: must be the url of one of the event’s sources/,
    ],
    [
      'a claim without a side',
      (d) => void delete ((byId(d.events, TALISH).properties.claims as Json[])[0] as Json).side,
      /\(id "2016-04-02-talish"\): properties\.claims\.0\.side: /,
    ],
    [
      'a place reference that does not resolve',
      (d) => void (byId(d.events, TALISH).properties.places = ['atlantis']),
      /\(id "2016-04-02-talish"\): properties\.places\.0: no place "atlantis" in the gazetteer/,
    ],
    [
      'a participant that is not in the gazetteer',
      (d) => void (byId(d.events, VIENNA).properties.participants = ['gotham']),
      /\(id "2016-05-16-vienna-summit"\): properties\.participants\.0: no place "gotham" in the gazetteer/,
    ],
    [
      'a layer reference that does not resolve',
      (d) => void (byId(d.events, TALISH).properties.layers = ['no-such-layer']),
      /\(id "2016-04-02-talish"\): properties\.layers\.0: no layer "no-such-layer" in the manifest/,
    ],
    [
      'a day-precision time without a note saying why',
      (d) => void delete byId(d.events, VIENNA).properties.timePrecisionNote,
      /\(id "2016-05-16-vienna-summit"\): properties\.timePrecisionNote: required when timePrecision is "day"/,
    ],
    [
      'an approximate place without a note saying why',
      (d) => {
        const e = byId(d.events, TALISH);
        e.properties.geoPrecision = 'approximate';
        delete e.properties.geoPrecisionNote;
      },
      /\(id "2016-04-02-talish"\): properties\.geoPrecisionNote: required when geoPrecision is "approximate"/,
    ],
    [
      'an unknown category',
      (d) => void (byId(d.events, TALISH).properties.category = 'rumour'),
      /\(id "2016-04-02-talish"\): properties\.category: /,
    ],
    [
      'a village of the gazetteer outside the region',
      (d) => void (byId(d.places, 'talish').geometry.coordinates = [2, 48]),
      /places\.geojson: features\[\d+\] \(id "talish"\): geometry\.coordinates: outside the story's region/,
    ],
    [
      'a layer feature valid until before it starts',
      (d) => {
        const layer = d.layers['positions-2016-04'] as Json;
        const first = features(layer)[0];
        if (!first) throw new Error('empty layer');
        first.properties.validTo = '2016-01-01T00:00:00+04:00';
      },
      /positions-2016-04\.geojson: features\[0\] \(id "lele-tepe-height"\): properties\.validTo: must be after validFrom/,
    ],
    [
      'a manifest whose default view is not one of its views',
      (d) => void (d.manifest.defaultView = 'moon'),
      /dataset\.json: defaultView: must be the id of one of the views/,
    ],
    [
      'a missing layer file',
      (d) => void delete d.layers['axes-2016-04'],
      /dataset\.json: layers \(id "axes-2016-04"\): file layers\/axes-2016-04\.geojson is missing/,
    ],
    [
      'a story step naming an unknown event',
      (d) => void (story(d, 0).steps[1] = { event: '2016-04-31-nothing', caption: 'x' }),
      /dataset\.json: stories\[0\] \(id "four-days-in-april"\): steps\.1\.event: no event "2016-04-31-nothing" in events\.geojson/,
    ],
    [
      'a story step with an unknown view',
      (d) => void (story(d, 0).steps[0] = { ...story(d, 0).steps[0], view: 'moon' }),
      /dataset\.json: stories\[0\] \(id "four-days-in-april"\): steps\.0\.view: no view "moon" in the manifest/,
    ],
    [
      'a story step with an unknown layer',
      (d) => void (story(d, 1).steps[2] = { ...story(d, 1).steps[2], layers: ['no-such-layer'] }),
      /dataset\.json: stories\[1\] \(id "road-to-vienna"\): steps\.2\.layers\.0: no layer "no-such-layer" in the manifest/,
    ],
    [
      'a story step at a time outside the span',
      (d) =>
        void (story(d, 0).steps[0] = {
          time: '2017-04-02T00:00:00+04:00',
          view: 'karabakh',
          caption: 'x',
        }),
      /dataset\.json: stories\[0\] \(id "four-days-in-april"\): steps\.0\.time: 2017-04-02T00:00:00\+04:00 is outside the span/,
    ],
    [
      'a story step with both an event and a time',
      (d) =>
        void (story(d, 1).steps[0] = {
          event: '2015-12-19-bern-summit',
          time: '2015-12-19T00:00:00+01:00',
          caption: 'x',
        }),
      /dataset\.json: stories\[1\] \(id "road-to-vienna"\): steps\.0: a step needs either an event or a time/,
    ],
    [
      'a story step without a caption',
      (d) => void (story(d, 1).steps[3] = { event: '2015-12-19-bern-summit' }),
      /dataset\.json: stories\[1\] \(id "road-to-vienna"\): steps\.3\.caption: /,
    ],
    [
      'an empty story',
      (d) => void (story(d, 1).steps = []),
      /dataset\.json: stories\[1\] \(id "road-to-vienna"\): steps: a story needs at least one step/,
    ],
    [
      'two stories with the same id',
      (d) => void (story(d, 1).id = 'four-days-in-april'),
      /dataset\.json: stories: id "four-days-in-april" is used more than once/,
    ],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const problems = problemsAfter(change);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('never throws on input that is not a dataset at all', () => {
    for (const junk of [
      null,
      42,
      'x',
      [],
      { features: 'no' },
      { type: 'FeatureCollection', features: [null] },
    ]) {
      const result = validateDataset({ manifest: junk, events: junk, places: junk, layers: {} });
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('the validator under random input (property tests)', () => {
  it('never throws on any JSON, and rejects what is not a dataset with located problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (manifest, events, places) => {
        const result = validateDataset({ manifest, events, places, layers: {} });
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) expect(p).toMatch(/^[\w./-]+: \S/);
      }),
      { numRuns: 300 },
    );
  });

  const FIELDS = [
    'title',
    'start',
    'end',
    'timePrecision',
    'timePrecisionNote',
    'geoPrecision',
    'category',
    'actors',
    'summary',
    'claims',
    'casualties',
    'sources',
    'places',
    'layers',
    'participants',
  ];

  it('names the feature and the field of every problem in a damaged event', () => {
    const base = shipped();
    const count = features(base.events).length;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: count - 1 }),
        fc.constantFrom(...FIELDS),
        fc.jsonValue(),
        (index, field, value) => {
          const dataset = shipped();
          const feature = features(dataset.events)[index];
          if (!feature) return;
          feature.properties[field] = value;
          const result = validateDataset(dataset);
          for (const p of result.problems) {
            expect(p).toMatch(
              new RegExp(
                `^events\\.geojson: features\\[${index}\\] \\(id "${feature.id}"\\): (properties|id|geometry)\\b`,
              ),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
