import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { eventLayers, type EventGeometryType } from './event-layers';
import { MAP_PALETTES } from './palette';

const categories = [{ id: 'hostility' as const, label: 'Hostilities', color: '#d1495b' }];
const state = {
  time: Date.parse('2016-04-03T12:00:00+04:00'),
  selectedId: '',
  categories: ['hostility'],
};

/** The ids of the circle layers that would draw a feature of this geometry (1 point, 2 line, 3 area). */
function pointLayersDrawing(type: 1 | 2 | 3, geometryTypes: EventGeometryType[]) {
  const feature = {
    type,
    id: 'e1',
    properties: { id: 'e1', startMs: state.time - 3_600_000, category: 'hostility' },
    geometry: [],
  };
  return eventLayers(categories, MAP_PALETTES.light, new Set(geometryTypes))
    .filter((layer) => layer.type === 'circle')
    .filter((layer) =>
      featureFilter(
        ('filter' in layer ? layer.filter : undefined) as FilterSpecification,
        'filter',
        state,
      ).filter({ zoom: 8 }, feature),
    )
    .map((layer) => layer.id);
}

describe('the event point layers', () => {
  it('draw a point in one layer, whether or not the dataset has lines and areas', () => {
    expect(pointLayersDrawing(1, ['Point'])).toEqual(['event-points-recent']);
    expect(pointLayersDrawing(1, ['Point', 'LineString', 'Polygon'])).toEqual([
      'event-points-recent',
    ]);
  });

  it('draw no circles on the vertices of a line or an area', () => {
    expect(pointLayersDrawing(2, ['Point', 'LineString'])).toEqual([]);
    expect(pointLayersDrawing(3, ['Point', 'Polygon'])).toEqual([]);
  });
});
