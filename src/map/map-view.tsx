import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  AttributionControl,
  Map,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
} from '@vis.gl/react-maplibre';
import type { Dataset } from '../data/validate-dataset';
import type { IndexedEvent } from '../events/event-index';
import { useUiStore } from '../state/ui-store';
import { useTheme } from '../theme/theme-store';
import { visibleLayerSet } from '../state/selectors';
import { eventBounds, OPENING_BOUNDS } from './camera';
import { diplomacyArcs, mapEventData, timedLayerData } from './map-data';
import { buildBasemapStyle, buildMapStyle, labelGlyphRanges } from './style/build-map-style';
import { EVENT_LAYER_IDS, EVENTS_SOURCE, eventGeometryTypes } from './style/event-layers';
import { feedEventsSource } from './events-source';
import { prefetchGlyphs, routeGlyphRequests } from './glyph-prefetch';
import { glyphUrls } from './glyph-ranges';
import { placeLabelData } from './style/place-layers';
import { setCurrentMap } from './current-map';
import { useLocaleStore } from '../i18n/locale-store';
import { translate } from '../i18n/define-messages';
import { messages } from './messages';
import { useMapReadiness } from './map-readiness';
import { exposeMapForTests, recordPerf } from './test-handle';
import { parseUrl } from '../url/url-codec';
import { storyDefaults } from '../url/story-defaults';
import type { Place } from '../data/schema';

const mapLib = import('./maplibre-lib').then((m) => m.default);

const FIT_PADDING = 40;

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** On phones the attribution starts folded behind its (i) button, so that it does not cover the map. */
function collapseAttribution(map: { getContainer: () => HTMLElement }) {
  map
    .getContainer()
    .querySelector('.maplibregl-ctrl-attrib')
    ?.classList.remove('maplibregl-compact-show');
}

const NO_PLACES: readonly Place[] = [];

interface MapViewProps {
  /** Until the dataset is loaded and checked, the map shows the basemap alone. */
  dataset?: Dataset;
  events: readonly IndexedEvent[];
  assetBase: string;
  /** In an embed the page scrolls past the map: zoom needs Ctrl + scroll. */
  cooperativeGestures?: boolean;
}

/** A thin wrapper: the style comes from a pure builder; time and selection go to global state. */
export function MapView({ dataset, events, assetBase, cooperativeGestures }: MapViewProps) {
  const manifest = dataset?.manifest;
  const places = dataset?.places ?? NO_PLACES;
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  // The dataset's sources and layers are added by a style diff, which needs the basemap style
  // to have been read first.
  const [styleRead, setStyleRead] = useState(false);
  const showsData = Boolean(dataset) && styleRead;
  const chosenLayers = useUiStore((s) => s.visibleLayers);
  const viewRequest = useUiStore((s) => s.viewRequest);
  const cameraRequest = useUiStore((s) => s.cameraRequest);
  const selectedId = useUiStore((s) => s.selectedId);
  const shownCategories = useUiStore((s) => s.filters.categories);
  const select = useUiStore((s) => s.select);
  // The map is made before the link is applied to the store: it reads its view from the link.
  const [linkView] = useState(
    () => useUiStore.getState().mapView ?? parseUrl(location.search).state.map ?? null,
  );
  // True while the map itself moves the camera to frame the default view: not a map view to keep.
  const framing = useRef(false);
  // MapLibre ends a resize with a moveend, though the view (centre and zoom) stays: not a move.
  const resizing = useRef(false);
  const jumpRequest = useUiStore((s) => s.jumpRequest);
  const setMapView = useUiStore((s) => s.setMapView);
  const locale = useLocaleStore((s) => s.locale);
  // A new theme is a new style object: react-maplibre hands it to setStyle with diff, so only
  // paint properties change; the camera, the sources and the global state stay.
  const theme = useTheme();

  // MapLibre reads its controls' strings once, when the map is made.
  const [mapControlStrings] = useState(() => {
    const t = (key: keyof (typeof messages)['en']) => translate(messages, locale, key);
    return {
      'Map.Title': t('map'),
      'NavigationControl.ZoomIn': t('zoomIn'),
      'NavigationControl.ZoomOut': t('zoomOut'),
      'NavigationControl.ResetBearing': t('resetBearing'),
      'AttributionControl.ToggleAttribution': t('toggleAttribution'),
      'ScaleControl.Meters': t('meters'),
      'ScaleControl.Kilometers': t('kilometers'),
      'CooperativeGesturesHandler.WindowsHelpText': t('ctrlScroll'),
      'CooperativeGesturesHandler.MacHelpText': t('cmdScroll'),
      'CooperativeGesturesHandler.MobileHelpText': t('twoFingers'),
    };
  });
  const placeLabels = useMemo(() => placeLabelData(places, locale), [places, locale]);
  const layerFeatures = dataset?.layerFeatures;
  const data = useMemo(() => {
    const eventFeatures = mapEventData(events);
    return {
      events: eventFeatures,
      geometryTypes: eventGeometryTypes(eventFeatures),
      arcs: diplomacyArcs(events, places),
      layers: Object.fromEntries(
        Object.entries(layerFeatures ?? {}).map(([id, f]) => [id, timedLayerData(f)]),
      ),
    };
  }, [places, events, layerFeatures]);
  // The style's starting time is the dataset's; the cursor's time goes to the global state.
  const initialTime = useMemo(() => (manifest ? storyDefaults(manifest).time : 0), [manifest]);
  const style = useMemo(
    () =>
      manifest && showsData
        ? buildMapStyle({
            assetBase,
            layers: manifest.layers,
            layerData: data.layers,
            categories: manifest.categories,
            eventGeometryTypes: data.geometryTypes,
            arcs: data.arcs,
            initialTime,
            visibleLayers: visibleLayerSet(chosenLayers, manifest.layers),
            places: placeLabels,
            theme,
          })
        : buildBasemapStyle({ assetBase, theme }),
    [assetBase, manifest, showsData, chosenLayers, data, initialTime, placeLabels, theme],
  );

  useEffect(() => () => setCurrentMap(null), []);

  // The labels' glyph files download once the style says which, not when MapLibre first asks.
  const layerInfo = manifest?.layers;
  useEffect(() => {
    if (!layerInfo || !showsData || !style.glyphs) return;
    const ranges = labelGlyphRanges({
      layers: layerInfo,
      layerData: data.layers,
      places: placeLabels,
    });
    prefetchGlyphs(glyphUrls(style.glyphs, ranges));
  }, [style.glyphs, layerInfo, showsData, data.layers, placeLabels]);

  // The events are not in the style (see events-source.ts): the map's source gets them here,
  // right after the style that lists the source has been applied (react-maplibre applies it in
  // a layout effect of its own, which runs before this one), and again after a full style load.
  useLayoutEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && showsData) feedEventsSource(map, EVENTS_SOURCE, data.events);
  }, [style, showsData, data.events]);

  // Time and selection change often: they go to the style's global state, not into the style.
  // The time changes on every scrub step, so it reaches the map from a store subscription,
  // without re-rendering this component.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !showsData) return;
    const showTime = (time: number) => {
      map.setGlobalStateProperty('time', time);
      recordPerf({ mapUpdatedAt: performance.now() });
    };
    showTime(useUiStore.getState().time);
    return useUiStore.subscribe((s, previous) => {
      if (s.time !== previous.time) showTime(s.time);
    });
  }, [loaded, showsData, style]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !showsData) return;
    map.setGlobalStateProperty('selectedId', selectedId ?? '');
  }, [selectedId, loaded, showsData, style]);
  // The list's category filter applies to the map too (the actor and text filters do not).
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded || !manifest || !showsData) return;
    map.setGlobalStateProperty(
      'categories',
      shownCategories ?? manifest.categories.map((c) => c.id),
    );
  }, [shownCategories, manifest, loaded, showsData, style]);

  // The attribution control is made again with the dataset's attribution: fold it again on phones.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map && manifest && !window.matchMedia('(min-width: 700px)').matches)
      collapseAttribution(map);
  }, [manifest]);

  // A map that opened before its dataset said where to look goes to the dataset's default view
  // when it comes, unless the reader, a link or a story has moved the camera meanwhile. (When the
  // page around it then settles, MapLibre keeps the centre and zoom: the map only gets smaller,
  // which needs no new tiles, where framing the view again would.)
  const defaultBounds = manifest
    ? manifest.views.find((v) => v.id === manifest.defaultView)?.bounds
    : OPENING_BOUNDS;
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || linkView || !defaultBounds) return;
    const s = useUiStore.getState();
    if (s.mapView || s.viewRequest || s.cameraRequest || s.jumpRequest || map.isMoving()) return;
    framing.current = true;
    map.fitBounds(defaultBounds, { padding: FIT_PADDING, duration: 0 });
    framing.current = false;
  }, [defaultBounds, linkView, styleRead]);

  useEffect(() => {
    if (!viewRequest || !loaded || !manifest) return;
    const view = manifest.views.find((v) => v.id === viewRequest.viewId);
    if (!view) return;
    mapRef.current?.fitBounds(view.bounds, {
      padding: FIT_PADDING,
      duration: reducedMotion() ? 0 : 1200,
    });
  }, [viewRequest, manifest, loaded]);

  useEffect(() => {
    if (!cameraRequest || !loaded || !dataset) return;
    const event = dataset.events.find((e) => e.id === cameraRequest.eventId);
    if (!event) return;
    // Close in for the front; further out for a statement or call made in a capital.
    const local = ['hostility', 'humanitarian'].includes(event.properties.category);
    mapRef.current?.fitBounds(eventBounds(event, places), {
      padding: FIT_PADDING,
      maxZoom: local ? 9 : 5,
      duration: reducedMotion() ? 0 : 1500,
    });
  }, [cameraRequest, dataset, places, loaded]);

  useEffect(() => {
    if (!jumpRequest) return;
    const { lon, lat, zoom } = jumpRequest.view;
    mapRef.current?.jumpTo({ center: [lon, lat], zoom });
  }, [jumpRequest]);

  const onClick = (e: MapLayerMouseEvent) => {
    const feature = e.features?.[0];
    const id = feature?.properties.id;
    if (typeof id !== 'string') return;
    const event = events.find((x) => x.id === id);
    if (event) select(event.id, event.startMs);
  };

  return (
    <Map
      ref={mapRef}
      mapLib={mapLib}
      mapStyle={style}
      initialViewState={
        linkView
          ? { longitude: linkView.lon, latitude: linkView.lat, zoom: linkView.zoom }
          : {
              bounds: defaultBounds ?? OPENING_BOUNDS,
              fitBoundsOptions: { padding: FIT_PADDING },
            }
      }
      onMoveEnd={(e) => {
        if (framing.current) return;
        if (resizing.current) {
          resizing.current = false;
          return;
        }
        const c = e.target.getCenter();
        setMapView({ zoom: e.target.getZoom(), lat: c.lat, lon: c.lng });
      }}
      attributionControl={false}
      transformRequest={routeGlyphRequests}
      locale={mapControlStrings}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      interactiveLayerIds={EVENT_LAYER_IDS}
      onClick={onClick}
      onMouseEnter={(e) => (e.target.getCanvas().style.cursor = 'pointer')}
      onMouseLeave={(e) => (e.target.getCanvas().style.cursor = '')}
      onStyleData={(e) => {
        setStyleRead(true);
        if (showsData) feedEventsSource(e.target, EVENTS_SOURCE, data.events);
      }}
      onResize={(e) => {
        // During a camera animation a resize has no moveend of its own: the animation's counts.
        if (!e.target.isMoving()) resizing.current = true;
      }}
      onIdle={() => {
        // Idle with the basemap alone is not yet the story's map.
        if (!showsData || useMapReadiness.getState().showsDataset) return;
        recordPerf({ firstIdleAt: performance.now() });
        useMapReadiness.setState({ showsDataset: true });
      }}
      onLoad={(e) => {
        recordPerf({ firstPaintAt: performance.now() });
        exposeMapForTests(e.target);
        setCurrentMap(e.target);
        if (!window.matchMedia('(min-width: 700px)').matches) collapseAttribution(e.target);
        setLoaded(true);
      }}
      style={{ position: 'absolute', inset: 0 }}
      cooperativeGestures={cooperativeGestures}
      // Labels appear at once instead of fading in: every fade is a run of whole frames, and in
      // software rendering at 100k events each frame costs hundreds of milliseconds.
      fadeDuration={0}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-left" unit="metric" />
      {/* Made again when the dataset comes: the control reads its attribution once. */}
      <AttributionControl
        key={manifest ? manifest.id : 'basemap'}
        position="bottom-right"
        compact
        customAttribution={manifest?.attribution}
      />
    </Map>
  );
}
