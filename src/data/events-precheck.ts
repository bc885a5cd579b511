import checkEventsShape from 'virtual:events-shape-check';
import {
  canonicalUrlSchema,
  eventPropertiesIssues,
  hasCasualtyFigure,
  httpUrlSchema,
  type StoryEvent,
} from './schema';

/**
 * A quicker check of an events file, for large datasets: the shape by code generated from the
 * schema at build time, then the rules JSON Schema cannot say, by the schema's own parts. It
 * returns the events only where zod would accept them and give the same output (the file's own
 * objects, with defaults filled in and unknown keys dropped); otherwise undefined, and the
 * caller runs zod for its messages.
 */
export function precheckEvents(value: unknown): StoryEvent[] | undefined {
  if (!checkEventsShape(value)) return undefined;
  const { features } = value as { features: StoryEvent[] };
  // Many events cite the same pages: each URL is checked once.
  const httpUrl = memo((url: string) => httpUrlSchema.safeParse(url).data === url);
  const canonicalUrl = memo((url: string) => canonicalUrlSchema.safeParse(url).data === url);
  for (const { properties: p } of features) {
    if (!p.sources.every((s) => canonicalUrl(s.url))) return undefined;
    if (!p.claims.every((c) => httpUrl(c.source))) return undefined;
    if (!p.casualties.every((c) => hasCasualtyFigure(c) && httpUrl(c.source))) return undefined;
    if (eventPropertiesIssues(p).length > 0) return undefined;
  }
  return features;
}

function memo(check: (url: string) => boolean) {
  const seen = new Map<string, boolean>();
  return (url: string) => {
    let ok = seen.get(url);
    if (ok === undefined) seen.set(url, (ok = check(url)));
    return ok;
  };
}
