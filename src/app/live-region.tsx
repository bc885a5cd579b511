import { useEffect, useState } from 'react';
import { useUiStore } from '../state/ui-store';
import { formatInstant } from '../timeline/time-format';
import type { IndexedEvent } from '../events/event-index';
import type { GuidedStory } from '../data/schema';
import { useStoryAnnouncement } from '../stories/use-story-announcement';
import { useLocaleStore } from '../i18n/locale-store';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';

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
  const t = useMessages(messages);
  const locale = useLocaleStore((s) => s.locale);
  const selectedId = useUiStore((s) => s.selectedId);
  const [timeMessage, setTimeMessage] = useState('');
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;

  // From a store subscription, so that scrubbing does not re-render this component.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useUiStore.subscribe((s, previous) => {
      // Read once the time rests: after a scrub or a step, or where playback was paused.
      const paused = previous.playing && !s.playing;
      if (s.playing || (s.time === previous.time && !paused)) return;
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          setTimeMessage(
            t('announceTime', { time: formatInstant(s.time, offsetMinutes, 'minute', locale) }),
          ),
        600,
      );
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [offsetMinutes, t, locale]);

  return (
    <div className="visually-hidden">
      <div aria-live="polite">{storyMessage}</div>
      <div aria-live="polite">
        {selected ? t('announceSelected', { title: selected.event.properties.title }) : ''}
      </div>
      <div aria-live="polite">{timeMessage}</div>
    </div>
  );
}
