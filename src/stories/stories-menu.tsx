import './stories.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';
import type { StoryNavigator } from './use-story-navigator';

/** The header's Stories button: a short list of the dataset's guided stories to start. */
export function StoriesMenu({ navigator }: { navigator: StoryNavigator }) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (navigator.stories.length === 0) return null;
  return (
    <div
      className="stories-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((v) => !v)}
      >
        {t('stories')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <ul id={listId} className="stories-list" aria-label={t('storiesList')}>
          {navigator.stories.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  navigator.start(story.id);
                }}
              >
                <span className="stories-list-title">{story.title}</span>
                <span className="stories-list-meta">
                  {t('steps', { count: story.steps.length })}
                  {story.description ? ` · ${story.description}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
