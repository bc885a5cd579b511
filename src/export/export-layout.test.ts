import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  layoutOverlay,
  wrapText,
  type Box,
  type LegendEntry,
} from './export-layout';

/** A monospace stub: 7 px a character, whatever the font. */
const measure = (s: string) => s.length * 7;

const legend: LegendEntry[] = [
  { label: 'Hostilities', color: '#d1495b', kind: 'dot' },
  { label: 'Ceasefire', color: '#2e86ab', kind: 'dot' },
  { label: 'Humanitarian', color: '#1b998b', kind: 'dot' },
  { label: 'Diplomacy', color: '#5b3f8f', kind: 'dot' },
  { label: 'Calls', color: '#9b72cf', kind: 'dot' },
  { label: 'Statements', color: '#8a7967', kind: 'dot' },
  { label: 'Line of Contact', color: '#c0162c', kind: 'line' },
  { label: 'Positions that changed hands', color: '#d35400', kind: 'area' },
  { label: 'Main axes of the fighting', color: '#7f1d1d', kind: 'axis' },
];
const input = {
  time: '2 Apr 2016, 03:00 UTC+4',
  title: 'Azerbaijani forces attack along the Line of Contact; heavy fighting near Talysh',
  legend,
  attribution: [
    'MapLibre',
    'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
    'Noto fonts © Google, SIL Open Font License 1.1',
  ],
  measure,
};

const inside = (b: Box, w: number, h: number) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('image export', () => {
  it('names the file after the cursor time in UTC', () => {
    expect(exportFileName(Date.parse('2016-04-02T07:00+04:00'))).toBe(
      'line-of-contact-2016-04-02T0300Z.png',
    );
  });

  it('wraps at spaces, breaks over-long words and ends a cut text with an ellipsis', () => {
    expect(wrapText('one two three four', 70, measure)).toEqual(['one two', 'three four']);
    expect(wrapText('abcdefghijklmnop', 35, measure)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
    const cut = wrapText('one two three four five six', 56, measure, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
    for (const line of cut) expect(measure(line)).toBeLessThanOrEqual(56);
    expect(wrapText('', 100, measure)).toEqual([]);
  });

  for (const [w, h] of [
    [900, 560],
    [600, 250],
    [375, 420],
  ] as const) {
    it(`keeps every box on a ${w}×${h} map, the credits at the bottom, no box over another`, () => {
      const layout = layoutOverlay({ ...input, width: w, height: h });
      const { header, legend: box, attribution } = layout;
      expect(box).not.toBeNull();
      if (!box) return;
      for (const b of [header, box, attribution])
        expect(inside(b, w, h), JSON.stringify(b)).toBe(true);
      expect(overlap(header, box)).toBe(false);
      expect(overlap(box, attribution)).toBe(false);
      expect(attribution.y + attribution.height).toBe(h);
      // Every text line fits the width of its box.
      for (const t of [...header.texts, ...attribution.texts])
        expect(t.x + measure(t.text)).toBeLessThanOrEqual(w);
      expect(header.texts[0]?.text).toBe(input.time);
      expect(
        header.texts
          .slice(1)
          .map((t) => t.text)
          .join(' ')
          .replace('…', ''),
      ).toContain('Azerbaijani forces');
      expect(box.entries.map((e) => e.entry.label)).toEqual(legend.map((e) => e.label));
    });
  }

  it('uses more legend columns when the map is short', () => {
    const tall = layoutOverlay({ ...input, width: 900, height: 700 });
    const short = layoutOverlay({ ...input, width: 900, height: 300 });
    const columns = (l: typeof tall) => new Set(l.legend?.entries.map((e) => e.swatch.x)).size;
    expect(columns(tall)).toBe(1);
    expect(columns(short)).toBeGreaterThan(1);
  });

  it('has only the time in the header when no event is selected', () => {
    const layout = layoutOverlay({ ...input, title: undefined, width: 600, height: 400 });
    expect(layout.header.texts.map((t) => t.text)).toEqual([input.time]);
  });
});
