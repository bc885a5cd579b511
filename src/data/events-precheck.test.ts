import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generate-dataset.mjs';
import { precheckEvents } from './events-precheck';
import { eventPropertiesSchema, eventSchema, eventsSchema } from './schema';

const dataDir = join(import.meta.dirname, '../../public/data');
const shippedText = readFileSync(join(dataDir, 'events.geojson'), 'utf8');
const shipped = () => JSON.parse(shippedText) as { features: Json[] };

type Json = Record<string, unknown>;

/**
 * The precheck may say "don't know" (undefined) for any file; but when it gives events, zod must
 * accept the same file and give the very same events.
 */
function expectAgreement(file: unknown) {
  // Through JSON, as a file is read (a field set to undefined is left out).
  const text = JSON.stringify(file);
  const zod = eventsSchema.safeParse(JSON.parse(text));
  const quick = precheckEvents(JSON.parse(text));
  if (quick !== undefined) {
    expect(zod.success).toBe(true);
    expect(quick).toEqual(zod.data?.features);
  }
  return { zod: zod.success, quick: quick !== undefined };
}

describe('the quick check of an events file', () => {
  it('accepts the shipped events and gives what zod gives', () => {
    expect(expectAgreement(shipped())).toEqual({ zod: true, quick: true });
  });

  const benchDir = mkdtempSync(join(tmpdir(), 'precheck-'));
  afterAll(() => rmSync(benchDir, { recursive: true, force: true }));
  it('accepts a synthetic benchmark dataset and gives what zod gives', () => {
    generateDataset(dataDir, benchDir, 2000);
    const file: unknown = JSON.parse(readFileSync(join(benchDir, 'events.geojson'), 'utf8'));
    expect(expectAgreement(file)).toEqual({ zod: true, quick: true });
  });

  it('fills in defaults and drops unknown keys, as zod does', () => {
    const file = shipped();
    const event = file.features[0] as { properties: Json } & Json;
    delete event.properties.claims;
    delete event.properties.places;
    event.properties.colour = 'red';
    event.extra = { nested: true };
    expect(expectAgreement(file)).toEqual({ zod: true, quick: true });
    const quick = precheckEvents(file)?.[0];
    expect(quick?.properties.claims).toEqual([]);
    expect(quick?.properties.places).toEqual([]);
    expect(quick?.properties).not.toHaveProperty('colour');
    expect(quick).not.toHaveProperty('extra');
  });

  // Each of these breaks a rule that JSON Schema cannot say, or says differently from zod.
  const broken: [string, (p: Json & { sources: Json[] }) => void][] = [
    ['a title longer than 160 characters', (p) => (p.title = '🙂'.repeat(161))],
    ['a February 30th', (p) => (p.start = '2016-02-30T10:00:00+04:00')],
    ['a time without an offset', (p) => (p.start = '2016-04-02T10:00:00')],
    ['an ftp source', (p) => (p.sources[0] = { ...p.sources[0], url: 'ftp://example.org/a' })],
    [
      'a source on a mirror',
      (p) => (p.sources[0] = { ...p.sources[0], url: 'https://www.wikiwand.com/en/x' }),
    ],
    [
      'a source with a bare host',
      (p) => (p.sources[0] = { ...p.sources[0], url: 'https://localhost/x' }),
    ],
    [
      'a javascript: source',
      (p) => (p.sources[0] = { ...p.sources[0], url: 'javascript:alert(1)' }),
    ],
    ['a day without its note', (p) => ((p.timePrecision = 'day'), delete p.timePrecisionNote)],
    [
      'an approximate place without its note',
      (p) => ((p.geoPrecision = 'approximate'), delete p.geoPrecisionNote),
    ],
    ['an end before the start', (p) => (p.end = '2016-04-01T00:00:00+04:00')],
    [
      'a claim citing a page that is not a source',
      (p) =>
        (p.claims = [
          { side: 'armenian', claimant: 'X', text: 'Y', source: 'https://example.org/other' },
        ]),
    ],
    [
      'a casualty figure with no number',
      (p) =>
        (p.casualties = [
          { side: 'armenian', claimant: 'X', about: 'Y', source: p.sources[0]?.url },
        ]),
    ],
  ];
  it.each(broken)('says no to %s, and so does zod', (_, change) => {
    const file = shipped();
    change(file.features[3]?.properties as Json & { sources: Json[] });
    expect(expectAgreement(file)).toEqual({ zod: false, quick: false });
  });

  it('counts a title in characters, as zod does: 160 emoji are 320 UTF-16 code units', () => {
    const file = shipped();
    (file.features[3]?.properties as Json).title = '🙂'.repeat(160);
    expect(expectAgreement(file)).toEqual({ zod: true, quick: true });
  });

  it('a source URL that zod would rewrite (spaces around it) is left to zod', () => {
    const file = shipped();
    const source = (file.features[0]?.properties as { sources: Json[] }).sources[0] as Json;
    source.url = ` ${String(source.url)} `;
    expect(expectAgreement(file)).toEqual({ zod: true, quick: false });
  });

  // Every field of an event and of its properties, as the schema lists them.
  const FIELDS = Object.keys(eventSchema.shape);
  const PROPERTIES = Object.keys(eventPropertiesSchema.shape);
  it('never accepts what zod rejects, nor gives other events, whatever a field is set to', () => {
    const count = shipped().features.length;
    const anyValue = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        '',
        'https://example.org/x',
        '2016-04-02T10:00:00+04:00',
        'hour',
        'day',
        'exact',
        'Point',
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: count - 1 }),
        fc.constantFrom(...FIELDS.map((f) => [f]), ...PROPERTIES.map((f) => ['properties', f])),
        anyValue,
        (index, path, value) => {
          const file = shipped();
          let target = file.features[index] as Json;
          for (const key of path.slice(0, -1)) target = target[key] as Json;
          const last = path[path.length - 1] as string;
          // null stands for a field left out.
          target[last] = value === null ? undefined : value;
          expectAgreement(file);
        },
      ),
      { numRuns: 400 },
    );
  });
});
