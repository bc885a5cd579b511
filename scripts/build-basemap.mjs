#!/usr/bin/env node
// Rebuilds every derived basemap file in public/basemap/ and the Line of Contact layer in
// public/data/layers/ from the Natural Earth sources kept in data/natural-earth/ (see
// data/SOURCES.md). Deterministic: the same sources give byte-identical output.
//
//   npm run build-data            rebuild
//   npm run build-data -- --check exit 1 if a committed derived file is out of date
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'data/natural-earth');
const check = process.argv.includes('--check');

const ATTRIBUTION =
  'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.';

function read(name) {
  return JSON.parse(readFileSync(join(sourceDir, name), 'utf8'));
}

function roundCoords(coords, decimals) {
  if (typeof coords[0] === 'number') {
    const f = 10 ** decimals;
    return coords.map((c) => Math.round(c * f) / f);
  }
  return coords.map((c) => roundCoords(c, decimals));
}

function pick(props, keys) {
  const out = {};
  for (const k of keys) if (props[k] !== undefined && props[k] !== null) out[k] = props[k];
  return out;
}

function collection(features, source, { decimals, keys, filter = () => true, map = (p) => p }) {
  return {
    type: 'FeatureCollection',
    metadata: { source, licence: 'Public domain (Natural Earth)', attribution: ATTRIBUTION },
    features: features.filter(filter).map((f) => ({
      type: 'Feature',
      properties: map(pick(f.properties, keys), f.properties),
      geometry: {
        type: f.geometry.type,
        coordinates: roundCoords(f.geometry.coordinates, decimals),
      },
    })),
  };
}

const outputs = {};

outputs['public/basemap/countries-world.geojson'] = collection(
  read('ne_110m_admin_0_countries_world.geojson').features,
  'Natural Earth 4.1.0 admin-0 countries 1:110m (npm world-atlas@2.0.2)',
  { decimals: 3, keys: ['name', 'iso_a3'] },
);

outputs['public/basemap/countries-region.geojson'] = collection(
  read('ne_10m_admin_0_countries_europe_region.geojson').features,
  'Natural Earth 4.1.0 admin-0 countries 1:10m (npm world-atlas@2.0.2), clipped to [-25,25,70,72]',
  { decimals: 4, keys: ['name', 'iso_a3'] },
);

outputs['public/basemap/boundaries.geojson'] = collection(
  read('ne_10m_admin_0_boundary_lines_land_europe_region.geojson').features,
  'Natural Earth 4.0.0 admin-0 land boundary lines 1:10m, clipped to [-25,25,70,72]',
  { decimals: 4, keys: ['featurecla', 'adm0_left', 'adm0_right', 'scalerank'] },
);

// Only the breakaway and disputed areas; the Nagorno-Karabakh one (B38) is the 1994–2020
// de facto Armenian-held area, styled apart from the others.
outputs['public/basemap/disputed-areas.geojson'] = collection(
  read('ne_10m_admin_0_disputed_areas_europe_region.geojson').features,
  'Natural Earth 4.0.0 admin-0 breakaway and disputed areas 1:10m',
  {
    decimals: 5,
    keys: ['brk_a3', 'brk_name', 'type', 'note_brk'],
    filter: (f) => ['Breakaway', 'Disputed'].includes(f.properties.type),
  },
);

// The region file holds the same river from two Natural Earth themes; keep one copy by name.
const rivers = read('ne_10m_rivers_region.geojson').features;
const centerlineNames = new Set(
  rivers
    .filter((f) => f.properties.source_theme === 'ne_10m_rivers_lake_centerlines')
    .map((f) => f.properties.name),
);
outputs['public/basemap/rivers.geojson'] = collection(
  rivers,
  'Natural Earth 4.0.0 rivers and lake centerlines 1:10m (+ Europe supplement), clipped to [35.5,35,51.5,45]',
  {
    decimals: 4,
    keys: ['name', 'scalerank'],
    filter: (f) =>
      f.properties.source_theme === 'ne_10m_rivers_lake_centerlines' ||
      !centerlineNames.has(f.properties.name),
  },
);

outputs['public/basemap/lakes.geojson'] = collection(
  read('ne_10m_lakes_region.geojson').features,
  'Natural Earth 4.0.0 lakes 1:10m (+ Europe supplement), clipped to [35.5,35,51.5,45]',
  { decimals: 4, keys: ['name', 'scalerank'] },
);

// Context labels for towns of the region. The capitals and the venues of the diplomacy come
// from the dataset's gazetteer instead, and Natural Earth's "Agdam" point is a village of that
// name in Tovuz district, not the town (see data/SOURCES.md), so it is left out.
const gazetteerNames = new Set(['Yerevan', 'Baku', 'Stepanakert']);
outputs['public/basemap/towns.geojson'] = collection(
  read('ne_10m_populated_places_region.geojson').features,
  'Natural Earth 4.0.0 populated places 1:10m, inside [35.5,35,51.5,45]',
  {
    decimals: 5,
    keys: ['name', 'name_ru', 'scalerank', 'featurecla'],
    filter: (f) =>
      !gazetteerNames.has(f.properties.name) &&
      !(f.properties.name === 'Agdam' && f.properties.featurecla === 'Historic place'),
  },
);

// Country name labels: one point per country, the centroid of its largest polygon (computed,
// not hand-placed), with the polygon's area to decide at which zoom the label appears.
function ringCentroid(ring) {
  let a = 0,
    x = 0,
    y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: Math.abs(a / 2), point: [x / (3 * a), y / (3 * a)] };
}
function insideRing([px, py], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const countryLabels = read('ne_10m_admin_0_countries_europe_region.geojson')
  .features.filter((f) => f.properties.iso_a3)
  .map((f) => {
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const [largest] = polygons
      .map((p) => ({ ring: p[0], ...ringCentroid(p[0]) }))
      .sort((a, b) => b.area - a.area);
    // A concave (or clipped) country can have its centroid outside itself: no label then.
    if (largest.area < 0.05 || !insideRing(largest.point, largest.ring)) return null;
    return {
      type: 'Feature',
      properties: { name: f.properties.name, area: Math.round(largest.area * 100) / 100 },
      geometry: { type: 'Point', coordinates: largest.point },
    };
  })
  .filter(Boolean);
outputs['public/basemap/country-labels.geojson'] = collection(
  countryLabels,
  'Computed from Natural Earth 4.1.0 admin-0 countries 1:10m: centroid of each country’s largest polygon',
  { decimals: 3, keys: ['name', 'area'] },
);

const loc = read('line-of-contact-1994.geojson').features[0];
outputs['public/data/layers/line-of-contact.geojson'] = {
  type: 'FeatureCollection',
  metadata: {
    source: loc.properties.source,
    licence: loc.properties.licence,
    attribution: ATTRIBUTION,
    accuracy: loc.properties.accuracy,
  },
  features: [
    {
      type: 'Feature',
      id: 'line-of-contact-1994',
      properties: {
        name: 'Line of Contact (1994–2020)',
        names: {
          en: 'Line of Contact',
          hy: loc.properties.name_hy,
          az: loc.properties.name_az,
          ru: 'Линия соприкосновения',
        },
        validFrom: '1994-05-12T00:00:00+04:00',
        validTo: '2020-11-10T01:00:00+04:00',
        description: loc.properties.description,
        sideRight: loc.properties.side_right,
        sideLeft: loc.properties.side_left,
        lengthKm: loc.properties.length_km,
        accuracy: loc.properties.accuracy,
        source: loc.properties.source,
      },
      geometry: loc.geometry,
    },
  ],
};

let stale = 0;
for (const [path, value] of Object.entries(outputs)) {
  const file = join(root, path);
  const text = JSON.stringify(value) + '\n';
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`out of date: ${path}`);
      stale++;
    }
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`${path}  ${value.features.length} features  ${(text.length / 1024).toFixed(0)} KiB`);
}
if (stale) process.exit(1);
