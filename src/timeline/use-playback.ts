import { useEffect } from 'react';
import { useUiStore } from '../state/ui-store';
import { HOUR, windowShowing } from './time-scale';

/**
 * Advances the time cursor while playing, at `speed` story hours per second, and stops at the
 * end of the story. With prefers-reduced-motion it moves in one-second steps instead of a
 * continuous animation.
 */
export function usePlayback(): void {
  const playing = useUiStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const store = useUiStore;
    const advance = (elapsedMs: number) => {
      const { time, speed, span, window, setTime, setWindow, setPlaying } = store.getState();
      const next = Math.min(span.end, time + (elapsedMs / 1000) * speed * HOUR);
      setTime(next);
      const shown = windowShowing(window, next, span);
      if (shown !== window) setWindow(shown);
      if (next >= span.end) setPlaying(false);
    };
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      const timer = setInterval(() => advance(1000), 1000);
      return () => clearInterval(timer);
    }
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      advance(now - last);
      last = now;
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
