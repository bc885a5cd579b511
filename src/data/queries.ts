import { queryOptions } from '@tanstack/react-query';
import { DataLoadError, fetchJson } from './fetch-json';
import { reportProgress, type LoadProgress } from './load-progress';
import type { Dataset, RawDataset } from './validate-dataset';

/** A file that takes longer than this is given up on (and retried). */
const FETCH_TIMEOUT_MS = 30_000;

interface ManifestFiles {
  files?: { events?: unknown; places?: unknown };
  layers?: { id?: unknown; file?: unknown }[];
}

/** The file names a manifest lists: events, places, then one per layer. */
function filesOf(manifest: unknown): {
  events?: string;
  places?: string;
  layers: [string, string][];
} {
  const { files, layers } = (manifest ?? {}) as ManifestFiles;
  const name = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    events: name(files?.events),
    places: name(files?.places),
    layers: (Array.isArray(layers) ? layers : []).flatMap((l) =>
      typeof l.id === 'string' && typeof l.file === 'string'
        ? [[l.id, l.file] as [string, string]]
        : [],
    ),
  };
}

/**
 * The validator and its schema library (zod) are not in the entry chunk: the app starts, and
 * the data fetch begins, without waiting for them. They download alongside the data. The events
 * file, the large one, is checked first by the quicker check generated from the schema.
 */
function loadValidator() {
  const validator = Promise.all([import('./validate-dataset'), import('./events-precheck')]).then(
    ([{ validateDataset }, { precheckEvents }]) =>
      (raw: RawDataset) =>
        validateDataset(raw, undefined, precheckEvents),
  );
  // Handled where it is awaited; this keeps a failed fetch of the data from leaving it unobserved.
  validator.catch(() => undefined);
  return validator;
}

async function validated(
  raw: RawDataset,
  where: string,
  validator: ReturnType<typeof loadValidator> = loadValidator(),
): Promise<Dataset> {
  let validate: Awaited<typeof validator>;
  try {
    validate = await validator;
  } catch {
    throw new DataLoadError(`Could not load the dataset checker for ${where}.`, where, {
      kind: 'checker',
    });
  }
  const result = validate(raw);
  if (!result.ok) {
    throw new DataLoadError(
      `The dataset at ${where} has problems.`,
      where,
      { kind: 'invalid' },
      result.problems,
    );
  }
  return result.dataset;
}

/** Loads a whole dataset (manifest, events, gazetteer, layers) and validates it with the one schema. */
export async function loadDataset(
  manifestUrl: string,
  signal?: AbortSignal,
  onProgress?: (p: LoadProgress) => void,
): Promise<Dataset> {
  const validator = loadValidator();
  const get = (url: string) =>
    fetchJson(
      url,
      signal ? AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]) : undefined,
    );
  const manifest = await get(manifestUrl);
  const files = filesOf(manifest);
  const names = [files.events, files.places, ...files.layers.map(([, f]) => f)];
  const total = names.length + 1;
  let loaded = 1;
  onProgress?.({ loaded, total });
  const results = await Promise.all(
    names.map(async (name) => {
      if (!name) return undefined;
      const value = await get(new URL(name, manifestUrl).href);
      onProgress?.({ loaded: ++loaded, total });
      return value;
    }),
  );
  const [events, places, ...layerFiles] = results;
  return validated(
    {
      manifest,
      events,
      places,
      layers: Object.fromEntries(files.layers.map(([id], i) => [id, layerFiles[i]])),
    },
    manifestUrl,
    validator,
  );
}

/**
 * Reads a dataset from files the reader picked or dropped: they stay in the browser. The
 * manifest is the file with "formatVersion"; the others are matched by the names it lists.
 */
export async function loadLocalDataset(files: readonly File[]): Promise<Dataset> {
  const parsed = await Promise.all(
    files.map(async (file) => {
      try {
        return { name: file.name, json: JSON.parse(await file.text()) as unknown };
      } catch {
        throw new DataLoadError(`${file.name} is not valid JSON.`, file.name, { kind: 'json' });
      }
    }),
  );
  const manifest = parsed.find(
    (f) => typeof f.json === 'object' && f.json !== null && 'formatVersion' in f.json,
  );
  if (!manifest) {
    throw new DataLoadError(
      'None of the files is a dataset manifest (a dataset.json with "formatVersion"). Choose the manifest together with its events, places and layer files.',
      'local files',
      { kind: 'no-manifest' },
    );
  }
  const byName = (path?: string) =>
    path ? parsed.find((f) => f.name === path.split('/').pop())?.json : undefined;
  const list = filesOf(manifest.json);
  return validated(
    {
      manifest: manifest.json,
      events: byName(list.events),
      places: byName(list.places),
      layers: Object.fromEntries(list.layers.map(([id, file]) => [id, byName(file)])),
    },
    manifest.name,
  );
}

export function datasetQuery(manifestUrl: string) {
  return queryOptions({
    queryKey: ['dataset', manifestUrl],
    queryFn: ({ signal }) =>
      loadDataset(manifestUrl, signal, (p) => reportProgress(manifestUrl, p)),
    staleTime: Infinity,
    // A load that failed before the app mounted shows its error (with a retry button) rather
    // than starting again unasked.
    retryOnMount: false,
    // Transient failures are retried with backoff (1 s, 2 s); a broken dataset is not.
    retry: (failures, error) =>
      failures < 2 && !(error instanceof DataLoadError && error.problems.length > 0),
  });
}
