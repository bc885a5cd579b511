import { useQuery } from '@tanstack/react-query';
import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react';
import { appRoot } from '../data/asset-url';
import type { DataSource } from '../data/data-source';
import { DataLoadError } from '../data/fetch-json';
import { datasetQuery, loadLocalDataset } from '../data/queries';
import { useLoadProgress } from '../data/load-progress';
import { pageDataSource } from '../data/start-loading';
import type { Dataset } from '../data/validate-dataset';
import { LanguagePicker } from '../i18n/language-picker';
import { ThemeToggle } from '../theme/theme-toggle';
import {
  allActors,
  eventStartsOf,
  filterEvents,
  namesActor,
  indexEvents,
  neighbours,
  type IndexedEvent,
} from '../events/event-index';
import { MapView } from '../map/map-view';
import { ViewPresets } from '../map/view-presets';
import { hasWebGL } from '../map/webgl-support';
import { useMapReadiness } from '../map/map-readiness';
import { useUiStore } from '../state/ui-store';
import { ErrorBoundary } from './error-boundary';
import { useIdleValue } from './use-idle-value';
import { HeaderMenu } from './header-menu';
import { messages } from './messages';
import { useMessages } from '../i18n/use-messages';
import { useMediaQuery } from './use-media-query';
import { isEmbedded } from '../embed/embed-links';
import { findStory } from '../stories/story-steps';
import { storyDefaults } from '../url/story-defaults';

// Not needed for the first paint: loaded when an event is selected or a story started.
const EventDetails = lazy(() =>
  import('../events/event-details').then((m) => ({ default: m.EventDetails })),
);
// Not needed for the first paint; its "?" shortcut works once it has loaded, a moment later.
const help = () => import('../help/keyboard-help');
const KeyboardHelp = lazy(() => help().then((m) => ({ default: m.KeyboardHelp })));
const KeyboardHelpButton = lazy(() => help().then((m) => ({ default: m.KeyboardHelpButton })));
// Not needed for the map's first paint (the basemap): loaded alongside the dataset.
const parts = () => import('./story-parts');
const EmbedView = lazy(() => parts().then((m) => ({ default: m.EmbedView })));
const EventFilters = lazy(() => parts().then((m) => ({ default: m.EventFilters })));
const EventList = lazy(() => parts().then((m) => ({ default: m.EventList })));
const Legend = lazy(() => parts().then((m) => ({ default: m.Legend })));
const LiveRegion = lazy(() => parts().then((m) => ({ default: m.LiveRegion })));
const ActiveStoryPanel = lazy(() => parts().then((m) => ({ default: m.ActiveStoryPanel })));
const HeaderShare = lazy(() => parts().then((m) => ({ default: m.HeaderShare })));
const HeaderStories = lazy(() => parts().then((m) => ({ default: m.HeaderStories })));
const LinkNotices = lazy(() => parts().then((m) => ({ default: m.LinkNotices })));
const UrlSync = lazy(() => parts().then((m) => ({ default: m.UrlSync })));
const Timeline = lazy(() => parts().then((m) => ({ default: m.Timeline })));

const NO_EVENTS: readonly IndexedEvent[] = [];
const NO_ACTORS: readonly string[] = [];

export function App() {
  const t = useMessages(messages);
  const assetBase = useMemo(() => appRoot(), []);
  const source = useMemo(() => pageDataSource(), []);
  const embedded = useMemo(() => isEmbedded(location.search), []);
  const progress = useLoadProgress((s) => s[source.manifestUrl]);
  const [local, setLocal] = useState<{ dataset: Dataset; name: string } | null>(null);
  const [localError, setLocalError] = useState<Error | null>(null);
  const query = useQuery({ ...datasetQuery(source.manifestUrl), enabled: !local });
  // The story's parts download alongside the data, not after it.
  useEffect(() => void parts().catch(() => undefined), []);
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
  // It stands where the timeline will be, at about its height, so that the map keeps its size.
  const loading = (
    <div className="loading">
      <p className="status" role="status">
        {progress && progress.total > 1
          ? t('loadingFiles', { loaded: progress.loaded, total: progress.total })
          : t('loading')}
      </p>
      <progress
        className="load-progress"
        max={progress?.total ?? 1}
        value={progress?.loaded ?? 0}
        aria-label={t('loadingLabel')}
      />
    </div>
  );
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    openFiles([...e.dataTransfer.files]);
  };

  return (
    <div
      className={`app${embedded ? ' app-embedded' : ''}`}
      onDragOver={(e) => !embedded && e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={embedded ? undefined : onDrop}
    >
      {/* An embed shows no page chrome. */}
      <header className="app-header" hidden={embedded}>
        <div className="app-title">
          <div className="app-title-row">
            <h1>{t('title')}</h1>
            {dataset && !error && !embedded && (
              <Suspense fallback={null}>
                <HeaderStories dataset={dataset} />
              </Suspense>
            )}
          </div>
          {manifest && (
            <p className="app-subtitle" lang={manifest.language}>
              {manifest.title}
            </p>
          )}
        </div>
        {manifest && <ViewPresets views={manifest.views} lang={manifest.language} />}
        <HeaderMenu>
          {dataset && (
            <Suspense fallback={null}>
              <HeaderShare dataset={dataset} />
            </Suspense>
          )}
          <OpenDataset onFiles={openFiles} />
          <LanguagePicker />
          <Suspense fallback={null}>
            <KeyboardHelpButton />
          </Suspense>
        </HeaderMenu>
        <ThemeToggle />
      </header>
      <Suspense fallback={null}>
        <KeyboardHelp />
      </Suspense>
      {!embedded && <SourceBanner source={source} localName={local?.name} />}
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
      ) : embedded && !dataset ? (
        <main className="status-area">{loading}</main>
      ) : (
        <Story
          key={local ? `local:${local.name}` : source.manifestUrl}
          dataset={dataset}
          loading={loading}
          assetBase={assetBase}
          dataParam={source.kind === 'remote' ? source.param : undefined}
          embedded={embedded}
        />
      )}
    </div>
  );
}

/** Opens a dataset from local files (read in the browser, never uploaded). */
function OpenDataset({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useMessages(messages);
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
      <span aria-hidden="true">{t('openDataset')}</span>
      <span className="visually-hidden">{t('openDatasetLong')}</span>
    </label>
  );
}

function SourceBanner({ source, localName }: { source: DataSource; localName?: string }) {
  const t = useMessages(messages);
  if (localName) {
    return (
      <p className="source-banner" role="status">
        {t('localBanner', { name: localName })} <a href={location.pathname}>{t('backToDefault')}</a>
      </p>
    );
  }
  if (source.kind === 'refused') {
    return (
      <p className="source-banner" role="status">
        {t('refusedBanner', {
          param: source.param,
          reason: t(source.reason === 'not-a-url' ? 'refusedNotUrl' : 'refusedNotHttps'),
        })}
      </p>
    );
  }
  if (source.kind === 'remote') {
    return (
      <p className="source-banner" role="status">
        {t('remoteBanner', { url: source.manifestUrl })}{' '}
        <a href={location.pathname}>{t('backToDefault')}</a>
      </p>
    );
  }
  return null;
}

/**
 * The map, the timeline and the list. The map is made at once and shows the basemap while the
 * dataset loads (`loading` stands where the list and the timeline will be); it stays the same
 * map when the dataset comes.
 */
function Story({
  dataset: loaded,
  loading,
  assetBase,
  dataParam,
  embedded,
}: {
  dataset?: Dataset;
  loading: ReactNode;
  assetBase: string;
  dataParam?: string;
  embedded: boolean;
}) {
  const t = useMessages(messages);
  // The map gets the dataset first, in a render of its own, so that MapLibre's worker starts on
  // the events while the rest of the story (list, timeline, link) renders.
  const dataset = useDeferredValue(loaded);
  const manifest = dataset?.manifest;
  const wide = useMediaQuery('(min-width: 900px)');
  const webgl = useMemo(() => hasWebGL(), []);
  const [listOpen, setListOpen] = useState(false);
  const linkApplied = useUiStore((s) => s.span.end > 1);
  const ready = Boolean(manifest) && linkApplied;
  const filters = useUiStore((s) => s.filters);
  const selectedId = useUiStore((s) => s.selectedId);
  const select = useUiStore((s) => s.select);
  const activeStory = useUiStore((s) => s.activeStory);

  const mapEvents = useMemo(
    () => (loaded ? indexEvents(loaded.events, loaded.startsMs) : NO_EVENTS),
    [loaded],
  );
  const events = useMemo(
    () =>
      dataset === loaded
        ? mapEvents
        : dataset
          ? indexEvents(dataset.events, dataset.startsMs)
          : NO_EVENTS,
    [dataset, loaded, mapEvents],
  );
  const filtered = useMemo(() => filterEvents(events, filters), [events, filters]);
  // The actor filter's options (0.15 s at 100k events) wait until the map has drawn the events.
  const mapShowsDataset = useMapReadiness((s) => s.showsDataset);
  const actors = useIdleValue(mapShowsDataset || !webgl ? events : NO_EVENTS, allActors, NO_ACTORS);

  const defaults = useMemo(() => (manifest ? storyDefaults(manifest) : null), [manifest]);
  const urlContext = useMemo(
    () =>
      manifest && defaults
        ? {
            eventStarts: eventStartsOf(events),
            span: defaults.span,
            layerIds: manifest.layers.map((l) => l.id),
            isActor: (name: string) => namesActor(events, name),
            stories: manifest.stories,
          }
        : null,
    [events, defaults, manifest],
  );
  useEffect(() => {
    window.__lineOfContactSetTime = (ms) => useUiStore.getState().setTime(ms);
  }, []);
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;
  const { previous, next } = selected ? neighbours(events, selected.id) : {};

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open dialog takes Escape for itself; during a story, Escape leaves the story and
      // keeps the selection.
      if (document.querySelector('dialog[open]')) return;
      const { selectedId, activeStory } = useUiStore.getState();
      if (e.key === 'Escape' && selectedId && !activeStory) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  const story = ready && activeStory && findStory(manifest?.stories, activeStory.id);
  const storyPanel = story && dataset && (
    <Suspense fallback={null}>
      <ActiveStoryPanel dataset={dataset} story={story} index={activeStory.index} />
    </Suspense>
  );
  // The link is applied, and kept up to date, by a part that loads alongside the dataset.
  const urlSync = urlContext && defaults && (
    <Suspense fallback={null}>
      <UrlSync context={urlContext} defaults={defaults} dataParam={dataParam} />
    </Suspense>
  );

  const mapArea = (
    <main className="map-area" aria-label={t('map')}>
      {webgl ? (
        <ErrorBoundary region={t('regionMap')}>
          <MapView
            dataset={loaded}
            events={mapEvents}
            assetBase={assetBase}
            cooperativeGestures={embedded}
          />
          {ready && manifest && (
            <Suspense fallback={null}>
              <Legend manifest={manifest} initiallyOpen={wide && !embedded} />
            </Suspense>
          )}
        </ErrorBoundary>
      ) : (
        <p className="status" role="alert">
          {t('noWebgl')}
        </p>
      )}
    </main>
  );
  const timelineArea = (
    <div className="timeline-area">
      {ready && manifest ? (
        <ErrorBoundary region={t('regionTimeline')}>
          <Suspense fallback={loading}>
            <Timeline manifest={manifest} events={filtered} compact={!wide || embedded} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        loading
      )}
    </div>
  );

  // An embed appears whole, once its dataset is in and its link applied.
  if (embedded) {
    return (
      <>
        {urlSync}
        {ready && manifest && (
          <Suspense fallback={null}>
            <LiveRegion events={events} offsetMinutes={manifest.timeZone.offsetMinutes} />
            <LinkNotices />
            <EmbedView
              manifest={manifest}
              selected={selected}
              map={mapArea}
              timeline={timelineArea}
            />
          </Suspense>
        )}
      </>
    );
  }

  const details = selected && dataset && manifest && (
    <ErrorBoundary region={t('regionDetails')}>
      <Suspense fallback={null}>
        <EventDetails
          manifest={manifest}
          event={selected}
          previous={previous}
          next={next}
          places={dataset.places}
          onClose={() => select(null)}
        />
      </Suspense>
    </ErrorBoundary>
  );
  const list = manifest && (
    <div className="list-pane">
      <ErrorBoundary region={t('regionList')}>
        <Suspense fallback={loading}>
          <EventFilters manifest={manifest} actors={actors} />
          <EventList manifest={manifest} events={filtered} total={events.length} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );

  // One tree for the loading and the ready story, so that the map in it is not made again.
  return (
    <>
      {urlSync}
      {ready && manifest && (
        <Suspense fallback={null}>
          <LiveRegion
            events={events}
            offsetMinutes={manifest.timeZone.offsetMinutes}
            stories={manifest.stories}
          />
        </Suspense>
      )}
      {ready && (
        <Suspense fallback={null}>
          <LinkNotices />
        </Suspense>
      )}
      <div className={`story${wide ? ' story-wide' : ' story-narrow'}`}>
        <div className="map-stack">
          {!ready ? (
            wide && <aside className="sidebar" />
          ) : wide ? (
            <aside
              className={`sidebar${storyPanel ? ' sidebar-story' : ''}`}
              aria-label={t('eventsAndDetails')}
            >
              {storyPanel}
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
                {listOpen ? t('closeList') : t('eventsCount', { n: filtered.length })}
              </button>
              {listOpen && !selected && !storyPanel && (
                <aside className="sheet" aria-label={t('eventList')}>
                  {list}
                </aside>
              )}
              {(selected || storyPanel) && (
                <div className="sheet sheet-details">
                  {storyPanel}
                  {details}
                </div>
              )}
            </>
          )}
          {mapArea}
        </div>
        {timelineArea}
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
  const t = useMessages(messages);
  const problems = error instanceof DataLoadError ? error.problems : [];
  return (
    <div className="status" role="alert">
      <p>{loadErrorText(error, t)}</p>
      {problems.length > 0 && <p>{t('problemsIntro', { n: problems.length })}</p>}
      {problems.length > 0 && (
        <ul className="problems">
          {problems.slice(0, 50).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {problems.length > 50 && <p>{t('moreProblems', { n: problems.length - 50 })}</p>}
      <p className="error-actions">
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
        {source.kind !== 'bundled' || problems.length > 0 ? (
          <a href={location.pathname}>{t('openDefault')}</a>
        ) : null}
      </p>
    </div>
  );
}

type AppMessage = keyof (typeof messages)['en'];

/** The load failure in the reader's language (the English message stays in the error, for logs). */
function loadErrorText(
  error: Error | null,
  t: (key: AppMessage, params?: Record<string, string | number>) => string,
): string {
  if (!(error instanceof DataLoadError)) return error?.message ?? t('loadFailed');
  const { failure, url } = error;
  switch (failure.kind) {
    case 'network':
      return t('loadNetwork', { url });
    case 'timeout':
      return t('loadTimeout', { url });
    case 'checker':
      return t('loadChecker');
    case 'http':
      return t('loadHttp', { url, status: failure.status });
    case 'json':
      return t('loadJson', { url });
    case 'invalid':
      return t('loadInvalid', { url });
    case 'no-manifest':
      return t('loadNoManifest');
  }
}
