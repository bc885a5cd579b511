import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { GLYPH_PROTOCOL, loadGlyphs } from './glyph-prefetch';

// Vite does not find MapLibre's worker on its own: point MapLibre at the bundled copy.
maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's workers now, while the dataset is still loading, rather than when the map is
// made after it.
maplibregl.prewarm();
// The map's glyph requests are routed here (see glyph-prefetch.ts).
maplibregl.addProtocol(GLYPH_PROTOCOL, loadGlyphs);

export default maplibregl;
