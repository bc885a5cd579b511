import { useEffect } from 'react';
import { useLocaleStore } from '../i18n/locale-store';
import { useUiStore, type UiState } from '../state/ui-store';
import type { TimeWindow } from '../timeline/time-scale';
import { resolveUrlState, type ResolvedLink, type UrlContext } from './resolve-url-state';
import { parseUrl, serializeUrl, type UrlState } from './url-codec';

/** The part of the UI state a link carries. */
export function urlStateOf(s: UiState): UrlState {
  return {
    event: s.selectedId ?? undefined,
    t: s.time,
    layers: s.visibleLayers ? [...s.visibleLayers] : undefined,
    map: s.mapView ?? undefined,
    cat: s.filters.categories ? [...s.filters.categories] : undefined,
    actor: s.filters.actor ?? undefined,
    q: s.filters.query || undefined,
    lang: useLocaleStore.getState().chosen ? useLocaleStore.getState().locale : undefined,
  };
}

export interface StoryDefaults {
  span: TimeWindow;
  window: TimeWindow;
  time: number;
}

/** Puts a resolved link into the store; with an event and no map view, the camera fits the event. */
function applyLink(
  link: ResolvedLink,
  defaults: StoryDefaults,
  eventStarts: ReadonlyMap<string, number>,
  fromHistory: boolean,
): void {
  const store = useUiStore.getState();
  useUiStore.setState({
    filters: {
      categories: link.categories ?? null,
      actor: link.actor ?? null,
      query: link.query ?? '',
    },
    visibleLayers: link.layers ?? null,
  });
  if (link.eventId) {
    // The cursor goes to the event's start unless the link gives a time.
    store.select(link.eventId, link.time ?? eventStarts.get(link.eventId), { camera: !link.map });
  } else {
    store.select(null);
    store.setTime(link.time ?? defaults.time);
  }
  if (link.map) {
    if (fromHistory) store.jumpTo(link.map);
    else useUiStore.setState({ mapView: link.map });
  }
}

/**
 * Keeps the URL and the store in step (URL contract v1, see README): the link is read once when
 * the story opens and again on Back/Forward; afterwards every change is written back, as a new
 * history entry when the selection changes, else by replacing the current one (debounced).
 */
export function useUrlSync(
  ctx: UrlContext | null,
  defaults: StoryDefaults | null,
  /** The ?data= of the dataset on show, kept in every link written. */
  dataParam?: string,
): void {
  useEffect(() => {
    if (!ctx || !defaults) return;
    const readLink = () => {
      const { state, problems } = parseUrl(location.search);
      return resolveUrlState(state, problems, ctx, useLocaleStore.getState().locale);
    };

    const store = useUiStore.getState();
    store.initStory(defaults);
    const first = readLink();
    applyLink(first.link, defaults, ctx.eventStarts, false);
    store.setNotices(first.notices);

    let lastSelected = useUiStore.getState().selectedId;
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = (s: UiState) => {
      if (applying) return;
      const search = serializeUrl({ data: dataParam, ...urlStateOf(s) });
      const url = `${location.pathname}${search}${location.hash}`;
      clearTimeout(timer);
      if (s.selectedId !== lastSelected) {
        lastSelected = s.selectedId;
        if (search !== location.search) history.pushState(null, '', url);
      } else if (search !== location.search) {
        timer = setTimeout(() => history.replaceState(null, '', url), 300);
      }
    };
    const unsubscribe = useUiStore.subscribe(write);
    const unsubscribeLocale = useLocaleStore.subscribe(() => write(useUiStore.getState()));
    write(useUiStore.getState());

    const onPopState = () => {
      clearTimeout(timer);
      const { link, notices } = readLink();
      applying = true;
      applyLink(link, defaults, ctx.eventStarts, true);
      useUiStore.getState().setNotices(notices);
      applying = false;
      lastSelected = useUiStore.getState().selectedId;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      unsubscribeLocale();
      window.removeEventListener('popstate', onPopState);
    };
  }, [ctx, defaults, dataParam]);
}
