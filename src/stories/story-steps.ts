import type { GuidedStory } from '../data/schema';
import type { EventStarts } from '../events/event-index';

/** What the app needs from the dataset to turn a step into a view. */
export interface StoryContext {
  /** Start of each event, by id. */
  eventStarts: EventStarts;
  /** The manifest's default view: where a time step without a view looks. */
  defaultView: string;
}

/** A step as changes to the UI state. */
export interface StepChanges {
  /** The event to select (cursor, camera, details), or null for a time step. */
  selectedId: string | null;
  /** Where the time cursor goes: the event's start, or the step's time. */
  time: number;
  /** A view preset to move the camera to; null: the camera goes to the selected event. */
  viewId: string | null;
  /** The layers shown; null: the dataset's defaults. */
  layers: string[] | null;
}

export function findStory(
  stories: readonly GuidedStory[] | undefined,
  id: string,
): GuidedStory | undefined {
  return stories?.find((s) => s.id === id);
}

/**
 * The layers shown at a step: those of the last step up to it that sets layers, else the
 * dataset's defaults. So a step looks the same whether reached by stepping or by a link.
 */
export function layersAt(story: GuidedStory, index: number): string[] | null {
  for (let i = Math.min(index, story.steps.length - 1); i >= 0; i--) {
    const layers = story.steps[i]?.layers;
    if (layers) return [...layers];
  }
  return null;
}

/** Turns step `index` (from 0) of a story into the changes to the UI state that show it. */
export function resolveStep(story: GuidedStory, index: number, ctx: StoryContext): StepChanges {
  const step = story.steps[index];
  if (!step) throw new RangeError(`story "${story.id}" has no step ${index + 1}`);
  const layers = layersAt(story, index);
  if (step.event !== undefined) {
    return {
      selectedId: step.event,
      time: ctx.eventStarts.get(step.event) ?? Number.NaN,
      viewId: step.view ?? null,
      layers,
    };
  }
  return {
    selectedId: null,
    time: Date.parse(step.time ?? ''),
    viewId: step.view ?? ctx.defaultView,
    layers,
  };
}

/** The index `delta` steps away, or null past either end. */
export function stepIndex(story: GuidedStory, index: number, delta: number): number | null {
  const next = index + delta;
  return next >= 0 && next < story.steps.length ? next : null;
}
