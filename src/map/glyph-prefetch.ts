import type { AddProtocolAction, RequestTransformFunction } from 'maplibre-gl';

/**
 * Glyph files downloaded before the map asks for them.
 *
 * MapLibre asks for a glyph file only when its worker lays out a tile with that text, late in the
 * load. The answer then waits for a main thread busy drawing frames: 0.15–0.3 s per file in a
 * cold load here, on the way to the first whole map. The labels' texts are known once the style
 * is built, so their files can be downloaded then. The map's `transformRequest` sends MapLibre's
 * glyph requests to this module's protocol, which hands over the download under way.
 */
export const GLYPH_PROTOCOL = 'prefetched-glyphs';
const PREFIX = `${GLYPH_PROTOCOL}://`;

const downloads = new Map<string, Promise<ArrayBuffer>>();
const started = new Set<string>();

async function download(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${url}`);
  return response.arrayBuffer();
}

/** Starts downloading these glyph files, each once per page. */
export function prefetchGlyphs(urls: readonly string[]): void {
  for (const url of urls) {
    if (started.has(url)) continue;
    started.add(url);
    const file = download(url);
    // A failed download is forgotten (and is no unhandled rejection): the map's request will
    // fetch the file again.
    file.catch(() => downloads.delete(url));
    downloads.set(url, file);
  }
}

/** For the map's `transformRequest`: glyph requests go through `loadGlyphs`. */
export const routeGlyphRequests: RequestTransformFunction = (url, resourceType) =>
  // ResourceType is an ambient const enum, which isolated modules cannot name.
  (resourceType as string | undefined) === 'Glyphs' ? { url: PREFIX + url } : undefined;

/**
 * MapLibre's loader for the protocol: the download under way if there is one, else a download
 * now. A failure reaches MapLibre as before, which then draws those glyphs with a local font.
 */
export const loadGlyphs: AddProtocolAction = async (request, abortController) => {
  const url = request.url.slice(PREFIX.length);
  const ahead = downloads.get(url);
  // Each map asks for a file once and keeps its glyphs: the download is not needed again.
  downloads.delete(url);
  const data = ahead
    ? await ahead.catch(() => download(url, abortController.signal))
    : await download(url, abortController.signal);
  return { data };
};
