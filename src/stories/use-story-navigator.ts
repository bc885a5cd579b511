import { useMemo } from 'react';
import type { Dataset } from '../data/validate-dataset';
import { useUiStore } from '../state/ui-store';
import { applyStep } from './apply-step';
import { findStory, stepIndex, type StoryContext } from './story-steps';

/** Starting, stepping and leaving the dataset's guided stories. */
export function useStoryNavigator(dataset: Dataset) {
  const { manifest, events } = dataset;
  return useMemo(() => {
    const stories = manifest.stories ?? [];
    // Made when a story is first used: a large dataset without stories should not pay for it.
    let ctx: StoryContext | undefined;
    const context = (): StoryContext =>
      (ctx ??= {
        eventStarts: new Map(events.map((e) => [e.id, Date.parse(e.properties.start)])),
        defaultView: manifest.defaultView,
      });
    const step = (delta: number) => {
      const active = useUiStore.getState().activeStory;
      const story = active && findStory(stories, active.id);
      if (!active || !story) return;
      const next = stepIndex(story, active.index, delta);
      if (next !== null) applyStep(story, next, context());
    };
    return {
      stories,
      start: (id: string) => {
        const story = findStory(stories, id);
        if (story) applyStep(story, 0, context());
      },
      previous: () => step(-1),
      next: () => step(1),
      /** Leaves the story; the event, time, view and layers on show stay as they are. */
      exit: () => useUiStore.getState().setActiveStory(null),
    };
  }, [manifest, events]);
}

export type StoryNavigator = ReturnType<typeof useStoryNavigator>;
