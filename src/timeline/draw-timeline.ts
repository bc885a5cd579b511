import { lowerBound, type IndexedEvent } from '../events/event-index';
import type { Locale } from '../i18n/locales';
import { assignLanes } from './lanes';
import type { TimelinePalette } from './timeline-palette';
import { timeToX, type TimeWindow } from './time-scale';
import { localTicks, type Tick } from './time-ticks';

export const AXIS_HEIGHT = 20;
export const LANE_HEIGHT = 11;
export const MARK_SIZE = 8;

export interface MarkHit {
  id: string;
  x: number;
  y: number;
}

export interface DetailDrawing {
  events: readonly IndexedEvent[];
  window: TimeWindow;
  width: number;
  height: number;
  offsetMinutes: number;
  /** The interface language of the axis labels (English when not given). */
  locale?: Locale;
  time: number;
  selectedId: string | null;
  colors: ReadonlyMap<string, string>;
  palette: TimelinePalette;
}

/** What the detail view draws that does not depend on the time cursor. */
export type DetailLayoutInput = Pick<
  DetailDrawing,
  'events' | 'window' | 'width' | 'height' | 'offsetMinutes' | 'locale'
>;

export interface DetailLayout {
  ticks: Tick[];
  /** One mark per event, stacked in lanes, when they fit. */
  marks?: { events: readonly IndexedEvent[]; xs: number[]; lanes: number[] };
  /** Otherwise a histogram: events per BIN_PX-wide column, and the first one's category. */
  bins?: { counts: Uint32Array; firstCategory: string[]; max: number };
}

const LANE_TOP = 4;
const BIN_PX = 2;

/**
 * Lays out the detail view: the axis ticks in local time, and either one mark per event in
 * lanes (so that marks of a busy day never overlap) or, when more events are visible than marks
 * fit, one bar per column. Only the events inside the window are visited. The layout does not
 * depend on the time cursor, so a scrub step only repaints it.
 */
export function layoutDetail(d: DetailLayoutInput): DetailLayout {
  const { width, height, window } = d;
  const ticks = localTicks(window, width, d.offsetMinutes, undefined, d.locale);
  const lanes = Math.max(1, Math.floor((height - AXIS_HEIGHT - LANE_TOP) / LANE_HEIGHT));
  const first = lowerBound(d.events, window.start);
  const last = lowerBound(d.events, window.end + 1);
  if (last - first > (width / (MARK_SIZE + 2)) * lanes) {
    return { ticks, bins: binEvents(d, first, last) };
  }
  const visible = d.events.slice(first, last);
  const xs = visible.map((e) => timeToX(e.startMs, window, width));
  return { ticks, marks: { events: visible, xs, lanes: assignLanes(xs, MARK_SIZE + 2, lanes) } };
}

function binEvents(d: DetailLayoutInput, first: number, last: number): DetailLayout['bins'] {
  const { width, window } = d;
  const columns = Math.ceil(width / BIN_PX);
  const counts = new Uint32Array(columns);
  const firstCategory: string[] = new Array<string>(columns);
  const scale = width / (window.end - window.start) / BIN_PX;
  for (let i = first; i < last; i++) {
    const e = d.events[i];
    if (!e) continue;
    const c = Math.min(columns - 1, Math.floor((e.startMs - window.start) * scale));
    if (counts[c] === 0) firstCategory[c] = e.category;
    counts[c] = (counts[c] ?? 0) + 1;
  }
  let max = 1;
  for (const n of counts) if (n > max) max = n;
  return { counts, firstCategory, max };
}

/**
 * Draws the detail view on a canvas: the axis, and the marks or bars with those after the cursor
 * faded. Returns where the marks went, for clicks. Pass a layout made earlier for the same
 * window, size and events to skip laying out again.
 */
export function drawDetail(
  ctx: CanvasRenderingContext2D,
  d: DetailDrawing,
  layout: DetailLayout = layoutDetail(d),
): MarkHit[] {
  const { width, height, window, palette } = d;
  ctx.clearRect(0, 0, width, height);

  ctx.fillStyle = palette.axisBackground;
  ctx.fillRect(0, height - AXIS_HEIGHT, width, AXIS_HEIGHT);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const tick of layout.ticks) {
    const x = Math.round(timeToX(tick.ms, window, width)) + 0.5;
    ctx.strokeStyle = tick.major ? palette.majorTick : palette.minorTick;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, height - AXIS_HEIGHT + (tick.major ? 6 : 3));
    ctx.stroke();
    ctx.fillStyle = tick.major ? palette.majorLabel : palette.minorLabel;
    ctx.fillText(tick.label, x + 3, height - AXIS_HEIGHT / 2);
  }

  if (layout.bins) {
    drawBins(ctx, d, layout.bins);
    return [];
  }
  const { events: visible, xs, lanes } = layout.marks ?? { events: [], xs: [], lanes: [] };
  const hits: MarkHit[] = [];
  visible.forEach((e, i) => {
    const x = xs[i] ?? 0;
    const lane = lanes[i] ?? 0;
    const y = height - AXIS_HEIGHT - LANE_TOP - lane * LANE_HEIGHT - MARK_SIZE / 2 - 2;
    ctx.globalAlpha = e.startMs <= d.time ? 1 : 0.35;
    ctx.fillStyle = d.colors.get(e.category) ?? palette.unknownMark;
    ctx.beginPath();
    ctx.arc(x, y, MARK_SIZE / 2, 0, 2 * Math.PI);
    ctx.fill();
    if (e.id === d.selectedId) {
      ctx.globalAlpha = 1;
      ctx.lineWidth = 2;
      ctx.strokeStyle = palette.selectedRing;
      ctx.beginPath();
      ctx.arc(x, y, MARK_SIZE / 2 + 2.5, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.lineWidth = 1;
    }
    hits.push({ id: e.id, x, y });
  });
  ctx.globalAlpha = 1;
  return hits;
}

function drawBins(
  ctx: CanvasRenderingContext2D,
  d: DetailDrawing,
  bins: NonNullable<DetailLayout['bins']>,
): void {
  const { width, window } = d;
  const { counts, firstCategory, max } = bins;
  const barHeight = d.height - AXIS_HEIGHT - LANE_TOP;
  const bottom = d.height - AXIS_HEIGHT - 2;
  const scale = width / (window.end - window.start) / BIN_PX;
  const cursorColumn = Math.floor((d.time - window.start) * scale);
  for (let c = 0; c < counts.length; c++) {
    const n = counts[c] ?? 0;
    if (n === 0) continue;
    const h = Math.max(2, (barHeight * Math.sqrt(n)) / Math.sqrt(max));
    ctx.globalAlpha = c <= cursorColumn ? 1 : 0.35;
    ctx.fillStyle = d.colors.get(firstCategory[c] ?? '') ?? d.palette.unknownMark;
    ctx.fillRect(c * BIN_PX, bottom - h, BIN_PX - 0.5, h);
  }
  ctx.globalAlpha = 1;
}

export interface OverviewDrawing {
  events: readonly IndexedEvent[];
  span: TimeWindow;
  width: number;
  height: number;
  offsetMinutes: number;
  locale?: Locale;
  colors: ReadonlyMap<string, string>;
  palette: TimelinePalette;
}

/** The overview strip: the whole story, one hairline per event (binned per pixel column). */
export function drawOverview(ctx: CanvasRenderingContext2D, d: OverviewDrawing): void {
  const { width, height, span, palette } = d;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = palette.axisBackground;
  ctx.fillRect(0, 0, width, height);
  const columns = new Map<number, { count: number; category: string }>();
  for (const e of d.events) {
    const x = Math.floor(timeToX(e.startMs, span, width));
    const c = columns.get(x);
    columns.set(x, { count: (c?.count ?? 0) + 1, category: c?.category ?? e.category });
  }
  const max = Math.max(1, ...[...columns.values()].map((c) => c.count));
  for (const [x, c] of columns) {
    const h = Math.max(4, ((height - 14) * Math.sqrt(c.count)) / Math.sqrt(max));
    ctx.fillStyle = d.colors.get(c.category) ?? palette.unknownMark;
    ctx.fillRect(x, height - 12 - h, 2, h);
  }
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillStyle = palette.minorLabel;
  ctx.textBaseline = 'bottom';
  for (const tick of localTicks(span, width, d.offsetMinutes, 140, d.locale)) {
    const x = timeToX(tick.ms, span, width);
    ctx.fillText(tick.label, x + 2, height);
  }
}
