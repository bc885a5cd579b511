import type { z } from 'zod';
import { byStartThenId, inStartOrder } from './event-order';
import { formatIssues } from './format-issues';
import { distanceKm } from './geo';
import {
  eventsSchema,
  layerFileSchema,
  manifestSchema,
  placesSchema,
  type LayerFeature,
  type Manifest,
  type Place,
  type StoryEvent,
} from './schema';

/** The raw JSON of a dataset's files, as read from disk or fetched. */
export interface RawDataset {
  manifest: unknown;
  events: unknown;
  places: unknown;
  /** Layer file contents by layer id. */
  layers: Record<string, unknown>;
}

export interface Dataset {
  manifest: Manifest;
  /** In time order (start, then id). */
  events: StoryEvent[];
  /** Each event's start (epoch ms), in the same order: parsed once, here. */
  startsMs: readonly number[];
  places: Place[];
  layerFeatures: Record<string, LayerFeature[]>;
}

export type ValidationResult =
  { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: string[] };

/**
 * A quicker check of the events file (events-precheck.ts): the events exactly as zod would give
 * them, or undefined, and then zod runs and says what is wrong.
 */
export type EventsPrecheck = (value: unknown) => StoryEvent[] | undefined;

/** How far (km) a point outside the story's region may be from a gazetteer place and still count as at it. */
const AT_PLACE_KM = 30;

/**
 * Validates a whole dataset: each file against the schema, then the rules that span files
 * (unique ids, times inside the story's span, coordinates inside the region or at a listed
 * place, references to places and layers that exist, stories whose steps resolve). Never throws; every problem is a line
 * that names the file, the feature (id or index) and the field.
 */
export function validateDataset(
  raw: RawDataset,
  names = defaultFileNames(raw),
  precheckEvents?: EventsPrecheck,
): ValidationResult {
  const problems: string[] = [];
  const parse = <S extends z.ZodType>(file: string, schema: S, value: unknown) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push(...formatIssues(result.error.issues, value).map((p) => `${file}: ${p}`));
      return undefined;
    }
    return result.data as z.output<S>;
  };

  const manifest = parse(names.manifest, manifestSchema, raw.manifest);
  const events =
    precheckEvents?.(raw.events) ?? parse(names.events, eventsSchema, raw.events)?.features;
  const places = parse(names.places, placesSchema, raw.places)?.features;
  const layerFeatures: Record<string, LayerFeature[]> = {};
  for (const layer of manifest?.layers ?? []) {
    const value = raw.layers[layer.id];
    if (value === undefined) {
      problems.push(`${names.manifest}: layers (id "${layer.id}"): file ${layer.file} is missing`);
      continue;
    }
    const parsed = parse(layer.file, layerFileSchema, value);
    if (parsed) layerFeatures[layer.id] = parsed.features;
  }
  if (!manifest || !events || !places) return { ok: false, problems };
  shareEmptyLists(events);

  // Each start is parsed once, for the span check and the order.
  const timed = events.map((event) => ({
    event,
    id: event.id,
    startMs: Date.parse(event.properties.start),
  }));
  problems.push(...crossCheck(manifest, timed, places, layerFeatures, names));
  if (problems.length) return { ok: false, problems };
  const inOrder = inStartOrder(timed);
  if (!inOrder) timed.sort(byStartThenId);
  return {
    ok: true,
    problems: [],
    dataset: {
      manifest,
      events: inOrder ? events : timed.map(({ event }) => event),
      startsMs: timed.map(({ startMs }) => startMs),
      places,
      layerFeatures,
    },
  };
}

/** The lists an event may leave out: most events have none of them. */
const OPTIONAL_LISTS = ['claims', 'casualties', 'places', 'layers', 'participants'] as const;
const NONE: readonly never[] = Object.freeze([]);

/**
 * Every empty optional list becomes one shared (frozen) empty list. Each default is a new array,
 * and at 100k events five of them per event are half a million arrays (8 MB or more) that the
 * garbage collector walks while the reader scrubs.
 */
function shareEmptyLists(events: readonly StoryEvent[]): void {
  for (const { properties } of events) {
    for (const key of OPTIONAL_LISTS) {
      if (properties[key].length === 0) (properties as Record<string, unknown>)[key] = NONE;
    }
  }
}

function defaultFileNames(raw: RawDataset) {
  const files = (raw.manifest as { files?: { events?: unknown; places?: unknown } } | null)?.files;
  return {
    manifest: 'dataset.json',
    events: typeof files?.events === 'string' ? files.events : 'events',
    places: typeof files?.places === 'string' ? files.places : 'places',
  };
}

function crossCheck(
  manifest: Manifest,
  events: readonly { event: StoryEvent; startMs: number }[],
  places: Place[],
  layerFeatures: Record<string, LayerFeature[]>,
  names: { manifest: string; events: string; places: string },
): string[] {
  const problems: string[] = [];
  const spanStart = Date.parse(manifest.span.start);
  const spanEnd = Date.parse(manifest.span.end);
  const placeIds = new Set(places.map((p) => p.id));
  const layerIds = new Set(manifest.layers.map((l) => l.id));
  const inRegion = ([lon, lat]: readonly number[]) => {
    const [w, s, e, n] = manifest.region;
    return lon !== undefined && lat !== undefined && lon >= w && lon <= e && lat >= s && lat <= n;
  };
  const atPlace = (point: readonly number[]) =>
    places.some((p) => distanceKm(p.geometry.coordinates, point) <= AT_PLACE_KM);

  uniqueIds(places.map((p) => p.id)).twice.forEach((id) =>
    problems.push(`${names.places}: id "${id}" is used more than once`),
  );
  places.forEach((p, i) => {
    const { kind } = p.properties;
    if (!inRegion(p.geometry.coordinates) && kind !== 'venue' && kind !== 'capital') {
      problems.push(
        `${names.places}: features[${i}] (id "${p.id}"): geometry.coordinates: outside the story's region; only venues and capitals may lie outside it`,
      );
    }
  });

  const eventIds = uniqueIds(events.map((e) => e.event.id));
  eventIds.twice.forEach((id) =>
    problems.push(`${names.events}: id "${id}" is used more than once`),
  );
  events.forEach(({ event, startMs }, i) => {
    const at = (field: string) => `${names.events}: features[${i}] (id "${event.id}"): ${field}`;
    const p = event.properties;

    if (event.id.slice(0, 10) !== p.start.slice(0, 10)) {
      problems.push(at(`id: must start with the local date of start (${p.start.slice(0, 10)})`));
    }
    for (const field of ['start', 'end'] as const) {
      const value = p[field];
      if (!value) continue;
      const t = field === 'start' ? startMs : Date.parse(value);
      if (t < spanStart || t > spanEnd) {
        problems.push(
          at(
            `properties.${field}: ${value} is outside the story's span (${manifest.span.start} – ${manifest.span.end})`,
          ),
        );
      }
    }
    const outside = (point: readonly number[], where: string) =>
      problems.push(
        at(
          `geometry.coordinates${where}: [${point.join(', ')}] is outside the story's region and not at a place of the gazetteer`,
        ),
      );
    const { geometry } = event;
    if (geometry.type === 'Point') {
      const point = geometry.coordinates;
      if (!inRegion(point) && !atPlace(point)) outside(point, '');
    } else {
      vertices(geometry).forEach((point, v) => {
        if (!inRegion(point)) outside(point, `[${v}]`);
      });
    }
    for (const key of ['places', 'participants'] as const) {
      p[key].forEach((id, j) => {
        if (!placeIds.has(id))
          problems.push(at(`properties.${key}.${j}: no place "${id}" in the gazetteer`));
      });
    }
    p.layers.forEach((id, j) => {
      if (!layerIds.has(id))
        problems.push(at(`properties.layers.${j}: no layer "${id}" in the manifest`));
    });
  });

  problems.push(...checkStories(manifest, eventIds.all, names));

  for (const [layerId, features] of Object.entries(layerFeatures)) {
    const file = manifest.layers.find((l) => l.id === layerId)?.file ?? layerId;
    uniqueIds(features.map((f) => f.id)).twice.forEach((id) =>
      problems.push(`${file}: id "${id}" is used more than once`),
    );
    features.forEach((f, i) => {
      const { validFrom, validTo, claims, sources } = f.properties;
      if (validTo && Date.parse(validTo) <= Date.parse(validFrom)) {
        problems.push(
          `${file}: features[${i}] (id "${f.id}"): properties.validTo: must be after validFrom`,
        );
      }
      const urls = new Set(sources.map((s) => s.url));
      claims.forEach((c, j) => {
        if (!urls.has(c.source)) {
          problems.push(
            `${file}: features[${i}] (id "${f.id}"): properties.claims.${j}.source: must be the url of one of the feature's sources`,
          );
        }
      });
    });
  }
  return problems;
}

/** Each story's steps must name events, views and layers that exist, and times inside the span. */
function checkStories(
  manifest: Manifest,
  eventIds: ReadonlySet<string>,
  names: { manifest: string; events: string },
): string[] {
  const problems: string[] = [];
  const stories = manifest.stories ?? [];
  const viewIds = new Set(manifest.views.map((v) => v.id));
  const layerIds = new Set(manifest.layers.map((l) => l.id));
  const { start, end } = manifest.span;
  uniqueIds(stories.map((s) => s.id)).twice.forEach((id) =>
    problems.push(`${names.manifest}: stories: id "${id}" is used more than once`),
  );
  stories.forEach((story, i) => {
    const at = (field: string) => `${names.manifest}: stories[${i}] (id "${story.id}"): ${field}`;
    story.steps.forEach((step, j) => {
      if (step.event !== undefined && !eventIds.has(step.event)) {
        problems.push(at(`steps.${j}.event: no event "${step.event}" in ${names.events}`));
      }
      if (step.time !== undefined) {
        const t = Date.parse(step.time);
        if (t < Date.parse(start) || t > Date.parse(end)) {
          problems.push(
            at(`steps.${j}.time: ${step.time} is outside the span (${start} – ${end})`),
          );
        }
      }
      if (step.view !== undefined && !viewIds.has(step.view)) {
        problems.push(at(`steps.${j}.view: no view "${step.view}" in the manifest`));
      }
      step.layers?.forEach((id, k) => {
        if (!layerIds.has(id))
          problems.push(at(`steps.${j}.layers.${k}: no layer "${id}" in the manifest`));
      });
    });
  });
  return problems;
}

function uniqueIds(ids: readonly string[]): { all: ReadonlySet<string>; twice: string[] } {
  const all = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (all.has(id) ? twice : all).add(id);
  return { all, twice: [...twice] };
}

function vertices(
  geometry: Exclude<StoryEvent['geometry'], { type: 'Point' }>,
): (readonly number[])[] {
  switch (geometry.type) {
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
  }
}
