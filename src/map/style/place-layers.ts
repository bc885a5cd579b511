import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Place } from '../../data/schema';
import type { MapPalette } from './palette';
import type { Locale } from '../../i18n/locales';
import { placeName } from '../../i18n/place-names';
import { FONT_BOLD, FONT_REGULAR } from './fonts';

export const PLACES_SOURCE = 'places';

export interface PlaceLabelProperties {
  id: string;
  kind: Place['properties']['kind'];
  /** The name in the interface language (English where the gazetteer has none), the first line. */
  name: string;
  /** Names in the place's own languages (Armenian, Azerbaijani, Russian), the second line. */
  local: string;
}

/** The label text of each landmark place: the reader's language first, then the local names. */
export function placeLabelData(
  places: readonly Place[],
  locale: Locale = 'en',
): FeatureCollection<Point, PlaceLabelProperties> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.properties.landmark)
      .map((p) => {
        const { names, localNames, kind } = p.properties;
        const name = placeName(names, locale);
        const local = localNames
          .map((lang) => names[lang])
          .filter((n): n is string => Boolean(n) && n !== name)
          .join(' · ');
        return {
          type: 'Feature',
          id: p.id,
          geometry: { type: 'Point', coordinates: p.geometry.coordinates },
          properties: { id: p.id, kind, name, local },
        };
      }),
  };
}

/** The places' label texts by font, as the label layer sets them: names bold, local names regular. */
export function placeLabelTexts(
  data: FeatureCollection<Point, PlaceLabelProperties>,
): Record<string, string[]> {
  return {
    [FONT_BOLD]: data.features.map((f) => f.properties.name),
    [FONT_REGULAR]: data.features.map((f) => f.properties.local),
  };
}

export function placeSources(
  data: FeatureCollection<Point, PlaceLabelProperties>,
): Record<string, SourceSpecification> {
  return { [PLACES_SOURCE]: { type: 'geojson', data } };
}

const isCapital: ['==', ['get', 'kind'], 'capital'] = ['==', ['get', 'kind'], 'capital'];

export function placeDotLayers(palette: MapPalette): LayerSpecification[] {
  return [
    {
      id: 'place-dots',
      type: 'circle',
      source: PLACES_SOURCE,
      // Capitals are solid dots, venues rings, so that events drawn on top stay visible.
      paint: {
        'circle-radius': ['case', isCapital, 5, 6],
        'circle-color': ['case', isCapital, palette.capital, palette.labelHalo],
        'circle-stroke-color': ['case', isCapital, palette.labelHalo, palette.venue],
        'circle-stroke-width': 2,
      },
    },
  ];
}

export function placeLabelLayers(palette: MapPalette): LayerSpecification[] {
  return [
    {
      id: 'place-labels',
      type: 'symbol',
      source: PLACES_SOURCE,
      layout: {
        'text-field': [
          'format',
          ['get', 'name'],
          { 'font-scale': 1, 'text-font': ['literal', [FONT_BOLD]] },
          ['case', ['==', ['get', 'local'], ''], '', '\n'],
          {},
          ['get', 'local'],
          { 'font-scale': 0.85, 'text-font': ['literal', [FONT_REGULAR]] },
        ],
        'text-font': [FONT_REGULAR],
        'text-size': 13,
        // Capitals win label collisions over venues.
        'symbol-sort-key': ['case', isCapital, 0, 1],
        'text-anchor': 'top',
        'text-offset': [0, 0.6],
        'text-allow-overlap': false,
        'text-padding': 2,
      },
      paint: {
        'text-color': ['case', isCapital, palette.capital, palette.venue],
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
