import { useEffect, useRef, useState } from 'react';
import { useUiStore } from '../state/ui-store';
import { formatInstant } from '../timeline/time-format';
import type { IndexedEvent } from '../events/event-index';
import type { GuidedStory } from '../data/schema';
import { useStoryAnnouncement } from '../stories/use-story-announcement';

/**
 * Announces selection and time changes to screen readers, politely and not on every animation
 * frame: the time is read once it has rested for a moment.
 */
export function LiveRegion({
  events,
  offsetMinutes,
  stories,
}: {
  events: readonly IndexedEvent[];
  offsetMinutes: number;
  stories?: readonly GuidedStory[];
}) {
  const storyMessage = useStoryAnnouncement(stories);
  const selectedId = useUiStore((s) => s.selectedId);
  const time = useUiStore((s) => s.time);
  const playing = useUiStore((s) => s.playing);
  const [timeMessage, setTimeMessage] = useState('');
  const first = useRef(true);
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (playing) return;
    const timer = setTimeout(
      () => setTimeMessage(`Time: ${formatInstant(time, offsetMinutes)}`),
      600,
    );
    return () => clearTimeout(timer);
  }, [time, playing, offsetMinutes]);

  return (
    <div className="visually-hidden">
      <div aria-live="polite">{storyMessage}</div>
      <div aria-live="polite">{selected ? `Selected: ${selected.event.properties.title}` : ''}</div>
      <div aria-live="polite">{timeMessage}</div>
    </div>
  );
}
