import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { appRoot, dataRoot } from '../data/asset-url';
import { dataSourceFrom, type DataSource } from '../data/data-source';
import { DataLoadError } from '../data/fetch-json';
import { datasetQuery, loadLocalDataset, type LoadProgress } from '../data/queries';
import type { Dataset } from '../data/validate-dataset';
import { LanguagePicker } from '../i18n/language-picker';
import { ThemeToggle } from '../theme/theme-toggle';
import { EventDetails } from '../events/event-details';
import { EventFilters } from '../events/event-filters';
import { allActors, filterEvents, indexEvents, neighbours } from '../events/event-index';
import { EventList } from '../events/event-list';
import { Legend } from '../layers/legend';
import { MapView } from '../map/map-view';
import { ViewPresets } from '../map/view-presets';
import { hasWebGL } from '../map/webgl-support';
import { useUiStore } from '../state/ui-store';
import { Timeline } from '../timeline/timeline';
import { ErrorBoundary } from './error-boundary';
import { LiveRegion } from './live-region';
import { useMediaQuery } from './use-media-query';
import { LinkNotices } from '../url/link-notices';
import { ShareButtons } from '../url/share-buttons';
import { useUrlSync } from '../url/use-url-sync';

export function App() {
  const assetBase = useMemo(() => appRoot(), []);
  const source = useMemo(
    () => dataSourceFrom(location.search, location.href, dataRoot(assetBase)),
    [assetBase],
  );
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [local, setLocal] = useState<{ dataset: Dataset; name: string } | null>(null);
  const [localError, setLocalError] = useState<Error | null>(null);
  const query = useQuery({ ...datasetQuery(source.manifestUrl, setProgress), enabled: !local });
  const dataset = local?.dataset ?? query.data;
  const error = localError ?? (local ? null : query.error);
  const manifest = dataset?.manifest;

  const openFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    loadLocalDataset(files).then(
      (d) => {
        setLocalError(null);
        useUiStore.setState({ selectedId: null, visibleLayers: null });
        setLocal({ dataset: d, name: files.map((f) => f.name).join(', ') });
      },
      (e: unknown) => setLocalError(e instanceof Error ? e : new Error(String(e))),
    );
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    openFiles([...e.dataTransfer.files]);
  };

  return (
    <div
      className="app"
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={onDrop}
    >
      <header className="app-header">
        <div className="app-title">
          <h1>Line of Contact</h1>
          {manifest && <p className="app-subtitle">{manifest.title}</p>}
        </div>
        {manifest && <ViewPresets views={manifest.views} />}
        <div className="header-actions">
          {manifest && <ShareButtons title={manifest.title} />}
          <OpenDataset onFiles={openFiles} />
          <LanguagePicker />
        </div>
        <ThemeToggle />
      </header>
      <SourceBanner source={source} localName={local?.name} />
      {error ? (
        <main className="status-area">
          <LoadError
            error={error}
            source={source}
            onRetry={() => {
              setLocalError(null);
              void query.refetch();
            }}
          />
        </main>
      ) : !dataset ? (
        <main className="status-area">
          <p className="status" role="status">
            Loading the map data…
            {progress && progress.total > 1 && ` (${progress.loaded} of ${progress.total} files)`}
          </p>
          <progress
            className="load-progress"
            max={progress?.total ?? 1}
            value={progress?.loaded ?? 0}
            aria-label="Loading the data"
          />
        </main>
      ) : (
        <Story
          key={local ? `local:${local.name}` : source.manifestUrl}
          dataset={dataset}
          assetBase={assetBase}
          dataParam={source.kind === 'remote' ? source.param : undefined}
        />
      )}
    </div>
  );
}

/** Opens a dataset from local files (read in the browser, never uploaded). */
function OpenDataset({ onFiles }: { onFiles: (files: File[]) => void }) {
  return (
    <label className="open-dataset">
      <input
        type="file"
        accept=".json,.geojson,application/json,application/geo+json"
        multiple
        className="visually-hidden"
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <span aria-hidden="true">Open dataset…</span>
      <span className="visually-hidden">Open a dataset from files on this device</span>
    </label>
  );
}

function SourceBanner({ source, localName }: { source: DataSource; localName?: string }) {
  if (localName) {
    return (
      <p className="source-banner" role="status">
        Showing a dataset from this device ({localName}); it was not uploaded. Links to this view
        open the default dataset. <a href={location.pathname}>Back to the default dataset</a>
      </p>
    );
  }
  if (source.kind === 'refused') {
    return (
      <p className="source-banner" role="status">
        The dataset “{source.param}” was not opened: {source.reason}. Showing the default dataset.
      </p>
    );
  }
  if (source.kind === 'remote') {
    return (
      <p className="source-banner" role="status">
        Showing a dataset from {source.manifestUrl}.{' '}
        <a href={location.pathname}>Back to the default dataset</a>
      </p>
    );
  }
  return null;
}

function Story({
  dataset,
  assetBase,
  dataParam,
}: {
  dataset: Dataset;
  assetBase: string;
  dataParam?: string;
}) {
  const { manifest } = dataset;
  const wide = useMediaQuery('(min-width: 900px)');
  const webgl = useMemo(() => hasWebGL(), []);
  const [listOpen, setListOpen] = useState(false);
  const ready = useUiStore((s) => s.span.end > 1);
  const filters = useUiStore((s) => s.filters);
  const selectedId = useUiStore((s) => s.selectedId);
  const select = useUiStore((s) => s.select);

  const events = useMemo(() => indexEvents(dataset.events), [dataset.events]);
  const filtered = useMemo(() => filterEvents(events, filters), [events, filters]);
  const actors = useMemo(() => allActors(events), [events]);

  const defaults = useMemo(() => {
    const span = { start: Date.parse(manifest.span.start), end: Date.parse(manifest.span.end) };
    const detail = manifest.detail
      ? { start: Date.parse(manifest.detail.start), end: Date.parse(manifest.detail.end) }
      : span;
    const time = manifest.initialTime ? Date.parse(manifest.initialTime) : detail.end;
    return { span, window: detail, time };
  }, [manifest]);
  const urlContext = useMemo(
    () => ({
      eventStarts: new Map(events.map((e) => [e.id, e.startMs])),
      span: defaults.span,
      layerIds: manifest.layers.map((l) => l.id),
      actors,
    }),
    [events, defaults, manifest.layers, actors],
  );
  useUrlSync(urlContext, defaults, dataParam);
  useEffect(() => {
    window.__lineOfContactSetTime = (ms) => useUiStore.getState().setTime(ms);
  }, []);
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;
  const { previous, next } = selected ? neighbours(events, selected.id) : {};

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useUiStore.getState().selectedId) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  if (!ready) return null;

  const details = selected && (
    <ErrorBoundary region="The event details">
      <EventDetails
        manifest={manifest}
        event={selected}
        previous={previous}
        next={next}
        places={dataset.places}
        onClose={() => select(null)}
      />
    </ErrorBoundary>
  );
  const list = (
    <div className="list-pane">
      <ErrorBoundary region="The event list">
        <EventFilters manifest={manifest} actors={actors} />
        <EventList manifest={manifest} events={filtered} total={events.length} />
      </ErrorBoundary>
    </div>
  );

  return (
    <>
      <LiveRegion events={events} offsetMinutes={manifest.timeZone.offsetMinutes} />
      <LinkNotices />
      <div className={`story${wide ? ' story-wide' : ' story-narrow'}`}>
        <div className="map-stack">
          {wide ? (
            <aside className="sidebar" aria-label="Events and details">
              {details && <div className="details-pane">{details}</div>}
              {list}
            </aside>
          ) : (
            <>
              <button
                type="button"
                className="list-toggle"
                aria-expanded={listOpen}
                onClick={() => setListOpen((v) => !v)}
              >
                {listOpen ? 'Close list' : `Events (${filtered.length})`}
              </button>
              {listOpen && !selected && (
                <aside className="sheet" aria-label="Event list">
                  {list}
                </aside>
              )}
              {selected && <div className="sheet sheet-details">{details}</div>}
            </>
          )}
          <main className="map-area" aria-label="Map">
            {webgl ? (
              <ErrorBoundary region="The map">
                <MapView dataset={dataset} events={events} assetBase={assetBase} />
                <Legend manifest={manifest} initiallyOpen={wide} />
              </ErrorBoundary>
            ) : (
              <p className="status" role="alert">
                The map needs WebGL, which this browser does not provide (or has turned off). The
                timeline, the event list and the details still work.
              </p>
            )}
          </main>
        </div>
        <div className="timeline-area">
          <ErrorBoundary region="The timeline">
            <Timeline manifest={manifest} events={filtered} compact={!wide} />
          </ErrorBoundary>
        </div>
      </div>
    </>
  );
}

function LoadError({
  error,
  source,
  onRetry,
}: {
  error: Error | null;
  source: DataSource;
  onRetry: () => void;
}) {
  const problems = error instanceof DataLoadError ? error.problems : [];
  return (
    <div className="status" role="alert">
      <p>{error?.message ?? 'The data could not be loaded.'}</p>
      {problems.length > 0 && (
        <p>
          {problems.length} {problems.length === 1 ? 'problem' : 'problems'}, each with the file,
          the feature and the field:
        </p>
      )}
      {problems.length > 0 && (
        <ul className="problems">
          {problems.slice(0, 50).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {problems.length > 50 && <p>… and {problems.length - 50} more.</p>}
      <p className="error-actions">
        <button type="button" onClick={onRetry}>
          Retry
        </button>
        {source.kind !== 'bundled' || problems.length > 0 ? (
          <a href={location.pathname}>Open the default dataset</a>
        ) : null}
      </p>
    </div>
  );
}
