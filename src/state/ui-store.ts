import { create } from 'zustand';

export interface ViewRequest {
  viewId: string;
  /** Increments on every request, so that asking for the same view twice moves the map back. */
  seq: number;
}

export interface UiState {
  viewRequest: ViewRequest | null;
  /** Layer ids switched on; null until the user changes something (the dataset's defaults apply). */
  visibleLayers: readonly string[] | null;
  requestView: (viewId: string) => void;
  setLayerVisible: (layerId: string, visible: boolean, defaults: readonly string[]) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  viewRequest: null,
  visibleLayers: null,
  requestView: (viewId) =>
    set((s) => ({ viewRequest: { viewId, seq: (s.viewRequest?.seq ?? 0) + 1 } })),
  setLayerVisible: (layerId, visible, defaults) =>
    set((s) => {
      const current = new Set(s.visibleLayers ?? defaults);
      if (visible) current.add(layerId);
      else current.delete(layerId);
      return { visibleLayers: [...current] };
    }),
}));
