import { describe, expect, it } from 'vitest';
import type { Manifest } from '../data/schema';
import { attributionLines, legendEntries } from './legend-entries';

const manifest = {
  categories: [
    { id: 'hostility', label: 'Hostilities', color: '#d1495b' },
    { id: 'ceasefire', label: 'Ceasefire', color: '#2e86ab' },
  ],
  layers: [
    { id: 'loc', label: 'Line of Contact', kind: 'line', color: '#c0162c', defaultVisible: true },
    { id: 'axes', label: 'Axes', kind: 'axis', color: '#7f1d1d', defaultVisible: false },
  ],
} as unknown as Pick<Manifest, 'categories' | 'layers'>;

describe('the image legend', () => {
  it('lists the categories shown and the layers switched on, with their colours', () => {
    expect(legendEntries(manifest, null, null)).toEqual([
      { label: 'Hostilities', color: '#d1495b', kind: 'dot' },
      { label: 'Ceasefire', color: '#2e86ab', kind: 'dot' },
      { label: 'Line of Contact', color: '#c0162c', kind: 'line' },
    ]);
    expect(legendEntries(manifest, ['axes'], ['ceasefire']).map((e) => e.label)).toEqual([
      'Ceasefire',
      'Axes',
    ]);
  });

  it('takes the credits as the map shows them', () => {
    expect(attributionLines('MapLibre | Natural Earth | Noto fonts', ['x'])).toEqual([
      'MapLibre',
      'Natural Earth',
      'Noto fonts',
    ]);
    expect(attributionLines(null, ['Natural Earth'])).toEqual(['Natural Earth']);
  });
});
