import { byStartThenId, inStartOrder } from '../data/event-order';
import type { Category, StoryEvent } from '../data/schema';

/** An event with its times as numbers, for fast ordering, stepping and filtering. */
export interface IndexedEvent {
  event: StoryEvent;
  id: string;
  startMs: number;
  endMs: number;
  category: Category;
}

const searchTexts = new WeakMap<IndexedEvent, string>();

/**
 * Lower-cased title, summary, actors and claimants: what the text search looks in. Made on the
 * first search, not when the dataset loads.
 */
export function searchText(e: IndexedEvent): string {
  let text = searchTexts.get(e);
  if (text === undefined) {
    const p = e.event.properties;
    text = [p.title, p.summary, ...p.actors, ...p.claims.map((c) => c.claimant)]
      .join(' ')
      .toLowerCase();
    searchTexts.set(e, text);
  }
  return text;
}

/** `startsMs`, where given, are the events' starts already parsed (in the same order). */
export function indexEvents(
  events: readonly StoryEvent[],
  startsMs?: readonly number[],
): IndexedEvent[] {
  const indexed = events.map((event, i) => {
    const p = event.properties;
    const startMs = startsMs?.[i] ?? Date.parse(p.start);
    return {
      event,
      id: event.id,
      startMs,
      endMs: p.end ? Date.parse(p.end) : startMs,
      category: p.category,
    };
  });
  // A validated dataset comes in this order already.
  return inStartOrder(indexed) ? indexed : indexed.sort(byStartThenId);
}

/** Index of the first event that starts at or after `t` (events.length if none). In time order. */
export function lowerBound(events: readonly IndexedEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid]?.startMs ?? Infinity) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first event that starts after `t` (times are whole milliseconds). */
const firstAfter = (events: readonly IndexedEvent[], t: number) =>
  lowerBound(events, Math.floor(t) + 1);

/** The start of the next event after `t` (→ key), or undefined at the end. */
export function nextEventStart(events: readonly IndexedEvent[], t: number): number | undefined {
  return events[firstAfter(events, t)]?.startMs;
}

/** The start of the last event before `t` (← key), or undefined at the beginning. */
export function previousEventStart(events: readonly IndexedEvent[], t: number): number | undefined {
  const i = lowerBound(events, t);
  return i > 0 ? events[i - 1]?.startMs : undefined;
}

/** How many events start inside [start, end]. */
export function countBetween(events: readonly IndexedEvent[], start: number, end: number): number {
  return firstAfter(events, end) - lowerBound(events, start);
}

export interface EventFilters {
  categories: readonly Category[] | null;
  actor: string | null;
  query: string;
}

export const NO_FILTERS: EventFilters = { categories: null, actor: null, query: '' };

export function filterEvents(
  events: readonly IndexedEvent[],
  filters: EventFilters,
): IndexedEvent[] {
  const query = filters.query.trim().toLowerCase();
  const categories = filters.categories ? new Set(filters.categories) : null;
  if (!query && !categories && !filters.actor) return [...events];
  const words = query ? query.split(/\s+/) : [];
  return events.filter(
    (e) =>
      (!categories || categories.has(e.category)) &&
      (!filters.actor || e.event.properties.actors.includes(filters.actor)) &&
      words.every((word) => searchText(e).includes(word)),
  );
}

/** The start of each event by id, as a link or a story step asks for it. */
export type EventStarts = Pick<ReadonlyMap<string, number>, 'get' | 'has'>;

/**
 * The same, made on the first question: most loads never ask (no event in the link, no story),
 * and at 100k events the map takes about 80 ms to make.
 */
export function eventStartsOf(events: readonly IndexedEvent[]): EventStarts {
  let byId: Map<string, number> | undefined;
  const lookup = () => (byId ??= new Map(events.map((e) => [e.id, e.startMs])));
  return { get: (id) => lookup().get(id), has: (id) => lookup().has(id) };
}

/** Whether any event names this actor (what a link's actor is checked against). */
export function namesActor(events: readonly IndexedEvent[], name: string): boolean {
  return events.some((e) => e.event.properties.actors.includes(name));
}

/** Every actor named in the events, sorted, for the actor filter. */
export function allActors(events: readonly IndexedEvent[]): string[] {
  const actors = new Set<string>();
  for (const e of events) for (const actor of e.event.properties.actors) actors.add(actor);
  return [...actors].sort((a, b) => a.localeCompare(b));
}

/** The event before and after the given one in time order (for previous/next in the details). */
export function neighbours(
  events: readonly IndexedEvent[],
  id: string,
): { previous?: IndexedEvent; next?: IndexedEvent } {
  const i = events.findIndex((e) => e.id === id);
  if (i === -1) return {};
  return { previous: events[i - 1], next: events[i + 1] };
}
