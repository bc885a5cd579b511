import { useEffect, useMemo, useRef, useState } from 'react';
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
import { eventBounds } from './camera';
import { diplomacyArcs, mapEventData, timedLayerData } from './map-data';
import { buildMapStyle } from './style/build-map-style';
import { EVENT_LAYER_IDS } from './style/event-layers';
import { placeLabelData } from './style/place-layers';
import { setCurrentMap } from './current-map';
import { useLocaleStore } from '../i18n/locale-store';
import { translate } from '../i18n/define-messages';
import { messages } from './messages';
import { exposeMapForTests, recordPerf } from './test-handle';

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

interface MapViewProps {
  dataset: Dataset;
  events: readonly IndexedEvent[];
  assetBase: string;
  /** In an embed the page scrolls past the map: zoom needs Ctrl + scroll (hints in `locale`). */
  cooperativeGestures?: { locale: Record<string, string> };
}

/** A thin wrapper: the style comes from a pure builder; time and selection go to global state. */
export function MapView({ dataset, events, assetBase, cooperativeGestures }: MapViewProps) {
  const { manifest, places } = dataset;
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  const chosenLayers = useUiStore((s) => s.visibleLayers);
  const viewRequest = useUiStore((s) => s.viewRequest);
  const cameraRequest = useUiStore((s) => s.cameraRequest);
  const selectedId = useUiStore((s) => s.selectedId);
  const shownCategories = useUiStore((s) => s.filters.categories);
  const select = useUiStore((s) => s.select);
  const [initialTime] = useState(() => useUiStore.getState().time);
  const [linkView] = useState(() => useUiStore.getState().mapView);
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
    };
  });
  const placeLabels = useMemo(() => placeLabelData(places, locale), [places, locale]);
  const data = useMemo(
    () => ({
      events: mapEventData(events),
      arcs: diplomacyArcs(events, places),
      layers: Object.fromEntries(
        Object.entries(dataset.layerFeatures).map(([id, f]) => [id, timedLayerData(f)]),
      ),
    }),
    [places, events, dataset.layerFeatures],
  );
  const style = useMemo(
    () =>
      buildMapStyle({
        assetBase,
        layers: manifest.layers,
        layerData: data.layers,
        categories: manifest.categories,
        events: data.events,
        arcs: data.arcs,
        initialTime,
        visibleLayers: visibleLayerSet(chosenLayers, manifest.layers),
        places: placeLabels,
        theme,
      }),
    [assetBase, manifest, chosenLayers, data, initialTime, placeLabels, theme],
  );

  useEffect(() => () => setCurrentMap(null), []);

  // Time and selection change often: they go to the style's global state, not into the style.
  // The time changes on every scrub step, so it reaches the map from a store subscription,
  // without re-rendering this component.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    const showTime = (time: number) => {
      map.setGlobalStateProperty('time', time);
      recordPerf({ mapUpdatedAt: performance.now() });
    };
    showTime(useUiStore.getState().time);
    return useUiStore.subscribe((s, previous) => {
      if (s.time !== previous.time) showTime(s.time);
    });
  }, [loaded, style]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    map.setGlobalStateProperty('selectedId', selectedId ?? '');
  }, [selectedId, loaded, style]);
  // The list's category filter applies to the map too (the actor and text filters do not).
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    map.setGlobalStateProperty(
      'categories',
      shownCategories ?? manifest.categories.map((c) => c.id),
    );
  }, [shownCategories, manifest.categories, loaded, style]);

  useEffect(() => {
    if (!viewRequest || !loaded) return;
    const view = manifest.views.find((v) => v.id === viewRequest.viewId);
    if (!view) return;
    mapRef.current?.fitBounds(view.bounds, {
      padding: FIT_PADDING,
      duration: reducedMotion() ? 0 : 1200,
    });
  }, [viewRequest, manifest.views, loaded]);

  useEffect(() => {
    if (!cameraRequest || !loaded) return;
    const event = dataset.events.find((e) => e.id === cameraRequest.eventId);
    if (!event) return;
    // Close in for the front; further out for a statement or call made in a capital.
    const local = ['hostility', 'humanitarian'].includes(event.properties.category);
    mapRef.current?.fitBounds(eventBounds(event, places), {
      padding: FIT_PADDING,
      maxZoom: local ? 9 : 5,
      duration: reducedMotion() ? 0 : 1500,
    });
  }, [cameraRequest, dataset.events, places, loaded]);

  useEffect(() => {
    if (!jumpRequest) return;
    const { lon, lat, zoom } = jumpRequest.view;
    mapRef.current?.jumpTo({ center: [lon, lat], zoom });
  }, [jumpRequest]);

  const defaultView = manifest.views.find((v) => v.id === manifest.defaultView);

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
          : { bounds: defaultView?.bounds, fitBoundsOptions: { padding: FIT_PADDING } }
      }
      onMoveEnd={(e) => {
        const c = e.target.getCenter();
        setMapView({ zoom: e.target.getZoom(), lat: c.lat, lon: c.lng });
      }}
      attributionControl={false}
      locale={{ ...mapControlStrings, ...cooperativeGestures?.locale }}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      interactiveLayerIds={EVENT_LAYER_IDS}
      onClick={onClick}
      onMouseEnter={(e) => (e.target.getCanvas().style.cursor = 'pointer')}
      onMouseLeave={(e) => (e.target.getCanvas().style.cursor = '')}
      onIdle={() => {
        if (!window.__lineOfContactPerf?.firstIdleAt)
          recordPerf({ firstIdleAt: performance.now() });
      }}
      onLoad={(e) => {
        exposeMapForTests(e.target);
        setCurrentMap(e.target);
        if (!window.matchMedia('(min-width: 700px)').matches) collapseAttribution(e.target);
        setLoaded(true);
      }}
      style={{ position: 'absolute', inset: 0 }}
      cooperativeGestures={Boolean(cooperativeGestures)}
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-left" unit="metric" />
      <AttributionControl
        position="bottom-right"
        compact
        customAttribution={manifest.attribution}
      />
    </Map>
  );
}
