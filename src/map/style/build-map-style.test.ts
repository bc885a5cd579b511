import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { manifestSchema, placesSchema } from '../../data/schema';
import { buildMapStyle, type MapStyleInput } from './build-map-style';
import { placeLabelData } from './place-layers';
import { eventsSchema, layerFileSchema } from '../../data/schema';
import { indexEvents } from '../../events/event-index';
import { diplomacyArcs, mapEventData, timedLayerData } from '../map-data';

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
    events: mapEventData(events),
    arcs: diplomacyArcs(events, places),
    initialTime: Date.parse('2016-04-05T12:00:00+04:00'),
    visibleLayers: new Set(['line-of-contact']),
    places: placeLabelData(places),
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
