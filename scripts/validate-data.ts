// npm run validate-data [path]
// Validates a dataset (a dataset.json manifest, or the folder that holds one; default:
// public/data) with the app's own schema and rules. Prints every problem with its file,
// feature id (or index) and field path; exits 1 if there is any.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { validateDataset } from '../src/data/validate-dataset';

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { __invalidJson: error instanceof Error ? error.message : String(error) };
  }
}

const arg = resolve(process.argv[2] ?? 'public/data');
const manifestPath =
  existsSync(arg) && statSync(arg).isDirectory() ? join(arg, 'dataset.json') : arg;
const folder = dirname(manifestPath);
const shown = relative(process.cwd(), manifestPath) || manifestPath;

const problems: string[] = [];
const manifest = readJson(manifestPath);
if (manifest === undefined) problems.push(`${shown}: file not found`);

const files = (manifest as { files?: { events?: unknown; places?: unknown } } | undefined)?.files;
const layerList = (manifest as { layers?: unknown } | undefined)?.layers;
const load = (file: unknown, label: string): unknown => {
  if (typeof file !== 'string') return undefined;
  const value = readJson(join(folder, file));
  if (value === undefined) problems.push(`${file}: file not found (${label})`);
  else if (typeof value === 'object' && value !== null && '__invalidJson' in value) {
    problems.push(`${file}: not valid JSON: ${String(value.__invalidJson)}`);
  }
  return value;
};
const layers: Record<string, unknown> = {};
if (Array.isArray(layerList)) {
  for (const layer of layerList as { id?: unknown; file?: unknown }[]) {
    if (typeof layer.id === 'string') layers[layer.id] = load(layer.file, `layer ${layer.id}`);
  }
}
const result = validateDataset({
  manifest,
  events: load(files?.events, 'events'),
  places: load(files?.places, 'places'),
  layers,
});
problems.push(...result.problems);

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shown}`);
  process.exit(1);
} else if (result.ok) {
  const { events, places, layerFeatures } = result.dataset;
  const layerCount = Object.values(layerFeatures).reduce((n, f) => n + f.length, 0);
  console.log(
    `✓ ${shown}: ${events.length} events, ${places.length} places, ${layerCount} layer features: no problems`,
  );
}
