import { create } from 'zustand';

/**
 * Whether the map has drawn the dataset's events once (its first idle with them). Work the
 * first view can do without waits for it: at 100k events the map's load is what the reader is
 * waiting for, and on two cores any main-thread work beside it delays it.
 */
export const useMapReadiness = create<{ showsDataset: boolean }>(() => ({
  showsDataset: false,
}));
