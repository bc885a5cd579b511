import type { GuidedStory } from '../data/schema';
import { translate } from '../i18n/define-messages';
import type { Locale } from '../i18n/locales';
import type { ActiveStory } from '../state/ui-store';
import { messages } from './messages';
import { findStory } from './story-steps';

/**
 * Checks a link's story and step against the dataset's stories: an unknown story is dropped,
 * a step out of range shows the story's first step; each with a notice.
 */
export function resolveStoryLink(
  storyId: string | undefined,
  step: number | undefined,
  stories: readonly GuidedStory[],
  locale: Locale = 'en',
): { story?: ActiveStory; notices: string[] } {
  const t = (key: keyof (typeof messages)['en'], params: Record<string, string | number>) =>
    translate(messages, locale, key, params);
  if (storyId === undefined) {
    return { notices: step === undefined ? [] : [t('stepWithoutStory', { step })] };
  }
  const story = findStory(stories, storyId);
  if (!story) return { notices: [t('unknownStory', { id: storyId })] };
  const total = story.steps.length;
  if (step !== undefined && step > total) {
    return {
      story: { id: story.id, index: 0 },
      notices: [t('stepOutOfRange', { title: story.title, total, step })],
    };
  }
  return { story: { id: story.id, index: (step ?? 1) - 1 }, notices: [] };
}
