import { z } from 'zod';

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

export const manifestSchema = z
  .object({
    formatVersion: z.literal(1),
    id: slugSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    span: z.object({ start: isoInstantSchema, end: isoInstantSchema }),
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
    attribution: z.array(z.string().min(1)).min(1),
  })
  .refine((m) => m.views.some((v) => v.id === m.defaultView), {
    message: 'must be the id of one of the views',
    path: ['defaultView'],
  })
  .refine((m) => Date.parse(m.span.start) < Date.parse(m.span.end), {
    message: 'span.start must be before span.end',
    path: ['span'],
  });
export type Manifest = z.infer<typeof manifestSchema>;
