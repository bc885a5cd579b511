import type { Category, GuidedStory } from '../data/schema';
import type { Locale } from '../i18n/locales';
import type { ActiveStory } from '../state/ui-store';
import { resolveStoryLink } from '../stories/resolve-story-link';
import { formatInstant } from '../timeline/time-format';
import type { TimeWindow } from '../timeline/time-scale';
import type { MapView, UrlProblem, UrlState } from './url-codec';

export interface UrlContext {
  /** Start of each event, by id. */
  eventStarts: ReadonlyMap<string, number>;
  span: TimeWindow;
  layerIds: readonly string[];
  actors: readonly string[];
  /** The dataset's guided stories. */
  stories?: readonly GuidedStory[];
  /** The language of the notices that name a story. */
  locale?: Locale;
}

/** What a link asks the app to show, checked against the dataset. */
export interface ResolvedLink {
  eventId?: string;
  time?: number;
  layers?: string[];
  map?: MapView;
  categories?: Category[];
  actor?: string;
  query?: string;
  /** A story step: it decides the event, time, layers and (unless `map` is given) the view. */
  story?: ActiveStory;
}

/**
 * Checks a parsed link against the dataset: what is unknown or out of range is dropped with a
 * short notice saying what was ignored and what is shown instead; everything valid still applies.
 */
export function resolveUrlState(
  state: UrlState,
  problems: readonly UrlProblem[],
  ctx: UrlContext,
): { link: ResolvedLink; notices: string[] } {
  const notices = problems.map((p) => `Ignored ${p.param}=“${shorten(p.value)}”: ${p.message}.`);
  const link: ResolvedLink = {};

  if (state.event !== undefined) {
    if (ctx.eventStarts.has(state.event)) link.eventId = state.event;
    else notices.push(`There is no event “${state.event}” in this dataset; no event is selected.`);
  }
  if (state.t !== undefined) {
    if (state.t >= ctx.span.start && state.t <= ctx.span.end) link.time = state.t;
    else {
      notices.push(
        `The time ${formatInstant(state.t, 0)} is outside the story (${formatInstant(ctx.span.start, 0, 'day')} – ${formatInstant(ctx.span.end, 0, 'day')}); ${link.eventId ? 'showing the event’s start' : 'showing the default time'} instead.`,
      );
    }
  }
  if (state.layers) {
    const known = state.layers.filter((id) => ctx.layerIds.includes(id));
    const unknown = state.layers.filter((id) => !ctx.layerIds.includes(id));
    if (unknown.length) notices.push(`Unknown layers ignored: ${unknown.join(', ')}.`);
    if (known.length) link.layers = known;
    else if (unknown.length) notices.push('Showing the default layers.');
  }
  if (state.map) link.map = state.map;
  if (state.cat) link.categories = state.cat;
  if (state.actor !== undefined) {
    if (ctx.actors.includes(state.actor)) link.actor = state.actor;
    else
      notices.push(`No events name the actor “${shorten(state.actor)}”; the actor filter is off.`);
  }
  if (state.q !== undefined) link.query = state.q;
  const story = resolveStoryLink(state.story, state.step, ctx.stories ?? [], ctx.locale);
  if (story.story) link.story = story.story;
  notices.push(...story.notices);
  return { link, notices };
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
