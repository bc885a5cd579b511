import type { FeatureCollection, Geometry, LineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Manifest } from '../../data/schema';
import type { ArcProperties, MapEventProperties } from '../map-data';
import type { MapPalette } from './palette';
import { EVENTS_SOURCE_SPEC } from '../events-source';
import {
  AGE_BANDS,
  AGE_OPACITY,
  inAgeBand,
  type AgeBand,
  arcVisibleFilter,
  isSelected,
  SELECTED,
  startedFilter,
} from './time-expressions';

export const EVENTS_SOURCE = 'events';
export const ARCS_SOURCE = 'arcs';

/** Map layers a click can select an event on (those of geometry types a dataset lacks are not added). */
export const EVENT_LAYER_IDS = [
  ...AGE_BANDS.map((band) => `event-points-${band.id}`),
  'event-lines',
  'event-areas',
];

/** The events' source goes without its features: the map view gives them to it (events-source.ts). */
export function eventSources(
  arcs: FeatureCollection<LineString, ArcProperties>,
): Record<string, SourceSpecification> {
  return {
    [EVENTS_SOURCE]: EVENTS_SOURCE_SPEC,
    [ARCS_SOURCE]: { type: 'geojson', data: arcs },
  };
}

export function categoryColor(
  categories: Manifest['categories'],
  fallback: string,
): ExpressionSpecification {
  // The style-spec types cannot express a variadic 'match'; the unit test validates the result.
  return [
    'match',
    ['get', 'category'],
    ...categories.flatMap((c) => [c.id, c.color]),
    fallback,
  ] as unknown as ExpressionSpecification;
}

const ARC_DASHES: Record<string, number[] | undefined> = {
  diplomacy: undefined,
  call: [3, 2],
  statement: [0.5, 2],
};

/** Great-circle arcs from participants' capitals to the venue: solid meetings, dashed calls, dotted statements. */
export function arcLayers(
  categories: Manifest['categories'],
  palette: MapPalette,
): LayerSpecification[] {
  const color = categoryColor(categories, palette.townText);
  return Object.entries(ARC_DASHES).map(([category, dashes]) => ({
    id: `arcs-${category}`,
    type: 'line',
    source: ARCS_SOURCE,
    filter: ['all', ['==', ['get', 'category'], category], arcVisibleFilter],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': color,
      'line-width': ['case', ['==', ['get', 'eventId'], SELECTED], 3, 2],
      'line-opacity': 0.85,
      ...(dashes ? { 'line-dasharray': dashes } : {}),
    },
  }));
}

export type EventGeometryType = 'Point' | 'LineString' | 'Polygon';

/** The geometry types a dataset's events use: only their layers are added to the map. */
export function eventGeometryTypes(
  events: FeatureCollection<Geometry, MapEventProperties>,
): ReadonlySet<EventGeometryType> {
  const types = new Set<EventGeometryType>();
  for (const f of events.features) {
    const type = f.geometry.type;
    if (type === 'Point' || type === 'LineString' || type === 'Polygon') types.add(type);
  }
  return types;
}

/**
 * Events drawn by category colour up to the time cursor; the latest emphasised, older faded.
 * Every layer here is filtered by time, and MapLibre re-evaluates each of them on every step:
 * a geometry type the dataset does not use gets no layer.
 */
export function eventLayers(
  categories: Manifest['categories'],
  palette: MapPalette,
  geometryTypes: ReadonlySet<EventGeometryType>,
): LayerSpecification[] {
  const color = categoryColor(categories, palette.townText);
  const layers: (LayerSpecification & { id: string })[] = [
    {
      id: 'event-areas',
      type: 'fill',
      source: EVENTS_SOURCE,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], startedFilter],
      paint: { 'fill-color': color, 'fill-opacity': ['*', 0.3, AGE_OPACITY] },
    },
    {
      id: 'event-lines',
      type: 'line',
      source: EVENTS_SOURCE,
      filter: ['all', ['==', ['geometry-type'], 'LineString'], startedFilter],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // Beside the Line of Contact, on its Armenian-held (right-hand) side, so that both stay visible.
      paint: {
        'line-color': color,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 3],
        'line-opacity': AGE_OPACITY,
        'line-dasharray': [2, 1.5],
        'line-offset': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 7],
      },
    },
    ...AGE_BANDS.filter((band) => band.id !== 'recent')
      .reverse()
      .map((band) => eventPointLayer(band, color, palette, geometryTypes)),
    {
      id: 'event-selected-halo',
      type: 'circle',
      source: EVENTS_SOURCE,
      filter: onlyPoints(geometryTypes, isSelected),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14, 12, 18],
        'circle-color': palette.labelHalo,
        'circle-opacity': 0.85,
        'circle-stroke-color': palette.capital,
        'circle-stroke-width': 2.5,
      },
    },
    eventPointLayer(AGE_BANDS[0], color, palette, geometryTypes),
  ];
  return layers.filter((l) => {
    if (l.id === 'event-areas') return geometryTypes.has('Polygon');
    if (l.id === 'event-lines') return geometryTypes.has('LineString');
    return geometryTypes.has('Point');
  });
}

/**
 * A circle layer draws a circle at each vertex of a line or area: where the dataset has lines or
 * areas, its point layers let only points through. Where it has only points, the check is left
 * out: MapLibre evaluates a filter for every event on every time step, in each point layer.
 */
function onlyPoints(
  geometryTypes: ReadonlySet<EventGeometryType>,
  filter: ExpressionSpecification,
): ExpressionSpecification {
  return geometryTypes.size === 1 && geometryTypes.has('Point')
    ? filter
    : ['all', ['==', ['geometry-type'], 'Point'], filter];
}

/** One age band of the event points: constant paint, so that a time step only re-filters. */
function eventPointLayer(
  band: AgeBand,
  color: ExpressionSpecification,
  palette: MapPalette,
  geometryTypes: ReadonlySet<EventGeometryType>,
): LayerSpecification & { id: string } {
  // The most recent events (last six hours before the cursor) are drawn larger.
  const [r3, r8, r12] = band.id === 'recent' ? [5, 8.5, 12] : [3.5, 6, 9];
  return {
    id: `event-points-${band.id}`,
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: onlyPoints(geometryTypes, inAgeBand(band)),
    paint: {
      'circle-color': color,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, r3, 8, r8, 12, r12],
      'circle-stroke-color': palette.labelHalo,
      'circle-stroke-width': 1.5,
      'circle-opacity': band.opacity,
      'circle-stroke-opacity': band.opacity,
    },
  };
}
