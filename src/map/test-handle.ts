import type { Map as MapLibreMap } from 'maplibre-gl';

/** What end-to-end tests and the benchmark read from the running app. */
export interface PerfProbe {
  /** performance.now() when the map last received a time or selection update. */
  mapUpdatedAt: number;
  /** performance.now() when the timeline last finished drawing, and how long that took (ms). */
  timelineDrawnAt: number;
  timelineDrawMs: number;
  /** performance.now() when the map was first drawn whole (the basemap, with or without events). */
  firstPaintAt: number;
  /** performance.now() when the map was first idle with the dataset (everything loaded and drawn). */
  firstIdleAt: number;
}

declare global {
  interface Window {
    /** The map instance, for end-to-end tests and the benchmark (they query rendered features). */
    __lineOfContactMap?: MapLibreMap;
    __lineOfContactPerf?: PerfProbe;
    /** Sets the time cursor as an input would (benchmark). */
    __lineOfContactSetTime?: (ms: number) => void;
  }
}

export function exposeMapForTests(map: MapLibreMap): void {
  window.__lineOfContactMap = map;
}

const probe: PerfProbe = {
  mapUpdatedAt: 0,
  timelineDrawnAt: 0,
  timelineDrawMs: 0,
  firstPaintAt: 0,
  firstIdleAt: 0,
};

/** Bounded bookkeeping (three numbers), so that it can stay on in production. */
export function recordPerf(update: Partial<PerfProbe>): void {
  Object.assign(probe, update);
  window.__lineOfContactPerf = probe;
}
