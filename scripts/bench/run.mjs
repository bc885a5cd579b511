#!/usr/bin/env node
// npm run bench: builds the app and a bare React + MapLibre page, generates synthetic datasets
// (1k, 10k, 100k events) in the real format, and measures both pages in the same headless
// Chromium run. Writes bench/results.json and BENCHMARKS.md. Not part of npm test: it takes
// several minutes, almost all of it software WebGL rendering.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';
import { generateDataset } from './generate-dataset.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const STEPS = Number(process.env.BENCH_STEPS ?? 100);
// A single cold load varies by a fifth from one run to the next here: report the median of these
// (seven: with five, the ratio at 100k moved between x1.18 and x1.3 from one run to the next).
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 7);
const PORT = 4390;
// Before each step whose thread time is traced: the frame presented, then this long quiet.
const QUIET_MS = 200;

const notesFile = join(root, 'bench/notes.md');
const NOTES = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : '(none)';

// `npm run bench -- --report-only` rewrites BENCHMARKS.md from bench/results.json (after editing
// bench/notes.md) without measuring again.
if (process.argv.includes('--report-only')) {
  const saved = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  writeFileSync(join(root, 'BENCHMARKS.md'), report(saved));
  process.exit(0);
}

function run(cmd, args, env = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

console.log('Building the app and the bare baseline page…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '-c', 'bench/vite.bare.config.ts', '--logLevel', 'warn']);

console.log('Generating synthetic datasets…');
for (const n of SIZES)
  generateDataset(join(root, 'public/data'), join(root, 'bench/.data', String(n)), n);

// A plain static server (no compression: transfer sizes are computed as gzip separately).
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.pbf': 'application/x-protobuf',
};
function fileFor(pathname) {
  const path = decodeURIComponent(pathname);
  const [base, rest] = path.startsWith('/bare/')
    ? ['dist-bench-bare', path.slice(6)]
    : path.startsWith('/bench-data/')
      ? ['bench/.data', path.slice(12)]
      : ['dist', path.slice(1)];
  let file = normalize(join(root, base, rest));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file;
}
const server = createServer((req, res) => {
  const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(PORT, '127.0.0.1', r));
const origin = `http://127.0.0.1:${PORT}`;

const gzipCache = new Map();
function gzipBytes(url) {
  const file = fileFor(new URL(url).pathname);
  if (!gzipCache.has(file))
    gzipCache.set(file, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
  return gzipCache.get(file);
}

const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = (values) => ({
  median: round(pct(values, 50)),
  p95: round(pct(values, 95)),
  n: values.length,
});
const round = (x) => (x === null ? null : Math.round(x * 100) / 100);

/** Opens a page in a fresh context and waits for its map's first idle. */
async function open(kind, dataPath) {
  // No service worker: its precaching would compete with the first load being measured.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // Every request with its time, workers' included (MapLibre fetches the basemap in its worker,
  // which the page's own resource timing does not see).
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  page.on('pageerror', (e) => console.error(`[${kind}] page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall/.test(m.text())) console.error(`[${kind}] ${m.text()}`);
  });
  const url =
    kind === 'app'
      ? `${origin}/${dataPath ? `?data=${dataPath}dataset.json` : ''}`
      : `${origin}/bare/?${new URLSearchParams({
          ...(dataPath ? { data: dataPath } : {}),
          ...(kind === 'bareDots' ? { symbols: 'dots' } : {}),
        })}`;
  const navigatedAt = Date.now();
  await page.goto(url);
  // Both pages note the moment their map is first idle: the app in its perf probe, the bare page
  // in window.__firstIdle.
  const firstIdleOf = () => window.__lineOfContactPerf?.firstIdleAt || window.__firstIdle;
  // A dataset the app refuses shows an alert instead of a map: report it instead of timing out.
  const settled = await page.waitForFunction(
    () =>
      window.__lineOfContactPerf?.firstIdleAt ||
      window.__firstIdle ||
      document.querySelector('.status[role="alert"], .region-error')?.textContent,
    undefined,
    { timeout: Number(process.env.BENCH_LOAD_TIMEOUT ?? 240_000) },
  );
  const outcome = await settled.jsonValue();
  if (typeof outcome === 'string') throw new Error(`${kind} at ${url} failed to load: ${outcome}`);
  const firstIdle = await page.evaluate(firstIdleOf);
  const firstPaint = await page.evaluate(
    () => window.__lineOfContactPerf?.firstPaintAt || window.__firstPaint,
  );
  return {
    context,
    page,
    firstIdle,
    bytes: bytesOf(requests, navigatedAt + firstIdle),
    bytesBeforePaint: bytesOf(requests, navigatedAt + firstPaint),
  };
}

/** Gzip bytes of this origin's files requested until `until` (Date.now() time), by kind. */
function bytesOf(requests, until = Infinity) {
  const resources = [
    ...new Set(
      requests
        .filter((r) => r.at <= until && r.url.startsWith(origin))
        .map((r) => r.url.split('?')[0]),
    ),
  ];
  const bytes = { js: 0, css: 0, data: 0, jsFiles: {} };
  for (const u of resources) {
    const ext = extname(new URL(u).pathname);
    const size = gzipBytes(u);
    if (ext === '.js' || ext === '.mjs') {
      bytes.js += size;
      bytes.jsFiles[new URL(u).pathname] = size;
    } else if (ext === '.css') bytes.css += size;
    else if (ext !== '.html' && ext !== '') bytes.data += size;
  }
  return bytes;
}

/**
 * The JS the first map paint needs, shown by holding back every other script until the map has
 * painted: only the page's entry (its HTML's scripts and module preloads) and MapLibre (its main
 * module and its worker) may load; anything else the page asks for waits. If the map paints,
 * what loaded is all it needed. The held-back files are listed.
 */
async function firstPaintNeeds(kind) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const base = kind === 'app' ? '/' : '/bare/';
  const html = readFileSync(fileFor(base), 'utf8');
  const entry = new Set(
    [...html.matchAll(/(?:src|href)="([^"]+\.m?js)"/g)].map(
      (m) => new URL(m[1], origin + base).pathname,
    ),
  );
  const requested = [];
  const held = [];
  let painted = false;
  page.on('request', (r) => !painted && requested.push({ url: r.url(), at: 0 }));
  await context.route(/\.m?js(\?|$)/, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (painted || entry.has(path) || basename(path).startsWith('maplibre'))
      return route.continue();
    held.push(route);
  });
  await page.goto(kind === 'app' ? `${origin}/` : `${origin}/bare/`);
  await page.waitForFunction(
    () => window.__lineOfContactPerf?.firstPaintAt || window.__firstPaint,
    undefined,
    { timeout: 120_000 },
  );
  painted = true;
  const heldBack = Object.fromEntries(
    held.map((r) => {
      const url = r.request().url();
      return [new URL(url).pathname, gzipBytes(url)];
    }),
  );
  await Promise.all(held.map((r) => r.continue()));
  const loaded = requested.filter((r) => !(new URL(r.url).pathname in heldBack));
  const bytes = bytesOf(loaded);
  await context.close();
  return { js: bytes.js, jsFiles: bytes.jsFiles, heldBack };
}

async function heap(page) {
  return page.evaluate(() => {
    window.gc?.();
    return performance.memory?.usedJSHeapSize ?? null;
  });
}

/**
 * Steps the time through `times`, waiting for the map to go idle after each. With `quietMs`,
 * each step waits for the frame to be presented and that long again, runs in a task of its own,
 * and is marked with a performance measure (`bench-step-<i>`) for a trace to find.
 */
async function scrub(page, kind, times, { quietMs = 0 } = {}) {
  return page.evaluate(
    async ({ kind, times, quietMs }) => {
      const map = kind === 'app' ? window.__lineOfContactMap : window.__bareMap;
      const idle = () =>
        new Promise((resolve) => {
          map.once('idle', resolve);
          map.triggerRepaint();
        });
      const out = { mainThread: [], stepToIdle: [], timelineDraw: [] };
      // Our main-thread time for a step runs until the call that set the time and the
      // microtasks it queued (React's re-render of whatever reads the time) are done. A task
      // boundary would be too far: the map's next frame may run before it.
      const microtasksDone = async () => {
        for (let i = 0; i < 3; i++) await Promise.resolve();
      };
      for (const [i, t] of times.entries()) {
        if (quietMs) {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          await new Promise((r) => setTimeout(r, quietMs));
        }
        const t0 = performance.now();
        if (kind === 'app') {
          window.__lineOfContactSetTime(t);
          await microtasksDone();
          const settledAt = performance.now();
          await new Promise((resolve) => {
            const check = () => {
              const p = window.__lineOfContactPerf;
              if (p && p.mapUpdatedAt >= t0 && p.timelineDrawnAt >= t0) resolve();
              else setTimeout(check, 0);
            };
            check();
          });
          const p = window.__lineOfContactPerf;
          out.mainThread.push(Math.max(settledAt, p.mapUpdatedAt, p.timelineDrawnAt) - t0);
          out.timelineDraw.push(p.timelineDrawMs);
        } else {
          map.setGlobalStateProperty('time', t);
          await microtasksDone();
          out.mainThread.push(performance.now() - t0);
        }
        if (quietMs)
          performance.measure(`bench-step-${i}`, { start: t0, end: t0 + out.mainThread[i] });
        await idle();
        out.stepToIdle.push(performance.now() - t0);
      }
      return out;
    },
    { kind, times, quietMs },
  );
}

// The main thread's own CPU time per step, from a trace: the wall clock above also counts the
// time the thread waits for a core, and on these 2-core machines the software GPU's threads are
// still rasterising the last frame when 'idle' fires. Each step here runs in a task of its own
// once the frame is presented and a quiet moment has passed (for both pages alike), and its time
// is the thread time Chromium records for the tasks in the step's window.
async function scrubThreadTime(page, kind, times) {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await scrub(page, kind, times, { quietMs: QUIET_MS });
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const windows = new Map();
  let thread = '';
  for (const e of traceEvents) {
    if (!e.name?.startsWith('bench-step-') || (e.ph !== 'b' && e.ph !== 'e')) continue;
    const w = windows.get(e.name) ?? {};
    if (e.ph === 'b') w.start = e.ts;
    else w.end = e.ts;
    windows.set(e.name, w);
    thread = `${e.pid}:${e.tid}`;
  }
  const tasks = traceEvents.filter(
    (e) =>
      e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && `${e.pid}:${e.tid}` === thread,
  );
  const cpuMs = [];
  for (const { start, end } of windows.values()) {
    if (start === undefined || end === undefined) continue;
    let cpu = 0;
    for (const task of tasks) {
      if (task.ts < end && task.ts + task.dur > start) cpu += (task.tdur ?? task.dur) / 1000;
    }
    cpuMs.push(cpu);
  }
  return cpuMs;
}

const manifest = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
const detail = [Date.parse(manifest.detail.start), Date.parse(manifest.detail.end)];
const times = Array.from(
  { length: STEPS },
  (_, i) => detail[0] + ((i + 1) * (detail[1] - detail[0])) / (STEPS + 1),
);

const results = {
  date: new Date().toISOString(),
  steps: STEPS,
  quietMs: QUIET_MS,
  coldLoads: COLD_LOADS,
  runs: [],
};
for (const n of [0, ...SIZES]) {
  const label = n === 0 ? 'default dataset (62 events)' : `${n.toLocaleString('en')} events`;
  const dataPath = n === 0 ? '' : `/bench-data/${n}/`;
  const run = { label, events: n || 62 };
  // At the largest size the bare page also runs with plain dots, for comparison.
  const kinds = n === SIZES.at(-1) ? ['app', 'bare', 'bareDots'] : ['app', 'bare'];
  // Cold loads alternate between the pages (app, bare, app, bare…): the machine's speed drifts
  // over minutes, and loading one page several times and then the other would measure the drift.
  const coldLoads = Object.fromEntries(kinds.map((kind) => [kind, []]));
  const firstLoad = {};
  for (let i = 0; i < COLD_LOADS; i++) {
    for (const kind of kinds) {
      console.log(`${label}: ${kind}, cold load ${i + 1} of ${COLD_LOADS}…`);
      const opened = await open(kind, dataPath);
      coldLoads[kind].push(opened.firstIdle);
      firstLoad[kind] ??= opened;
      await opened.context.close();
    }
  }
  for (const kind of kinds) {
    console.log(`${label}: ${kind}, measuring…`);
    const { bytes, bytesBeforePaint } = firstLoad[kind];
    const { context, page } = await open(kind, dataPath);
    const measured = {
      coldLoadToIdleMs: round(pct(coldLoads[kind], 50)),
      coldLoadsMs: coldLoads[kind].map(round),
      beforeIdleBytesGzip: bytes,
      ...(n === 0
        ? {
            requestedBeforePaintBytesGzip: bytesBeforePaint,
            firstPaintNeedsGzip: await firstPaintNeeds(kind),
          }
        : {}),
      heapBytes: await heap(page),
    };
    if (n > 0) {
      const s = await scrub(page, kind, times);
      measured.mainThreadPerStepMs = stats(s.mainThread);
      measured.stepToIdleMs = stats(s.stepToIdle);
      if (kind === 'app') measured.timelineRedrawMs = stats(s.timelineDraw);
      if (kind !== 'bareDots') {
        console.log(`${label}: ${kind}, thread time per step (traced)…`);
        measured.mainThreadCpuPerStepMs = stats(await scrubThreadTime(page, kind, times));
      }
    }
    run[kind] = measured;
    await context.close();
  }
  run.ratios = {
    coldLoad: round(run.app.coldLoadToIdleMs / run.bare.coldLoadToIdleMs),
    ...(n > 0
      ? { stepToIdleMedian: round(run.app.stepToIdleMs.median / run.bare.stepToIdleMs.median) }
      : {}),
    beforeIdleJs: round(run.app.beforeIdleBytesGzip.js / run.bare.beforeIdleBytesGzip.js),
    ...(n === 0
      ? { firstPaintJs: round(run.app.firstPaintNeedsGzip.js / run.bare.firstPaintNeedsGzip.js) }
      : {}),
    ...(run.bareDots
      ? {
          coldLoadVsDots: round(run.app.coldLoadToIdleMs / run.bareDots.coldLoadToIdleMs),
          stepToIdleMedianVsDots: round(
            run.app.stepToIdleMs.median / run.bareDots.stepToIdleMs.median,
          ),
        }
      : {}),
  };
  results.runs.push(run);
  console.log(JSON.stringify(run));
}
await browser.close();
server.close();

results.machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: browser.version(),
  maplibre: JSON.parse(readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8'))
    .version,
  react: JSON.parse(readFileSync(join(root, 'node_modules/react/package.json'), 'utf8')).version,
};
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(root, 'BENCHMARKS.md'), report(results));
console.log('Wrote bench/results.json and BENCHMARKS.md');

function report(r) {
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  const shortName = (f) => f.replace(/-[\w-]{8}(\.m?js)$/, '$1');
  const fileRows = (files) =>
    Object.entries(files)
      .sort((x, y) => y[1] - x[1])
      .map(([f, b]) => `| \`${shortName(f)}\` | ${kb(b)} |`)
      .join('\n');
  const big = r.runs.at(-1);
  const rows = r.runs
    .map((x) => {
      const a = x.app;
      const b = x.bare;
      return `| ${x.label} | ${a.coldLoadToIdleMs} / ${b.coldLoadToIdleMs} (×${x.ratios.coldLoad}) | ${a.mainThreadCpuPerStepMs ? `${a.mainThreadCpuPerStepMs.median} / ${a.mainThreadCpuPerStepMs.p95} (bare ${b.mainThreadCpuPerStepMs.median} / ${b.mainThreadCpuPerStepMs.p95})` : '–'} | ${a.mainThreadPerStepMs ? `${a.mainThreadPerStepMs.median} / ${a.mainThreadPerStepMs.p95} (bare ${b.mainThreadPerStepMs.median} / ${b.mainThreadPerStepMs.p95})` : '–'} | ${a.stepToIdleMs ? `${a.stepToIdleMs.median} / ${b.stepToIdleMs.median} (×${x.ratios.stepToIdleMedian})` : '–'} | ${a.timelineRedrawMs ? `${a.timelineRedrawMs.median} / ${a.timelineRedrawMs.p95}` : '–'} | ${a.heapBytes ? `${(a.heapBytes / 2 ** 20).toFixed(0)} / ${(b.heapBytes / 2 ** 20).toFixed(0)} MB` : '–'} |`;
    })
    .join('\n');
  const bytes = r.runs[0];
  const target = (ok) => (ok ? 'met' : '**missed**');
  return `# Benchmarks

Made by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node},
Chromium ${r.machine.chromium} (headless, WebGL through SwiftShader: software rendering),
MapLibre GL ${r.machine.maplibre}, React ${r.machine.react}. Raw numbers: \`bench/results.json\`.

The app is compared with a bare React + MapLibre page (\`bench/bare/\`) built the same way, with
the same basemap and the same points drawn the same way (category colour, size by zoom,
outline), doing the same work (a time filter through MapLibre's global state), in the same run. Each page is opened in a fresh browser context; cold loads are the median of ${r.coldLoads ?? 1}, taken in turns with the bare page. Scrubbing is
${r.steps} steps through the detail window (1–6 April 2016). Times in ms; "median / p95".

Our main thread's time per step runs from setting the time until the map and the timeline
have their updates and React has re-rendered. It is measured twice. The **wall clock**, with each
step right after the map went idle, counts the time the thread waits for a core as well as the
time it works, and here the software GPU's threads are still busy with the last frame then. The
**thread time** is the CPU time Chromium's trace records for the main thread in the step, each
step in a task of its own after the frame was presented and ${r.quietMs ?? QUIET_MS} ms had passed. The target is
judged on the thread time, as the time the main thread spends on the step.

| dataset | cold load → map idle, app / bare | our main thread's time per step: thread time (the bare page's) | the same, wall clock | step → idle, app / bare (median) | timeline redraw | JS heap after load, app / bare |
| --- | --- | --- | --- | --- | --- | --- |
${rows}

JS the first map paint needs (gzip), default dataset: app ${kb(bytes.app.firstPaintNeedsGzip.js)}, bare page
${kb(bytes.bare.firstPaintNeedsGzip.js)}: ×${bytes.ratios.firstPaintJs}. Shown by holding back every script but the page's
entry and MapLibre's until the map had painted (the basemap, for the app: it paints before its
dataset is in; the bare page paints with its points).

| app JS the first paint needed | gzip |
| --- | --- |
${fileRows(bytes.app.firstPaintNeedsGzip.jsFiles)}

Held back until the map had painted, and loaded then: ${Object.entries(
    bytes.app.firstPaintNeedsGzip.heldBack,
  )
    .sort((x, y) => y[1] - x[1])
    .map(([f, b]) => `\`${shortName(f)}\` ${kb(b)}`)
    .join(', ')}.

Without holding anything back, the app requests ${kb(bytes.app.requestedBeforePaintBytesGzip.js)} of JS before its map's first
paint (what downloads alongside the basemap: the validator and the story's parts start with the
data), and ${kb(bytes.app.beforeIdleBytesGzip.js)} before its map is first idle with the dataset (bare page:
${kb(bytes.bare.beforeIdleBytesGzip.js)}, ×${bytes.ratios.beforeIdleJs}). CSS before idle: app ${kb(bytes.app.beforeIdleBytesGzip.css)}, bare
${kb(bytes.bare.beforeIdleBytesGzip.css)}; data: app ${kb(bytes.app.beforeIdleBytesGzip.data)}, bare ${kb(bytes.bare.beforeIdleBytesGzip.data)}.

## Against the targets (largest dataset: ${big.label})

| target | measured | |
| --- | --- | --- |
| our main-thread time per scrub step ≤ 4 ms p95 | thread time ${big.app.mainThreadCpuPerStepMs?.p95} ms (bare page ${big.bare.mainThreadCpuPerStepMs?.p95}); wall clock ${big.app.mainThreadPerStepMs?.p95} ms (bare page ${big.bare.mainThreadPerStepMs?.p95}) | ${target(big.app.mainThreadCpuPerStepMs?.p95 <= 4)} (thread time) |
| step → idle ≤ 1.1 × bare | ×${big.ratios.stepToIdleMedian} | ${target(big.ratios.stepToIdleMedian <= 1.1)} |
| timeline redraw ≤ 8 ms p95 | ${big.app.timelineRedrawMs?.p95} ms | ${target(big.app.timelineRedrawMs?.p95 <= 8)} |
| cold load ≤ 1.25 × bare | ×${big.ratios.coldLoad} | ${target(big.ratios.coldLoad <= 1.25)} |
| cold load ≤ 1.25 × bare, default dataset | ×${bytes.ratios.coldLoad} | ${target(bytes.ratios.coldLoad <= 1.25)} |
| JS the first paint needs ≤ 1.1 × the bare floor | ×${bytes.ratios.firstPaintJs} | ${target(bytes.ratios.firstPaintJs <= 1.1)} |

${
  big.bareDots
    ? `For comparison, the bare page drawing plain 5-px dots without outline (less to rasterise) at
${big.label}: cold load ${big.bareDots.coldLoadToIdleMs} ms (app ×${big.ratios.coldLoadVsDots}), step → idle
median ${big.bareDots.stepToIdleMs.median} ms (app ×${big.ratios.stepToIdleMedianVsDots}).

`
    : ''
}See "Notes" below for what the numbers mean and what would close the gaps.

## Notes

${NOTES}
`;
}
