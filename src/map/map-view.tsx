import { useEffect, useMemo, useRef } from 'react';
import {
  AttributionControl,
  Map,
  NavigationControl,
  ScaleControl,
  type MapRef,
} from '@vis.gl/react-maplibre';
import type { Dataset } from '../data/validate-dataset';
import { useUiStore } from '../state/ui-store';
import { visibleLayerSet } from '../state/selectors';
import { buildMapStyle } from './style/build-map-style';
import { placeLabelData } from './style/place-layers';
import { exposeMapForTests } from './test-handle';

const mapLib = import('./maplibre-lib').then((m) => m.default);

const FIT_PADDING = 24;

/** On phones the attribution starts folded behind its (i) button, so that it does not cover the map. */
function collapseAttribution(map: { getContainer: () => HTMLElement }) {
  map
    .getContainer()
    .querySelector('.maplibregl-ctrl-attrib')
    ?.classList.remove('maplibregl-compact-show');
}

interface MapViewProps {
  dataset: Dataset;
  assetBase: string;
  dataBase: string;
}

export function MapView({ dataset, assetBase, dataBase }: MapViewProps) {
  const { manifest, places } = dataset;
  const mapRef = useRef<MapRef>(null);
  const chosenLayers = useUiStore((s) => s.visibleLayers);
  const viewRequest = useUiStore((s) => s.viewRequest);

  const placeData = useMemo(() => placeLabelData(places), [places]);
  const style = useMemo(
    () =>
      buildMapStyle({
        assetBase,
        dataBase,
        layers: manifest.layers,
        categories: manifest.categories,
        eventsUrl: new URL(manifest.files.events, dataBase).href,
        visibleLayers: visibleLayerSet(chosenLayers, manifest.layers),
        places: placeData,
      }),
    [assetBase, dataBase, manifest, chosenLayers, placeData],
  );

  const defaultView = manifest.views.find((v) => v.id === manifest.defaultView);

  useEffect(() => {
    if (!viewRequest) return;
    const view = manifest.views.find((v) => v.id === viewRequest.viewId);
    const map = mapRef.current;
    if (!view || !map) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.fitBounds(view.bounds, { padding: FIT_PADDING, duration: reduceMotion ? 0 : 1200 });
  }, [viewRequest, manifest.views]);

  return (
    <Map
      ref={mapRef}
      mapLib={mapLib}
      mapStyle={style}
      initialViewState={{
        bounds: defaultView?.bounds,
        fitBoundsOptions: { padding: FIT_PADDING },
      }}
      attributionControl={false}
      dragRotate={false}
      pitchWithRotate={false}
      touchPitch={false}
      onLoad={(e) => {
        exposeMapForTests(e.target);
        if (!window.matchMedia('(min-width: 700px)').matches) collapseAttribution(e.target);
      }}
      style={{ position: 'absolute', inset: 0 }}
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
