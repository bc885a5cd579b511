import { describe, expect, it } from 'vitest';
import type { IndexedEvent } from '../events/event-index';
import { drawDetail, layoutDetail } from './draw-timeline';
import { TIMELINE_PALETTES } from './timeline-palette';

/** A canvas context that only counts what is drawn. */
function countingContext() {
  const calls = { arcs: 0, rects: 0 };
  const ctx = new Proxy(
    {},
    {
      get: (_t, key) => {
        if (key === 'arc') return () => void calls.arcs++;
        if (key === 'fillRect') return () => void calls.rects++;
        return () => undefined;
      },
      set: () => true,
    },
  ) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

const start = Date.parse('2016-04-01T00:00:00+04:00');
const events = (n: number, spanMs: number): IndexedEvent[] =>
  Array.from({ length: n }, (_, i) => {
    const t = start + Math.floor((i / n) * spanMs);
    return { id: `e${i}`, startMs: t, endMs: t, category: 'hostility' } as IndexedEvent;
  });

const drawing = (list: IndexedEvent[]) => ({
  events: list,
  window: { start, end: start + 5 * 86_400_000 },
  width: 800,
  height: 92,
  offsetMinutes: 240,
  time: start + 86_400_000,
  selectedId: null,
  colors: new Map([['hostility', '#d1495b']]),
  palette: TIMELINE_PALETTES.light,
});

describe('drawDetail', () => {
  it('draws one clickable mark per event when they fit', () => {
    const { ctx, calls } = countingContext();
    const hits = drawDetail(ctx, drawing(events(40, 5 * 86_400_000)));
    expect(hits).toHaveLength(40);
    expect(calls.arcs).toBe(40);
  });

  it('switches to one bar per pixel column when there are more events than room', () => {
    const { ctx, calls } = countingContext();
    const hits = drawDetail(ctx, drawing(events(50_000, 5 * 86_400_000)));
    expect(hits).toEqual([]);
    expect(calls.arcs).toBe(0);
    // At most one bar per 2-pixel column, plus the axis background.
    expect(calls.rects).toBeLessThanOrEqual(400 + 1);
    expect(calls.rects).toBeGreaterThan(300);
  });

  it('repaints a later time from the same layout exactly as a fresh layout would', () => {
    // What a scrub step does: keep the layout, change only the time.
    for (const n of [40, 50_000]) {
      const list = events(n, 5 * 86_400_000);
      const layout = layoutDetail(drawing(list));
      const later = { ...drawing(list), time: start + 3 * 86_400_000 };
      const alphas = (useLayout: boolean) => {
        const seen: number[] = [];
        const ctx = new Proxy({} as Record<string, unknown>, {
          get: () => () => undefined,
          set: (_t, key, value) => {
            if (key === 'globalAlpha') seen.push(value as number);
            return true;
          },
        }) as unknown as CanvasRenderingContext2D;
        const hits = useLayout ? drawDetail(ctx, later, layout) : drawDetail(ctx, later);
        return { hits, seen };
      };
      const reused = alphas(true);
      expect(reused).toEqual(alphas(false));
      // Events after the cursor are faded: both alphas occur.
      expect(new Set(reused.seen)).toEqual(new Set([1, 0.35]));
    }
  });
});
