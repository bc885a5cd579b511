// Synthetic datasets in the real format for the benchmark: n events spread over the story's
// span (half of them in the four days of April, as a dense real dataset would be) and over the
// region around the Line of Contact. Seeded, so every run measures the same data.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CATEGORIES = ['hostility', 'ceasefire', 'diplomacy', 'statement', 'call', 'humanitarian'];

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n) => String(n).padStart(2, '0');
function isoLocal(ms) {
  const d = new Date(ms + 4 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+04:00`;
}

export function generateDataset(sourceDir, outDir, n, seed = 2016) {
  const rnd = random(seed + n);
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'dataset.json'), 'utf8'));
  // The guided stories point at the real events, which a synthetic dataset does not have.
  delete manifest.stories;
  const span = [Date.parse(manifest.span.start), Date.parse(manifest.span.end)];
  const detail = [Date.parse(manifest.detail.start), Date.parse(manifest.detail.end)];
  const features = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = rnd() < 0.5 ? detail : span;
    const ms = Math.floor((a + rnd() * (b - a)) / 60_000) * 60_000;
    const start = isoLocal(ms);
    const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
    features.push({
      type: 'Feature',
      id: `${start.slice(0, 10)}-synthetic-${i}`,
      geometry: {
        type: 'Point',
        coordinates: [
          Math.round((45.6 + rnd() * 2) * 1e4) / 1e4,
          Math.round((39.2 + rnd() * 1.3) * 1e4) / 1e4,
        ],
      },
      properties: {
        title: `Synthetic event ${i}`,
        start,
        timePrecision: 'minute',
        geoPrecision: 'exact',
        category,
        actors: ['Synthetic actor'],
        summary: 'Generated for the benchmark.',
        sources: [{ title: 'Benchmark', url: 'https://example.org/bench', publisher: 'Benchmark' }],
      },
    });
  }
  mkdirSync(join(outDir, 'layers'), { recursive: true });
  writeFileSync(
    join(outDir, 'events.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features }),
  );
  writeFileSync(
    join(outDir, 'dataset.json'),
    JSON.stringify({ ...manifest, title: `Benchmark: ${n} synthetic events` }),
  );
  copyFileSync(join(sourceDir, 'places.geojson'), join(outDir, 'places.geojson'));
  for (const layer of manifest.layers) {
    mkdirSync(dirname(join(outDir, layer.file)), { recursive: true });
    copyFileSync(join(sourceDir, layer.file), join(outDir, layer.file));
  }
  return features.length;
}
