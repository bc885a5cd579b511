import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, inAgeBand } from './time-expressions';

const HOUR = 3_600_000;
const cursor = Date.parse('2016-04-03T12:00:00+04:00');

/** The age bands an event falls in at the cursor, evaluated as MapLibre evaluates a filter. */
function bandsOf(startMs: number, options: { selected?: boolean; category?: string } = {}) {
  const state = {
    time: cursor,
    selectedId: options.selected ? 'e1' : '',
    categories: ['hostility'],
  };
  const feature = {
    type: 1 as const,
    id: 'e1',
    properties: { id: 'e1', startMs, category: options.category ?? 'hostility' },
    geometry: [],
  };
  return AGE_BANDS.filter((band) =>
    featureFilter(inAgeBand(band) as FilterSpecification, 'filter', state).filter(
      { zoom: 8 },
      feature,
    ),
  ).map((band) => band.id);
}

describe('the age bands of the event points', () => {
  it('put every started event in exactly one band, by its age at the cursor', () => {
    expect(bandsOf(cursor)).toEqual(['recent']);
    expect(bandsOf(cursor - 6 * HOUR + 1)).toEqual(['recent']);
    expect(bandsOf(cursor - 6 * HOUR)).toEqual(['day']);
    expect(bandsOf(cursor - 47 * HOUR)).toEqual(['day']);
    expect(bandsOf(cursor - 48 * HOUR)).toEqual(['older']);
    expect(bandsOf(cursor - 30 * 24 * HOUR)).toEqual(['older']);
  });

  it('draw no event that starts after the cursor, or whose category is filtered out', () => {
    expect(bandsOf(cursor + 1)).toEqual([]);
    expect(bandsOf(cursor - HOUR, { category: 'diplomacy' })).toEqual([]);
  });

  it('draw the selected event as recent, whatever its time or category', () => {
    expect(bandsOf(cursor - 30 * 24 * HOUR, { selected: true })).toEqual(['recent']);
    expect(bandsOf(cursor + 24 * HOUR, { selected: true, category: 'diplomacy' })).toEqual([
      'recent',
    ]);
  });

  it('fade older bands more', () => {
    const opacities = AGE_BANDS.map((b) => b.opacity);
    expect([...opacities].sort((a, b) => b - a)).toEqual(opacities);
  });
});
