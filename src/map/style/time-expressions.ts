import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * The time cursor and the selection live in the style's global state, so that scrubbing only
 * calls map.setGlobalStateProperty: no GeoJSON is rebuilt and no layer re-added per step.
 */
export const TIME: ExpressionSpecification = ['global-state', 'time'];
export const SELECTED: ExpressionSpecification = ['global-state', 'selectedId'];

const HOUR = 3_600_000;

/** Hours between a feature's start and the cursor (negative: not yet happened). */
export const AGE_HOURS: ExpressionSpecification = ['/', ['-', TIME, ['get', 'startMs']], HOUR];

export const isSelected: ExpressionSpecification = ['==', ['get', 'id'], SELECTED];

/** The categories the list filter lets through (all of them when it is off). */
export const CATEGORIES: ExpressionSpecification = ['global-state', 'categories'];
const categoryShown: ExpressionSpecification = ['in', ['get', 'category'], CATEGORIES];

/** Events of the shown categories that have started by the cursor (the selected one always). */
export const startedFilter: ExpressionSpecification = [
  'any',
  isSelected,
  ['all', categoryShown, ['<=', ['get', 'startMs'], TIME]],
];

/** Features of a time-linked layer valid at the cursor. */
export const validNowFilter: ExpressionSpecification = [
  'all',
  ['<=', ['get', 'validFromMs'], TIME],
  ['any', ['!', ['has', 'validToMs']], ['<', TIME, ['get', 'validToMs']]],
];

/** Arcs of a diplomatic event while it is current, or while it is selected. */
export const arcVisibleFilter: ExpressionSpecification = [
  'any',
  ['==', ['get', 'eventId'], SELECTED],
  ['all', categoryShown, ['<=', ['get', 'startMs'], TIME], ['<', TIME, ['get', 'currentUntilMs']]],
];

/**
 * Events fade with age in three steps: the last six hours stand out, the last two days recede a
 * little, older ones more. Steps rather than a continuous fade, because a paint property that
 * reads both the feature and the time makes MapLibre recompute it for every feature on every
 * time step; with steps, the point layers below need only filters, as a bare time filter does.
 */
export const AGE_BANDS = [
  { id: 'recent', fromHours: 0, toHours: 6, opacity: 1 },
  { id: 'day', fromHours: 6, toHours: 48, opacity: 0.75 },
  { id: 'older', fromHours: 48, toHours: Infinity, opacity: 0.4 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Started events of the shown categories in an age band (the selected one counts as recent). */
export function inAgeBand(band: AgeBand): ExpressionSpecification {
  const age: ExpressionSpecification = ['-', TIME, ['get', 'startMs']];
  const conditions: ExpressionSpecification[] = [
    categoryShown,
    ['>=', age, band.fromHours * HOUR],
    ...(Number.isFinite(band.toHours)
      ? [['<', age, band.toHours * HOUR] as ExpressionSpecification]
      : []),
  ];
  return band.id === 'recent'
    ? ['any', isSelected, ['all', ...conditions]]
    : ['all', ['!', isSelected], ...conditions];
}

/** The same steps as a paint value, for the few lines and areas (selected: full). */
export const AGE_OPACITY: ExpressionSpecification = [
  'case',
  isSelected,
  1,
  [
    'step',
    AGE_HOURS,
    AGE_BANDS[0].opacity,
    AGE_BANDS[1].fromHours,
    AGE_BANDS[1].opacity,
    AGE_BANDS[2].fromHours,
    AGE_BANDS[2].opacity,
  ],
];
