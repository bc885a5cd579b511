import { z } from 'zod';
import { CATEGORIES } from './categories';

export { CATEGORIES };

// No code generation: the app runs under a CSP without 'unsafe-eval', and zod's eval probe
// would otherwise be reported as a violation.
z.config({ jitless: true });

// The one schema of the dataset format: the app, the tests and `npm run validate-data` all
// validate with it, and the TypeScript types are inferred from it.

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const isoInstantSchema = z.iso.datetime({ offset: true, local: false });

export const lonLatSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number());

export const boundsSchema = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .refine(([w, s, e, n]) => w < e && s < n, 'must be [west, south, east, north]');

export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .describe('an http(s) URL');

export const languageSchema = z.enum(['en', 'hy', 'az', 'ru']);
export type Language = z.infer<typeof languageSchema>;

export const namesSchema = z.object({
  en: z.string().min(1),
  hy: z.string().min(1).optional(),
  az: z.string().min(1).optional(),
  ru: z.string().min(1).optional(),
});
export type Names = z.infer<typeof namesSchema>;

export const placeKindSchema = z.enum([
  'capital',
  'venue',
  'town',
  'settlement',
  'height',
  'district',
]);

export const placeSchema = z.object({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLatSchema }),
  properties: z.object({
    names: namesSchema,
    /** The languages whose names are local to the place: shown as the label's second line. */
    localNames: z.array(languageSchema).default([]),
    kind: placeKindSchema,
    /** Places drawn on the map from the start (capitals, venues); others appear with events. */
    landmark: z.boolean().default(false),
    coordSource: z.object({ title: z.string().min(1), url: httpUrlSchema }),
    coordPrecision: z.enum(['exact', 'approximate']),
    note: z.string().optional(),
  }),
});
export type Place = z.infer<typeof placeSchema>;

export const placesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeSchema),
});

export const viewSchema = z.object({
  id: slugSchema,
  label: z.string().min(1),
  bounds: boundsSchema,
});
export type ViewPreset = z.infer<typeof viewSchema>;

export const layerSchema = z.object({
  id: slugSchema,
  label: z.string().min(1),
  file: z.string().min(1),
  kind: z.enum(['line', 'area', 'axis']),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour'),
  defaultVisible: z.boolean(),
  /** Shown in the legend's information panel: what the layer is, where it comes from, how accurate. */
  about: z.string().min(1),
});
export type LayerInfo = z.infer<typeof layerSchema>;

/**
 * One step of a guided story: an event (the camera goes to it, unless `view` is given), or a
 * time with a view. `layers`, when given, are the layers shown from this step on.
 */
export const storyStepSchema = z
  .object({
    event: z.string().min(1).optional(),
    time: isoInstantSchema.optional(),
    view: slugSchema.optional(),
    layers: z.array(slugSchema).optional(),
    /** What the step says: only what the dataset's own events already say. */
    caption: z.string().min(1).max(400),
  })
  .refine((s) => (s.event === undefined) !== (s.time === undefined), {
    message: 'a step needs either an event or a time (not both)',
  });
export type StoryStep = z.infer<typeof storyStepSchema>;

/** A guided story: an ordered walk through the dataset, each step with a short caption. */
export const storySchema = z.object({
  id: slugSchema,
  title: z.string().min(1).max(80),
  description: z.string().min(1).optional(),
  steps: z.array(storyStepSchema).min(1, 'a story needs at least one step'),
});
export type GuidedStory = z.infer<typeof storySchema>;

export const manifestSchema = z
  .object({
    formatVersion: z.literal(1),
    id: slugSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    /** The language the dataset's text is written in (BCP 47); the interface may be in another. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
      .default('en'),
    span: z.object({ start: isoInstantSchema, end: isoInstantSchema }),
    /** The window the timeline's detail view opens on (default: the whole span). */
    detail: z.object({ start: isoInstantSchema, end: isoInstantSchema }).optional(),
    /** Where the time cursor stands when the story opens (default: the end of the detail window). */
    initialTime: isoInstantSchema.optional(),
    timeZone: z.object({
      /** Offset of the story's local time from UTC, in minutes (fixed: the region had no DST in 2016). */
      offsetMinutes: z.number().int().min(-720).max(840),
      label: z.string().min(1),
    }),
    defaultView: slugSchema,
    views: z.array(viewSchema).min(1),
    /** Where venues outside the story's region may lie: a point is valid inside any of these. */
    region: boundsSchema,
    files: z.object({ events: z.string().min(1), places: z.string().min(1) }),
    layers: z.array(layerSchema),
    /** Label and colour of each event category, for the map, the legend and the timeline. */
    categories: z
      .array(
        z.object({
          id: z.enum(CATEGORIES),
          label: z.string().min(1),
          color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour'),
        }),
      )
      .min(1),
    attribution: z.array(z.string().min(1)).min(1),
    /** Guided stories (optional): see storySchema. */
    stories: z.array(storySchema).optional(),
  })
  .refine((m) => m.views.some((v) => v.id === m.defaultView), {
    message: 'must be the id of one of the views',
    path: ['defaultView'],
  })
  .refine((m) => CATEGORIES.every((c) => m.categories.some((x) => x.id === c)), {
    message: `must give a label and colour for each of ${CATEGORIES.join(', ')}`,
    path: ['categories'],
  })
  .refine((m) => Date.parse(m.span.start) < Date.parse(m.span.end), {
    message: 'span.start must be before span.end',
    path: ['span'],
  });
export type Manifest = z.infer<typeof manifestSchema>;

// ---------------------------------------------------------------------------------------------
// Events

/** Who made a claim: the side it speaks for. Figures and battlefield results are claims of a side. */
export const sideSchema = z.enum(['armenian', 'azerbaijani', 'russian', 'international']);
export type Side = z.infer<typeof sideSchema>;

export const timePrecisionSchema = z.enum([
  'minute',
  'hour',
  'part-of-day',
  'day',
  'days',
  'month',
]);
export type TimePrecision = z.infer<typeof timePrecisionSchema>;

export const geoPrecisionSchema = z.enum([
  'exact',
  'settlement',
  'district',
  'region',
  'approximate',
]);
export type GeoPrecision = z.infer<typeof geoPrecisionSchema>;

export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

const isoDateSchema = z.iso.date();

/**
 * Copies of Wikipedia and other mirrors: a source must be the original outlet or the canonical
 * wikipedia.org page, because mirrors change or vanish and may alter the text.
 */
const MIRROR_HOST =
  /(^|\.)(wikimili\.com|wikiwand\.com|enwikipedia\.net|wikijaa\.ru|wikisort\.org|kiwix\.[a-z.]+|dweb\.link|ipfs\.[a-z.]+|teknopedia\.[a-z.]+|perceptio[a-z]*\.com|wikizero\.com|everybodywiki\.com|justapedia\.org|db0nus869y26v\.cloudfront\.net)$/;

export const canonicalUrlSchema = httpUrlSchema.refine(
  (url) => !MIRROR_HOST.test(new URL(url).hostname),
  'must be the original outlet or the canonical wikipedia.org page, not a mirror',
);

export const sourceSchema = z.object({
  title: z.string().min(1),
  url: canonicalUrlSchema,
  publisher: z.string().min(1),
  date: isoDateSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const claimSchema = z.object({
  side: sideSchema,
  claimant: z.string().min(1),
  text: z.string().min(1),
  /** The URL of one of the event's sources that reports the claim. */
  source: httpUrlSchema,
});
export type Claim = z.infer<typeof claimSchema>;

const count = z.number().int().min(0);

export function hasCasualtyFigure(c: { killed?: number; wounded?: number; missing?: number }) {
  return c.killed !== undefined || c.wounded !== undefined || c.missing !== undefined;
}

export const casualtySchema = z
  .object({
    side: sideSchema,
    claimant: z.string().min(1),
    /** Whose losses the figure counts, e.g. "Azerbaijani servicemen", "civilians in Nagorno-Karabakh". */
    about: z.string().min(1),
    killed: count.optional(),
    wounded: count.optional(),
    missing: count.optional(),
    /** When the figure was given: a day, or only a month or year where that is all that is known. */
    asOf: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    source: httpUrlSchema,
    note: z.string().optional(),
  })
  .refine(hasCasualtyFigure, {
    message: 'a casualty figure needs at least one of killed, wounded, missing',
  });
export type Casualty = z.infer<typeof casualtySchema>;

const ring = z.array(lonLatSchema).min(4);
export const eventGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lonLatSchema }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(lonLatSchema).min(2) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
]);
export type EventGeometry = z.infer<typeof eventGeometrySchema>;

const PRECISE_TIMES: readonly TimePrecision[] = ['minute', 'hour'];

const eventPropertiesShape = z.object({
  title: z.string().min(1).max(160),
  start: isoInstantSchema,
  end: isoInstantSchema.optional(),
  timePrecision: timePrecisionSchema,
  timePrecisionNote: z.string().min(1).optional(),
  geoPrecision: geoPrecisionSchema,
  geoPrecisionNote: z.string().min(1).optional(),
  category: categorySchema,
  actors: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  claims: z.array(claimSchema).default([]),
  casualties: z.array(casualtySchema).default([]),
  sources: z.array(sourceSchema).min(1, 'every event needs at least one source'),
  places: z.array(slugSchema).default([]),
  layers: z.array(slugSchema).default([]),
  /** Diplomacy: the gazetteer ids of the capitals whose officials took part. */
  participants: z.array(slugSchema).default([]),
  /** A question the sources leave open. */
  open: z.string().min(1).optional(),
});

/**
 * The rules of an event's properties that span fields. The schema runs them, and so does the
 * quicker check of large events files (events-precheck.ts), which must reject what zod rejects.
 */
export function eventPropertiesIssues(p: z.output<typeof eventPropertiesShape>) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (!PRECISE_TIMES.includes(p.timePrecision) && !p.timePrecisionNote) {
    issues.push({
      path: ['timePrecisionNote'],
      message: `required when timePrecision is "${p.timePrecision}": say why the time is not more precise`,
    });
  }
  if (p.geoPrecision !== 'exact' && !p.geoPrecisionNote) {
    issues.push({
      path: ['geoPrecisionNote'],
      message: `required when geoPrecision is "${p.geoPrecision}": say what the location stands for`,
    });
  }
  if (p.end && Date.parse(p.end) < Date.parse(p.start)) {
    issues.push({ path: ['end'], message: 'must not be before start' });
  }
  // Each claim and casualty figure cites one of the event's sources (most events have neither).
  if (p.claims.length > 0 || p.casualties.length > 0) {
    const urls = new Set(p.sources.map((s) => s.url));
    for (const [key, cited] of [
      ['claims', p.claims],
      ['casualties', p.casualties],
    ] as const) {
      cited.forEach((c, i) => {
        if (!urls.has(c.source)) {
          issues.push({
            path: [key, i, 'source'],
            message: 'must be the url of one of the event’s sources',
          });
        }
      });
    }
  }
  return issues;
}

export const eventPropertiesSchema = eventPropertiesShape.superRefine((p, ctx) => {
  for (const issue of eventPropertiesIssues(p)) ctx.addIssue({ code: 'custom', ...issue });
});
export type EventProperties = z.infer<typeof eventPropertiesSchema>;

export const eventIdSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a slug YYYY-MM-DD-words (lower-case words joined by hyphens)',
  );

export const eventSchema = z.object({
  type: z.literal('Feature'),
  id: eventIdSchema,
  geometry: eventGeometrySchema,
  properties: eventPropertiesSchema,
});
export type StoryEvent = z.infer<typeof eventSchema>;

export const eventsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(eventSchema),
});

// ---------------------------------------------------------------------------------------------
// Time-linked layers

export const layerFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: slugSchema,
  geometry: z.discriminatedUnion('type', [
    ...eventGeometrySchema.options,
    z.object({
      type: z.literal('MultiLineString'),
      coordinates: z.array(z.array(lonLatSchema).min(2)),
    }),
  ]),
  properties: z
    .object({
      name: z.string().min(1),
      validFrom: isoInstantSchema,
      validTo: isoInstantSchema.optional(),
      geoPrecision: geoPrecisionSchema.optional(),
      geoPrecisionNote: z.string().min(1).optional(),
      claims: z.array(claimSchema).default([]),
      sources: z.array(sourceSchema).default([]),
    })
    .loose(),
});
export type LayerFeature = z.infer<typeof layerFeatureSchema>;

export const layerFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(layerFeatureSchema),
});
