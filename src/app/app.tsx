import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { appRoot, dataRoot } from '../data/asset-url';
import { DataLoadError } from '../data/fetch-json';
import { datasetQuery } from '../data/queries';
import type { Dataset } from '../data/validate-dataset';
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
  const dataBase = useMemo(() => dataRoot(assetBase), [assetBase]);
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
        {manifest && <ShareButtons title={manifest.title} />}
      </header>
      {dataset.error ? (
        <main className="status-area">
          <LoadError error={dataset.error} onRetry={() => void dataset.refetch()} />
        </main>
      ) : !dataset.data ? (
        <main className="status-area">
          <p className="status" role="status">
            Loading the map data…
          </p>
        </main>
      ) : (
        <Story dataset={dataset.data} assetBase={assetBase} />
      )}
    </div>
  );
}

function Story({ dataset, assetBase }: { dataset: Dataset; assetBase: string }) {
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
  useUrlSync(urlContext, defaults);
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
