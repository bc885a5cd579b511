import { describe, expect, it } from 'vitest';
import { glyphRangesFor } from './pwa';

const places = (...names: unknown[]) => ({
  type: 'FeatureCollection',
  features: names.map((name) => ({ type: 'Feature', properties: { name }, geometry: null })),
});

describe('glyphRangesFor', () => {
  it('finds the 256-code-point ranges of every string, upper case included', () => {
    // Latin, Armenian (U+0535…), Azerbaijani ə (U+0259), whose capital Ə is U+018F.
    expect(glyphRangesFor([places('Yerevan', 'Երևան'), places('Xankəndi')])).toEqual([
      '0-255',
      '256-511',
      '512-767',
      '1280-1535',
    ]);
  });

  it('looks into nested values and ignores what is not text', () => {
    expect(glyphRangesFor([places({ ru: 'Москва' }, 42, null), {}])).toEqual(['1024-1279']);
  });
});
