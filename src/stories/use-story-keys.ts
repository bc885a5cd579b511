import { useEffect } from 'react';
import { usesArrowKeys, type KeyTarget } from './keys';

/** ←/→ step through the story and Escape leaves it, unless the focused control needs the keys. */
export function useStoryKeys(actions: {
  previous: () => void;
  next: () => void;
  exit: () => void;
}) {
  const { previous, next, exit } = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'Escape') {
        exit();
        return;
      }
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (usesArrowKeys(document.activeElement as KeyTarget | null)) return;
      e.preventDefault();
      if (e.key === 'ArrowLeft') previous();
      else next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [previous, next, exit]);
}
