import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { manifestSchema, placesSchema } from '../../data/schema';
import {
  buildBasemapStyle,
  buildMapStyle,
  labelGlyphRanges,
  type MapStyleInput,
} from './build-map-style';
import { BASEMAP_LABEL_GLYPHS } from './basemap-layers';
import { glyphRanges } from '../glyph-ranges';
import { placeLabelData } from './place-layers';
import { eventsSchema, layerFileSchema } from '../../data/schema';
import { indexEvents } from '../../events/event-index';
import { diplomacyArcs, mapEventData, timedLayerData } from '../map-data';
import { contrastRatio, luminance } from '../../theme/contrast';
import { MAP_PALETTES } from './palette';
import { eventGeometryTypes } from './event-layers';

const publicDir = join(import.meta.dirname, '../../../public');
const manifest = manifestSchema.parse(
  JSON.parse(readFileSync(join(publicDir, 'data/dataset.json'), 'utf8')),
);
const places = placesSchema.parse(
  JSON.parse(readFileSync(join(publicDir, 'data/places.geojson'), 'utf8')),
).features;

const events = indexEvents(
  eventsSchema.parse(JSON.parse(readFileSync(join(publicDir, 'data/events.geojson'), 'utf8')))
    .features,
);
const layerData = Object.fromEntries(
  manifest.layers.map((l) => [
    l.id,
    timedLayerData(
      layerFileSchema.parse(JSON.parse(readFileSync(join(publicDir, 'data', l.file), 'utf8')))
        .features,
    ),
  ]),
);

function input(overrides: Partial<MapStyleInput> = {}): MapStyleInput {
  return {
    assetBase: 'http://127.0.0.1:4173/sub/path/',
    layers: manifest.layers,
    categories: manifest.categories,
    layerData,
    eventGeometryTypes: eventGeometryTypes(mapEventData(events)),
    arcs: diplomacyArcs(events, places),
    initialTime: Date.parse('2016-04-05T12:00:00+04:00'),
    visibleLayers: new Set(['line-of-contact']),
    places: placeLabelData(places),
    theme: 'light',
    ...overrides,
  };
}

describe('buildMapStyle', () => {
  it('builds a style that the MapLibre style-spec validator accepts', () => {
    expect(validateStyleMin(buildMapStyle(input()))).toEqual([]);
  });

  it('is still valid with every dataset layer hidden', () => {
    expect(validateStyleMin(buildMapStyle(input({ visibleLayers: new Set() })))).toEqual([]);
  });

  it('catches a broken style (the validator is really checking)', () => {
    const style = buildMapStyle(input());
    const broken = {
      ...style,
      layers: [...style.layers, { id: 'x', type: 'line', source: 'nope' }],
    };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });

  it('points glyphs and every file source at the app’s own base path', () => {
    const style = buildMapStyle(input());
    expect(style.glyphs).toBe('http://127.0.0.1:4173/sub/path/glyphs/{fontstack}/{range}.pbf');
    const urls = Object.values(style.sources).flatMap((s) =>
      'data' in s && typeof s.data === 'string' ? [s.data] : [],
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('http://127.0.0.1:4173/sub/path/')).toBe(true);
  });

  it('hides a dataset layer with all its map layers when it is switched off', () => {
    const visibility = (visible: Set<string>) =>
      buildMapStyle(input({ visibleLayers: visible }))
        .layers.filter((l) => l.id.startsWith('line-of-contact'))
        .map((l) => (l.layout as { visibility?: string } | undefined)?.visibility);
    expect(visibility(new Set(['line-of-contact']))).toEqual(['visible', 'visible', 'visible']);
    expect(visibility(new Set(['positions-2016-04']))).toEqual(['none', 'none', 'none']);
    expect(visibility(new Set())).toEqual(['none', 'none', 'none']);
  });

  it('draws the Line of Contact above the basemap and below the place labels', () => {
    const ids = buildMapStyle(input()).layers.map((l) => l.id);
    expect(ids.indexOf('line-of-contact')).toBeGreaterThan(ids.indexOf('boundaries'));
    expect(ids.indexOf('line-of-contact')).toBeLessThan(ids.indexOf('place-labels'));
  });

  it('lists the events source without its features, so that style diffs do not walk them', () => {
    const { sources, layers } = buildMapStyle(input());
    expect(sources.events).toEqual({
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    expect(layers.filter((l) => 'source' in l && l.source === 'events').length).toBeGreaterThan(2);
  });

  it('uses only font stacks that exist as glyph folders', () => {
    const fonts = new Set<string>();
    JSON.stringify(buildMapStyle(input()), (key, value: unknown) => {
      if (key === 'text-font' && Array.isArray(value)) {
        for (const f of value.flat(2)) if (typeof f === 'string' && f !== 'literal') fonts.add(f);
      }
      return value;
    });
    expect([...fonts].sort()).toEqual(['Noto Sans Bold', 'Noto Sans Regular']);
  });
});

describe('labelGlyphRanges', () => {
  const namesIn = (file: string) =>
    (
      JSON.parse(readFileSync(join(publicDir, 'basemap', file), 'utf8')) as {
        features: { properties: { name: string } }[];
      }
    ).features.map((f) => f.properties.name);

  it('lists for the basemap what its town and country labels need', () => {
    // Country labels are drawn in capitals ('upcase').
    const texts = [
      ...namesIn('towns.geojson'),
      ...namesIn('country-labels.geojson').map((n) => n.toUpperCase()),
    ];
    expect(BASEMAP_LABEL_GLYPHS).toEqual({ 'Noto Sans Regular': glyphRanges(texts) });
  });

  it('adds the files of the places’ and the layers’ labels, in the fonts that draw them', () => {
    expect(labelGlyphRanges(input())).toEqual({
      // Bold: names in English, and the en dash in "Line of Contact (1994–2020)".
      'Noto Sans Bold': ['0-255', '8192-8447'],
      // Regular: the basemap, and the local names: ə (U+0259) in Azerbaijani, Cyrillic for
      // Moscow and St Petersburg, Armenian.
      'Noto Sans Regular': ['0-255', '256-511', '512-767', '1024-1279', '1280-1535'],
    });
  });

  it('follows the interface language of the place names', () => {
    const ranges = labelGlyphRanges(input({ places: placeLabelData(places, 'ru') }));
    // Cyrillic (U+0400–04FF) names, in bold.
    expect(ranges['Noto Sans Bold']).toContain('1024-1279');
  });
});

describe('buildBasemapStyle', () => {
  const base = { assetBase: input().assetBase };

  it('is valid, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(validateStyleMin(buildBasemapStyle({ ...base, theme }))).toEqual([]);
    }
  });

  it('becomes the whole style by adding to it, so the map is not made again', () => {
    for (const theme of ['light', 'dark'] as const) {
      const operations = diff(
        buildBasemapStyle({ ...base, theme }),
        buildMapStyle(input({ theme })),
      );
      const commands = new Set(operations.map((op) => op.command));
      expect(commands).toEqual(new Set(['addSource', 'addLayer', 'setGlobalState']));
      // Nothing of the basemap is removed or moved: the new layers all go on top of it.
      const added = operations.filter((op) => op.command === 'addLayer');
      const addedIds = new Set(added.map((op) => (op.args[0] as LayerSpecification).id));
      const befores = added.map((op) => op.args[1] as string | undefined).filter(Boolean);
      expect(befores.filter((id) => !addedIds.has(id as string))).toEqual([]);
    }
  });
});

describe('placeLabelData', () => {
  it('labels each landmark in English with its local-script names as a second line', () => {
    const byId = new Map(placeLabelData(places).features.map((f) => [f.id, f.properties]));
    expect(byId.get('yerevan')).toMatchObject({ name: 'Yerevan', local: 'Երևան', kind: 'capital' });
    expect(byId.get('baku')).toMatchObject({ name: 'Baku', local: 'Bakı' });
    expect(byId.get('stepanakert')?.local).toBe('Ստեփանակերտ · Xankəndi');
    expect(byId.get('moscow')?.local).toBe('Москва');
    expect(byId.get('vienna')).toMatchObject({ name: 'Vienna', local: '', kind: 'venue' });
  });

  it('puts the interface language first where the gazetteer has it, and keeps the other names', () => {
    const label = (locale: 'ru' | 'hy' | 'az', id: string) =>
      placeLabelData(places, locale).features.find((f) => f.id === id)?.properties;
    expect(label('hy', 'stepanakert')).toMatchObject({ name: 'Ստեփանակերտ', local: 'Xankəndi' });
    expect(label('az', 'stepanakert')).toMatchObject({ name: 'Xankəndi', local: 'Ստեփանակերտ' });
    expect(label('ru', 'baku')).toMatchObject({ name: 'Баку', local: 'Bakı' });
    expect(label('hy', 'yerevan')).toMatchObject({ name: 'Երևան', local: '' });
  });

  it('leaves out places that are not landmarks', () => {
    const [first] = places;
    if (!first) throw new Error('the gazetteer is empty');
    const village = {
      ...first,
      id: 'some-village',
      properties: { ...first.properties, landmark: false },
    };
    const ids = placeLabelData([...places, village]).features.map((f) => f.id);
    expect(ids).not.toContain('some-village');
  });
});

describe('buildMapStyle in the dark theme', () => {
  const light = buildMapStyle(input());
  const dark = buildMapStyle(input({ theme: 'dark' }));
  const byId = (style: typeof dark) =>
    new Map(style.layers.map((l) => [l.id, l as LayerSpecification & { paint?: object }]));
  const paint = (style: typeof dark, id: string, name: string): unknown =>
    (byId(style).get(id)?.paint as Record<string, unknown> | undefined)?.[name];
  /** The category colours of the event points' 'match' expression. */
  const eventColors = (style: typeof dark) => {
    const match = paint(style, 'event-points-recent', 'circle-color') as unknown[];
    return match.slice(2).filter((v, i) => i % 2 === 1 && typeof v === 'string') as string[];
  };

  it('is valid, in both themes and with every layer hidden', () => {
    expect(validateStyleMin(dark)).toEqual([]);
    expect(
      validateStyleMin(buildMapStyle(input({ theme: 'dark', visibleLayers: new Set() }))),
    ).toEqual([]);
  });

  it('has a dark background and dark land, where the light one is light', () => {
    const darkWater = paint(dark, 'background', 'background-color') as string;
    const lightWater = paint(light, 'background', 'background-color') as string;
    expect(luminance(darkWater)).toBeLessThan(0.05);
    expect(luminance(lightWater)).toBeGreaterThan(0.6);
    expect(luminance(paint(dark, 'countries-region-fill', 'fill-color') as string)).toBeLessThan(
      0.05,
    );
  });

  it('differs from the light style only in paint properties (so setStyle can diff it)', () => {
    const operations = diff(light, dark).map((op) => op.command);
    expect(operations.length).toBeGreaterThan(10);
    expect(new Set(operations)).toEqual(new Set(['setPaintProperty']));
  });

  it('keeps every event colour and the Line of Contact at 3:1 or more against the land', () => {
    const land = MAP_PALETTES.dark.land;
    const colors = eventColors(dark);
    expect(colors).toHaveLength(manifest.categories.length);
    for (const c of colors) expect(contrastRatio(c, land)).toBeGreaterThanOrEqual(3);
    const line = paint(dark, 'line-of-contact', 'line-color') as string;
    expect(contrastRatio(line, land)).toBeGreaterThanOrEqual(3);
    // The light theme keeps the dataset's own colours.
    expect(eventColors(light)).toEqual(manifest.categories.map((c) => c.color));
  });

  it('draws every label at 4.5:1 or more against its halo, in both themes', () => {
    for (const style of [light, dark]) {
      for (const layer of style.layers) {
        if (layer.type !== 'symbol') continue;
        const halo = paint(style, layer.id, 'text-halo-color') as string;
        const text = paint(style, layer.id, 'text-color');
        // 'case' expressions: every colour they can give.
        const colors = (Array.isArray(text) ? text : [text]).filter(
          (v): v is string => typeof v === 'string' && v.startsWith('#'),
        );
        expect(colors.length, layer.id).toBeGreaterThan(0);
        for (const c of colors) {
          expect(contrastRatio(c, halo), `${layer.id} ${c} on ${halo}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
