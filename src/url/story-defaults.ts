import type { Manifest } from '../data/schema';
import type { TimeWindow } from '../timeline/time-scale';

export interface StoryDefaults {
  span: TimeWindow;
  window: TimeWindow;
  time: number;
  /** The manifest's default view (where a guided story's time steps look by default). */
  view: string;
}

/** Where a dataset opens when the link does not say: its span, detail window, time and view. */
export function storyDefaults(manifest: Manifest): StoryDefaults {
  const span = { start: Date.parse(manifest.span.start), end: Date.parse(manifest.span.end) };
  const detail = manifest.detail
    ? { start: Date.parse(manifest.detail.start), end: Date.parse(manifest.detail.end) }
    : span;
  const time = manifest.initialTime ? Date.parse(manifest.initialTime) : detail.end;
  return { span, window: detail, time, view: manifest.defaultView };
}
