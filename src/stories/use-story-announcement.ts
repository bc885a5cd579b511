import type { GuidedStory } from '../data/schema';
import { useMessages } from '../i18n/use-messages';
import { useUiStore } from '../state/ui-store';
import { findStory } from './story-steps';
import { messages } from './messages';

/** What a screen reader hears when a story step is shown: "Step 2 of 14: <caption>". */
export function useStoryAnnouncement(stories: readonly GuidedStory[] | undefined): string {
  const t = useMessages(messages);
  const active = useUiStore((s) => s.activeStory);
  const story = active && findStory(stories, active.id);
  const step = story?.steps[active?.index ?? -1];
  if (!active || !story || !step) return '';
  return t('announce', { n: active.index + 1, total: story.steps.length, caption: step.caption });
}
