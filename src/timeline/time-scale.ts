export interface TimeWindow {
  start: number;
  end: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Shortest window the detail view may zoom to. */
export const MIN_SPAN = 6 * HOUR;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Pixel position of an instant in a window drawn across `width` pixels, and back. */
export function timeToX(ms: number, window: TimeWindow, width: number): number {
  return ((ms - window.start) / (window.end - window.start)) * width;
}

export function xToTime(x: number, window: TimeWindow, width: number): number {
  return window.start + (x / width) * (window.end - window.start);
}

/** Zoom a window by `factor` (< 1 zooms in) around an anchor instant, inside the limits. */
export function zoomWindow(
  window: TimeWindow,
  factor: number,
  anchor: number,
  limits: TimeWindow,
  minSpan = MIN_SPAN,
): TimeWindow {
  const span = window.end - window.start;
  const newSpan = clamp(span * factor, minSpan, limits.end - limits.start);
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - ratio * newSpan;
  return panWindow({ start, end: start + newSpan }, 0, limits);
}

/** Move a window by `delta` ms, keeping it inside the limits and its span unchanged. */
export function panWindow(window: TimeWindow, delta: number, limits: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  const start = clamp(window.start + delta, limits.start, limits.end - span);
  return { start, end: start + span };
}

/** The window, moved as little as possible so that it shows `ms`. */
export function windowShowing(window: TimeWindow, ms: number, limits: TimeWindow): TimeWindow {
  if (ms >= window.start && ms <= window.end) return window;
  const span = window.end - window.start;
  return panWindow({ start: ms - span / 2, end: ms + span / 2 }, 0, limits);
}
