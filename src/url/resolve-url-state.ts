import type { Category, GuidedStory } from '../data/schema';
import { translate } from '../i18n/define-messages';
import type { Locale } from '../i18n/locales';
import type { ActiveStory } from '../state/ui-store';
import type { EventStarts } from '../events/event-index';
import { resolveStoryLink } from '../stories/resolve-story-link';
import { formatInstant } from '../timeline/time-format';
import { messages } from './messages';
import type { TimeWindow } from '../timeline/time-scale';
import type { MapView, UrlProblem, UrlState } from './url-codec';

export interface UrlContext {
  /** Start of each event, by id. */
  eventStarts: EventStarts;
  span: TimeWindow;
  layerIds: readonly string[];
  /** Whether an event names this actor. */
  isActor: (name: string) => boolean;
  /** The dataset's guided stories. */
  stories?: readonly GuidedStory[];
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
  locale: Locale = 'en',
): { link: ResolvedLink; notices: string[] } {
  const say = (key: keyof (typeof messages)['en'], params?: Record<string, string>) =>
    translate(messages, locale, key, params);
  const notices = problems.map((p) =>
    say('ignored', {
      param: p.param,
      value: shorten(p.value),
      message: say(p.reason, p.allowed === undefined ? undefined : { list: p.allowed }),
    }),
  );
  const link: ResolvedLink = {};

  if (state.event !== undefined) {
    if (ctx.eventStarts.has(state.event)) link.eventId = state.event;
    else notices.push(say('noEvent', { id: state.event }));
  }
  if (state.t !== undefined) {
    if (state.t >= ctx.span.start && state.t <= ctx.span.end) link.time = state.t;
    else {
      notices.push(
        say(link.eventId ? 'timeOutsideEvent' : 'timeOutsideDefault', {
          time: formatInstant(state.t, 0, 'minute', locale),
          start: formatInstant(ctx.span.start, 0, 'day', locale),
          end: formatInstant(ctx.span.end, 0, 'day', locale),
        }),
      );
    }
  }
  if (state.layers) {
    const known = state.layers.filter((id) => ctx.layerIds.includes(id));
    const unknown = state.layers.filter((id) => !ctx.layerIds.includes(id));
    if (unknown.length) notices.push(say('unknownLayers', { ids: unknown.join(', ') }));
    if (known.length) link.layers = known;
    else if (unknown.length) notices.push(say('defaultLayers'));
  }
  if (state.map) link.map = state.map;
  if (state.cat) link.categories = state.cat;
  if (state.actor !== undefined) {
    if (ctx.isActor(state.actor)) link.actor = state.actor;
    else notices.push(say('noActor', { actor: shorten(state.actor) }));
  }
  if (state.q !== undefined) link.query = state.q;
  const story = resolveStoryLink(state.story, state.step, ctx.stories ?? [], locale);
  if (story.story) link.story = story.story;
  notices.push(...story.notices);
  return { link, notices };
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
