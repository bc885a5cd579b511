import { create } from 'zustand';
import type { Category } from '../data/schema';
import { NO_FILTERS, type EventFilters } from '../events/event-index';
import { clamp, windowShowing, type TimeWindow } from '../timeline/time-scale';
import type { MapView } from '../url/url-codec';

export interface ViewRequest {
  viewId: string;
  /** Increments on every request, so that asking for the same view twice moves the map back. */
  seq: number;
}

export interface CameraRequest {
  eventId: string;
  seq: number;
}

/** The guided story on show: its id and the step's index (from 0). */
export interface ActiveStory {
  id: string;
  index: number;
}

/** Playback speeds: story hours per second of real time. */
export const SPEEDS = [1, 3, 6, 12, 24] as const;
export type Speed = (typeof SPEEDS)[number];

export interface UiState {
  /** The story's whole span: the limits of time and of the timeline. */
  span: TimeWindow;
  /** The time cursor (ms since the epoch, UTC). */
  time: number;
  /** The timeline's detail window. */
  window: TimeWindow;
  selectedId: string | null;
  playing: boolean;
  speed: Speed;
  showUtc: boolean;
  filters: EventFilters;
  /** Layer ids switched on; null until the user changes something (the dataset's defaults apply). */
  visibleLayers: readonly string[] | null;
  viewRequest: ViewRequest | null;
  cameraRequest: CameraRequest | null;
  /** The legend folds away when an event is selected, to leave the map to the event. */
  legendOpen: boolean;
  /** The map's camera as last reported by the map (for links). */
  mapView: MapView | null;
  /** A camera position to jump to (from a link or from Back/Forward). */
  jumpRequest: { view: MapView; seq: number } | null;
  /** What a link asked for and could not be shown. */
  notices: readonly string[];
  /** The guided story being followed, if any (the steps themselves live in the dataset). */
  activeStory: ActiveStory | null;

  initStory: (story: { span: TimeWindow; window: TimeWindow; time: number }) => void;
  setTime: (time: number) => void;
  setWindow: (window: TimeWindow) => void;
  /** Selects an event everywhere: cursor to its start, camera to it. null clears the selection. */
  select: (id: string | null, startMs?: number, options?: { camera?: boolean }) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: Speed) => void;
  setShowUtc: (showUtc: boolean) => void;
  setCategories: (categories: readonly Category[] | null) => void;
  setActor: (actor: string | null) => void;
  setQuery: (query: string) => void;
  setLayerVisible: (layerId: string, visible: boolean, defaults: readonly string[]) => void;
  requestView: (viewId: string) => void;
  setLegendOpen: (open: boolean) => void;
  setMapView: (view: MapView) => void;
  jumpTo: (view: MapView) => void;
  setNotices: (notices: readonly string[]) => void;
  setActiveStory: (activeStory: ActiveStory | null) => void;
}

const EMPTY: TimeWindow = { start: 0, end: 1 };

export const useUiStore = create<UiState>()((set, get) => ({
  span: EMPTY,
  time: 0,
  window: EMPTY,
  selectedId: null,
  playing: false,
  speed: 6,
  showUtc: false,
  filters: NO_FILTERS,
  visibleLayers: null,
  viewRequest: null,
  cameraRequest: null,
  legendOpen: true,
  mapView: null,
  jumpRequest: null,
  notices: [],
  activeStory: null,

  initStory: ({ span, window, time }) =>
    set({ span, window, time: clamp(time, span.start, span.end) }),
  setTime: (time) => {
    const { span } = get();
    set({ time: clamp(time, span.start, span.end) });
  },
  setWindow: (window) => set({ window }),
  select: (id, startMs, { camera = true } = {}) =>
    set((s) => ({
      selectedId: id,
      ...(id && startMs !== undefined
        ? {
            time: clamp(startMs, s.span.start, s.span.end),
            window: windowShowing(s.window, startMs, s.span),
          }
        : {}),
      ...(id && camera
        ? {
            cameraRequest: { eventId: id, seq: (s.cameraRequest?.seq ?? 0) + 1 },
            legendOpen: false,
          }
        : {}),
    })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setShowUtc: (showUtc) => set({ showUtc }),
  setCategories: (categories) => set((s) => ({ filters: { ...s.filters, categories } })),
  setActor: (actor) => set((s) => ({ filters: { ...s.filters, actor } })),
  setQuery: (query) => set((s) => ({ filters: { ...s.filters, query } })),
  setLayerVisible: (layerId, visible, defaults) =>
    set((s) => {
      const current = new Set(s.visibleLayers ?? defaults);
      if (visible) current.add(layerId);
      else current.delete(layerId);
      return { visibleLayers: [...current] };
    }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  setMapView: (mapView) => set({ mapView }),
  jumpTo: (view) => set((s) => ({ jumpRequest: { view, seq: (s.jumpRequest?.seq ?? 0) + 1 } })),
  setNotices: (notices) => set({ notices }),
  setActiveStory: (activeStory) => set({ activeStory }),
  requestView: (viewId) =>
    set((s) => ({ viewRequest: { viewId, seq: (s.viewRequest?.seq ?? 0) + 1 } })),
}));
