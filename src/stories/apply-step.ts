import type { GuidedStory } from '../data/schema';
import { useUiStore } from '../state/ui-store';
import { windowShowing } from '../timeline/time-scale';
import { resolveStep, type StoryContext } from './story-steps';

/**
 * Shows a step: an event step selects the event through the store's `select` (cursor, camera,
 * details); a time step sets the time and asks for its view. With `camera: false` the camera
 * stays where it is (a link that gives its own map view).
 */
export function applyStep(
  story: GuidedStory,
  index: number,
  ctx: StoryContext,
  { camera = true }: { camera?: boolean } = {},
): void {
  const changes = resolveStep(story, index, ctx);
  const store = useUiStore.getState();
  useUiStore.setState({
    activeStory: { id: story.id, index },
    visibleLayers: changes.layers,
  });
  if (changes.selectedId) {
    store.select(changes.selectedId, changes.time, { camera: camera && !changes.viewId });
  } else {
    store.select(null);
    store.setTime(changes.time);
    const { window, span } = useUiStore.getState();
    store.setWindow(windowShowing(window, changes.time, span));
  }
  if (camera && changes.viewId) store.requestView(changes.viewId);
}
