import { useLayoutEffect } from 'react';
import { useUiStore } from './ui-store';

/**
 * Calls `show` with the cursor time now and on every change of it, without re-rendering the
 * caller. For what must follow each scrub or playback step (the slider's position and value,
 * the time readout): at 100k events a React render per step cost more than the map's update.
 * Runs before paint, so the first frame already shows the time. Pass a stable `show`
 * (useCallback); it is called again whenever it changes.
 */
export function useTimeSubscription(show: (time: number) => void): void {
  useLayoutEffect(() => {
    show(useUiStore.getState().time);
    return useUiStore.subscribe((s, previous) => {
      if (s.time !== previous.time) show(s.time);
    });
  }, [show]);
}
