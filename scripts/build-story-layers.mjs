#!/usr/bin/env node
// Builds the time-linked story layers (public/data/layers/positions-2016-04.geojson and
// axes-2016-04.geojson) from the hand-written spec data/story-layers.json, the gazetteer
// (public/data/places.geojson) and the Line of Contact layer. No coordinate is typed by hand:
// areas are circles around gazetteer places, axes are parts of the Natural Earth line.
//   node scripts/build-story-layers.mjs [--check]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

const spec = readJson('data/story-layers.json');
const places = new Map(readJson('public/data/places.geojson').features.map((f) => [f.id, f]));
const line = readJson('public/data/layers/line-of-contact.geojson').features[0].geometry
  .coordinates;

const round = (x) => Math.round(x * 1e5) / 1e5;

function circle([lon, lat], radiusKm, steps = 32) {
  const dLat = radiusKm / 110.574;
  const dLon = radiusKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  const ring = [];
  for (let i = 0; i < steps; i++) {
    const a = (2 * Math.PI * i) / steps;
    ring.push([round(lon + dLon * Math.cos(a)), round(lat + dLat * Math.sin(a))]);
  }
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

function lineOfContactPart([w, s, e, n]) {
  const part = line.filter(([x, y]) => x >= w && x <= e && y >= s && y <= n);
  if (part.length < 2) throw new Error(`no Line of Contact vertices inside ${[w, s, e, n]}`);
  return { type: 'LineString', coordinates: part };
}

let stale = 0;
for (const [layerId, items] of Object.entries(spec.layers)) {
  const features = items.map(({ around, radiusKm, lineOfContactPart: box, id, ...properties }) => {
    let geometry;
    if (around) {
      const place = places.get(around);
      if (!place) throw new Error(`${id}: no place "${around}" in the gazetteer`);
      geometry = circle(place.geometry.coordinates, radiusKm);
      properties.place = around;
    } else {
      geometry = lineOfContactPart(box);
    }
    return { type: 'Feature', id, properties, geometry };
  });
  const text = JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n';
  const path = join(root, `public/data/layers/${layerId}.geojson`);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`out of date: public/data/layers/${layerId}.geojson`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`public/data/layers/${layerId}.geojson  ${features.length} features`);
  }
}
if (stale) process.exit(1);
