import type { Dataset } from '../data/validate-dataset';
import type { GuidedStory } from '../data/schema';
import { StoriesMenu } from './stories-menu';
import { StoryPanel } from './story-panel';
import { useStoryNavigator } from './use-story-navigator';

/** The header's menu of the dataset's guided stories. */
export function HeaderStories({ dataset }: { dataset: Dataset }) {
  return <StoriesMenu navigator={useStoryNavigator(dataset)} />;
}

/** The panel of the story on show, at its step. */
export function ActiveStoryPanel({
  dataset,
  story,
  index,
}: {
  dataset: Dataset;
  story: GuidedStory;
  index: number;
}) {
  return <StoryPanel story={story} index={index} navigator={useStoryNavigator(dataset)} />;
}
