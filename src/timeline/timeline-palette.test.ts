import { describe, expect, it } from 'vitest';
import type { IndexedEvent } from '../events/event-index';
import { contrastRatio, luminance } from '../theme/contrast';
import { drawDetail, drawOverview } from './draw-timeline';
import { TIMELINE_PALETTES } from './timeline-palette';

/** A canvas context that records every colour it was given, and the text drawn with each. */
function recordingContext() {
  const state = { fillStyle: '', strokeStyle: '' };
  const fills = new Set<string>();
  const texts: { text: string; color: string }[] = [];
  const ctx = new Proxy(state, {
    get: (target, key) => {
      if (key === 'fillText')
        return (text: string) => texts.push({ text, color: target.fillStyle });
      if (key === 'fillRect') return () => fills.add(target.fillStyle);
      if (key in target) return target[key as keyof typeof target];
      return () => undefined;
    },
    set: (target, key, value: unknown) => {
      if (key === 'fillStyle' || key === 'strokeStyle') target[key] = String(value);
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, fills, texts };
}

const start = Date.parse('2016-04-01T00:00:00+04:00');
const events = [
  { id: 'a', startMs: start + 3_600_000, endMs: start, category: 'hostility' },
] as IndexedEvent[];

describe('timeline colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    const palette = TIMELINE_PALETTES[theme];

    it(`draws the ${theme} theme's axis and labels, readable on its background`, () => {
      const { ctx, fills, texts } = recordingContext();
      drawDetail(ctx, {
        events,
        window: { start, end: start + 4 * 86_400_000 },
        width: 800,
        height: 92,
        offsetMinutes: 240,
        time: start + 86_400_000,
        selectedId: 'a',
        colors: new Map([['hostility', '#d1495b']]),
        palette,
      });
      drawOverview(ctx, {
        events,
        span: { start, end: start + 30 * 86_400_000 },
        width: 800,
        height: 34,
        offsetMinutes: 240,
        colors: new Map(),
        palette,
      });
      expect(fills).toContain(palette.axisBackground);
      expect(texts.length).toBeGreaterThan(4);
      for (const { text, color } of texts) {
        expect(contrastRatio(color, palette.axisBackground), text).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('has a dark axis in the dark theme and a light one in the light theme', () => {
    expect(luminance(TIMELINE_PALETTES.dark.axisBackground)).toBeLessThan(0.05);
    expect(luminance(TIMELINE_PALETTES.light.axisBackground)).toBeGreaterThan(0.8);
    expect(
      contrastRatio(TIMELINE_PALETTES.dark.selectedRing, TIMELINE_PALETTES.dark.axisBackground),
    ).toBeGreaterThanOrEqual(3);
  });
});
