import { describe, expect, it } from 'vitest';
import { glyphRanges, glyphUrls } from './glyph-ranges';

describe('glyphRanges', () => {
  it('names the 256-code-point file of every character, once each, in code point order', () => {
    // ə is U+0259, Armenian U+0530–058F, the en dash U+2013.
    expect(glyphRanges(['Xankəndi', 'Ստեփանակերտ', 'Line of Contact (1994–2020)'])).toEqual([
      '0-255',
      '512-767',
      '1280-1535',
      '8192-8447',
    ]);
  });

  it('reads characters outside the Basic Multilingual Plane whole, not as surrogate halves', () => {
    // U+1F5FA (world map, code point 128506); read by UTF-16 units it would fall in
    // 55296-55551 and 56320-56575.
    expect(glyphRanges(['\u{1F5FA}'])).toEqual(['128256-128511']);
  });

  it('needs no file for no text', () => {
    expect(glyphRanges(['', ''])).toEqual([]);
  });
});

describe('glyphUrls', () => {
  it('fills the style’s template with each font and range, as MapLibre does', () => {
    expect(
      glyphUrls('http://x/glyphs/{fontstack}/{range}.pbf', {
        'Noto Sans Bold': ['0-255'],
        'Noto Sans Regular': ['0-255', '1280-1535'],
      }),
    ).toEqual([
      'http://x/glyphs/Noto Sans Bold/0-255.pbf',
      'http://x/glyphs/Noto Sans Regular/0-255.pbf',
      'http://x/glyphs/Noto Sans Regular/1280-1535.pbf',
    ]);
  });
});
