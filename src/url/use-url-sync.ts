import { useEffect } from 'react';
import { useLocaleStore } from '../i18n/locale-store';
import { useUiStore, type UiState } from '../state/ui-store';
import { applyStep } from '../stories/apply-step';
import { findStory } from '../stories/story-steps';
import { resolveUrlState, type ResolvedLink, type UrlContext } from './resolve-url-state';
import { parseUrl, serializeUrl, type UrlState } from './url-codec';
import type { StoryDefaults } from './story-defaults';

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
    story: s.activeStory?.id,
    step: s.activeStory ? s.activeStory.index + 1 : undefined,
  };
}

/** A new history entry whenever this changes: the selection, or the story step on show. */
const historyKey = (s: UiState) => `${s.selectedId}|${s.activeStory?.id}|${s.activeStory?.index}`;

/** Puts a resolved link into the store; with an event and no map view, the camera fits the event. */
function applyLink(
  link: ResolvedLink,
  defaults: StoryDefaults,
  ctx: UrlContext,
  fromHistory: boolean,
): void {
  const { eventStarts } = ctx;
  const store = useUiStore.getState();
  useUiStore.setState({
    filters: {
      categories: link.categories ?? null,
      actor: link.actor ?? null,
      query: link.query ?? '',
    },
    visibleLayers: link.layers ?? null,
    activeStory: null,
  });
  const story = link.story && findStory(ctx.stories, link.story.id);
  if (link.story && story) {
    // A story step decides what is shown; a map view in the link still wins over its camera.
    const storyContext = { eventStarts, defaultView: defaults.view };
    applyStep(story, link.story.index, storyContext, { camera: !link.map });
  } else if (link.eventId) {
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
  ctx: UrlContext,
  defaults: StoryDefaults,
  /** The ?data= of the dataset on show, kept in every link written. */
  dataParam?: string,
): void {
  useEffect(() => {
    const readLink = () => {
      const { state, problems } = parseUrl(location.search);
      return resolveUrlState(state, problems, ctx, useLocaleStore.getState().locale);
    };

    const store = useUiStore.getState();
    store.initStory(defaults);
    const first = readLink();
    applyLink(first.link, defaults, ctx, false);
    store.setNotices(first.notices);

    // An embed keeps embed=1 in its address, and never adds history entries: in an iframe they
    // would become the host page's Back steps.
    const embed = parseUrl(location.search).state.embed || undefined;
    let lastKey = historyKey(useUiStore.getState());
    let applying = false;
    let scheduled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const linkOf = (s: UiState) => {
      const search = serializeUrl({ data: dataParam, ...urlStateOf(s), embed });
      return { search, url: `${location.pathname}${search}${location.hash}` };
    };
    const write = (s: UiState) => {
      clearTimeout(timer);
      if (historyKey(s) !== lastKey) {
        lastKey = historyKey(s);
        const { search, url } = linkOf(s);
        if (search === location.search) return;
        if (embed) history.replaceState(null, '', url);
        else history.pushState(null, '', url);
      } else {
        // Scrubbing changes the state on every frame: the link is made once it rests.
        timer = setTimeout(() => {
          const { search, url } = linkOf(useUiStore.getState());
          if (search !== location.search) history.replaceState(null, '', url);
        }, 300);
      }
    };
    // One action may change the store several times (a story step sets the layers, then
    // selects): write once, after it, so that it makes one history entry.
    const scheduleWrite = () => {
      if (applying || scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        write(useUiStore.getState());
      });
    };
    const unsubscribe = useUiStore.subscribe(scheduleWrite);
    const unsubscribeLocale = useLocaleStore.subscribe(scheduleWrite);
    write(useUiStore.getState());

    const onPopState = () => {
      clearTimeout(timer);
      const { link, notices } = readLink();
      applying = true;
      applyLink(link, defaults, ctx, true);
      useUiStore.getState().setNotices(notices);
      applying = false;
      lastKey = historyKey(useUiStore.getState());
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

/** The URL sync as a component, so that it can load after the first paint. */
export function UrlSync(props: {
  context: UrlContext;
  defaults: StoryDefaults;
  dataParam?: string;
}): null {
  useUrlSync(props.context, props.defaults, props.dataParam);
  return null;
}
