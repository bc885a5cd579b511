import { queryOptions } from '@tanstack/react-query';
import { DataLoadError, fetchJson } from './fetch-json';
import { validateDataset, type Dataset } from './validate-dataset';

interface ManifestFiles {
  files?: { events?: unknown; places?: unknown };
  layers?: { id?: unknown; file?: unknown }[];
}

/** Loads a whole dataset (manifest, events, gazetteer, layers) and validates it with the one schema. */
export async function loadDataset(dataBase: string, signal?: AbortSignal): Promise<Dataset> {
  const manifestUrl = new URL('dataset.json', dataBase).href;
  const manifest = await fetchJson(manifestUrl, signal);
  const { files, layers = [] } = (manifest ?? {}) as ManifestFiles;
  const file = (name: unknown) =>
    typeof name === 'string' ? fetchJson(new URL(name, dataBase).href, signal) : undefined;
  const layerList = Array.isArray(layers) ? layers : [];
  const [events, places, ...layerFiles] = await Promise.all([
    file(files?.events),
    file(files?.places),
    ...layerList.map((l) => file(l.file)),
  ]);
  const result = validateDataset({
    manifest,
    events,
    places,
    layers: Object.fromEntries(layerList.map((l, i) => [String(l.id), layerFiles[i]])),
  });
  if (!result.ok) {
    throw new DataLoadError(
      `The dataset at ${manifestUrl} has problems.`,
      manifestUrl,
      result.problems,
    );
  }
  return result.dataset;
}

export function datasetQuery(dataBase: string) {
  return queryOptions({
    queryKey: ['dataset', dataBase],
    queryFn: ({ signal }) => loadDataset(dataBase, signal),
    staleTime: Infinity,
  });
}
