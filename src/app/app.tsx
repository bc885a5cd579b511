import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { appRoot, dataRoot } from '../data/asset-url';
import { DataLoadError } from '../data/fetch-json';
import { datasetQuery } from '../data/queries';
import { Legend } from '../layers/legend';
import { MapView } from '../map/map-view';
import { ViewPresets } from '../map/view-presets';
import { hasWebGL } from '../map/webgl-support';
import { ErrorBoundary } from './error-boundary';

export function App() {
  const assetBase = useMemo(() => appRoot(), []);
  const dataBase = useMemo(() => dataRoot(assetBase), [assetBase]);
  const webgl = useMemo(() => hasWebGL(), []);
  const wide = useMemo(() => window.matchMedia('(min-width: 700px)').matches, []);

  const dataset = useQuery(datasetQuery(dataBase));
  const manifest = dataset.data?.manifest;

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <h1>Line of Contact</h1>
          {manifest && <p className="app-subtitle">{manifest.title}</p>}
        </div>
        {manifest && <ViewPresets views={manifest.views} />}
      </header>
      <main className="map-area" aria-label="Map">
        {dataset.error ? (
          <LoadError error={dataset.error} onRetry={() => void dataset.refetch()} />
        ) : !dataset.data || !manifest ? (
          <p className="status" role="status">
            Loading the map data…
          </p>
        ) : !webgl ? (
          <p className="status" role="alert">
            The map needs WebGL, which this browser does not provide (or has turned off).
          </p>
        ) : (
          <ErrorBoundary region="The map">
            <MapView dataset={dataset.data} assetBase={assetBase} dataBase={dataBase} />
            <Legend manifest={manifest} initiallyOpen={wide} />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}

function LoadError({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const problems = error instanceof DataLoadError ? error.problems : [];
  return (
    <div className="status" role="alert">
      <p>{error?.message ?? 'The data could not be loaded.'}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.slice(0, 50).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
