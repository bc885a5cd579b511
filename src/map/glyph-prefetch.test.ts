import type { RequestParameters } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGlyphs, prefetchGlyphs, routeGlyphRequests } from './glyph-prefetch';

const bytes = (n: number) => new Uint8Array([n, n, n]).buffer;

/** A fetch that answers each URL with the given statuses in turn (200 carries bytes). */
function stubFetch(statuses: Record<string, number[]>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    calls.push(url);
    const status = statuses[url]?.shift() ?? 404;
    return Promise.resolve(new Response(status === 200 ? bytes(calls.length) : null, { status }));
  });
  return calls;
}

/** What MapLibre does with a glyph URL: transform it, then call the protocol's loader. */
async function mapAsksFor(url: string) {
  const routed = routeGlyphRequests(url, 'Glyphs' as never) as RequestParameters;
  const response = await loadGlyphs(routed, new AbortController());
  return new Uint8Array(response.data as ArrayBuffer);
}

afterEach(() => vi.unstubAllGlobals());

describe('glyph prefetch', () => {
  it('hands the map the download under way instead of fetching the file again', async () => {
    const url = 'http://x/glyphs/Noto Sans Regular/0-255.pbf';
    const calls = stubFetch({ [url]: [200, 200] });
    prefetchGlyphs([url]);
    prefetchGlyphs([url]);
    expect(await mapAsksFor(url)).toEqual(new Uint8Array([1, 1, 1]));
    expect(calls).toEqual([url]);
  });

  it('fetches, when the map asks, a file that was not prefetched', async () => {
    const url = 'http://x/glyphs/Noto Sans Bold/256-511.pbf';
    const calls = stubFetch({ [url]: [200] });
    expect(await mapAsksFor(url)).toEqual(new Uint8Array([1, 1, 1]));
    expect(calls).toEqual([url]);
  });

  it('tries a failed download again when the map asks', async () => {
    const url = 'http://x/glyphs/Noto Sans Regular/512-767.pbf';
    const calls = stubFetch({ [url]: [503, 200] });
    prefetchGlyphs([url]);
    expect(await mapAsksFor(url)).toEqual(new Uint8Array([2, 2, 2]));
    expect(calls).toEqual([url, url]);
  });

  it('reports a file it cannot get to the map as an error', async () => {
    const url = 'http://x/glyphs/Noto Sans Regular/9984-10239.pbf';
    stubFetch({ [url]: [404, 404] });
    prefetchGlyphs([url]);
    await expect(mapAsksFor(url)).rejects.toThrow('404');
  });

  it('routes only the map’s glyph requests', () => {
    expect(routeGlyphRequests('http://x/basemap/towns.geojson', 'Source' as never)).toBe(undefined);
    expect(routeGlyphRequests('http://x/glyphs/a/0-255.pbf', 'Glyphs' as never)).toEqual({
      url: 'prefetched-glyphs://http://x/glyphs/a/0-255.pbf',
    });
  });
});
