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

/** Fades events with age: the latest stand out, older ones recede (selected: full). */
export const AGE_OPACITY: ExpressionSpecification = [
  'case',
  isSelected,
  1,
  ['interpolate', ['linear'], AGE_HOURS, 0, 1, 6, 0.9, 48, 0.5, 336, 0.3],
];
