import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Manifest } from '../../data/schema';
import { palette } from './palette';

export const EVENTS_SOURCE = 'events';

export function eventSources(eventsUrl: string): Record<string, SourceSpecification> {
  return { [EVENTS_SOURCE]: { type: 'geojson', data: eventsUrl } };
}

export function categoryColor(categories: Manifest['categories']): ExpressionSpecification {
  // The style-spec types cannot express a variadic 'match'; the unit test validates the result.
  return [
    'match',
    ['get', 'category'],
    ...categories.flatMap((c) => [c.id, c.color]),
    palette.townText,
  ] as unknown as ExpressionSpecification;
}

/** Events as the map draws them: points, front sectors (lines) and areas, coloured by category. */
export function eventLayers(categories: Manifest['categories']): LayerSpecification[] {
  const color = categoryColor(categories);
  return [
    {
      id: 'event-lines',
      type: 'line',
      source: EVENTS_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // Beside the Line of Contact, on its Armenian-held (right-hand) side, so that both stay visible.
      paint: {
        'line-color': color,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 3],
        'line-dasharray': [2, 1.5],
        'line-offset': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 7],
      },
    },
    {
      id: 'event-points',
      type: 'circle',
      source: EVENTS_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 6, 12, 9],
        'circle-stroke-color': palette.labelHalo,
        'circle-stroke-width': 1.5,
        'circle-opacity': 0.9,
      },
    },
  ];
}
