import './stories.css';
import { useEffect, useId, useRef } from 'react';
import type { GuidedStory } from '../data/schema';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import { useStoryKeys } from './use-story-keys';
import type { StoryNavigator } from './use-story-navigator';

/** The story on show: its title, where we are, the step's caption, and the way on or out. */
export function StoryPanel({
  story,
  index,
  navigator,
}: {
  story: GuidedStory;
  index: number;
  navigator: StoryNavigator;
}) {
  const t = useMessages(messages);
  const titleId = useId();
  const nextRef = useRef<HTMLButtonElement>(null);
  const step = story.steps[index];
  const first = index === 0;
  const last = index === story.steps.length - 1;
  useStoryKeys(navigator);

  // Keyboard users land on Next when a story starts.
  useEffect(() => {
    nextRef.current?.focus({ preventScroll: true });
  }, [story.id]);

  return (
    <section
      className="story-panel"
      aria-labelledby={titleId}
      aria-keyshortcuts="ArrowLeft ArrowRight Escape"
    >
      <div className="story-panel-bar">
        <p className="story-kicker">{t('story')}</p>
        <button type="button" className="story-exit" onClick={navigator.exit}>
          {t('exit')}
        </button>
      </div>
      <h2 id={titleId} className="story-title">
        {story.title}
      </h2>
      <p className="story-step">{t('stepOf', { n: index + 1, total: story.steps.length })}</p>
      <p className="story-caption">{step?.caption}</p>
      <div className="story-nav">
        <button type="button" aria-disabled={first} onClick={() => !first && navigator.previous()}>
          <span aria-hidden="true">← </span>
          {t('previous')}
        </button>
        <button
          type="button"
          ref={nextRef}
          aria-disabled={last}
          onClick={() => !last && navigator.next()}
        >
          {t('next')}
          <span aria-hidden="true"> →</span>
        </button>
        <span className="story-keys" aria-hidden="true">
          {t('keys')}
        </span>
      </div>
    </section>
  );
}
