import { create } from 'zustand';

export interface LoadProgress {
  loaded: number;
  total: number;
}

/**
 * How far each dataset's files have come, by manifest URL. A store rather than a callback
 * because the load starts before the component that shows it exists.
 */
export const useLoadProgress = create<Readonly<Record<string, LoadProgress>>>(() => ({}));

export function reportProgress(manifestUrl: string, progress: LoadProgress): void {
  useLoadProgress.setState({ [manifestUrl]: progress });
}
