// Installable and offline: the web app manifest and a Workbox service worker (vite-plugin-pwa).
// The service worker precaches the whole app with its data, so that once opened online the app
// works with the network off. It registers from the app's own bundle (no inline script, so the
// CSP stays 'self' only) and waits for the reader's "Reload" before taking over: see src/pwa/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { glyphRanges } from '../src/map/glyph-ranges';
import { FONT_BOLD, FONT_REGULAR } from '../src/map/style/fonts';

/** Fonts the map style uses; their glyph ranges are precached. */
const FONTS = [FONT_REGULAR, FONT_BOLD];

/**
 * Workbox leaves out (with only a build warning) any file over its 2 MiB default, and the
 * regional basemap is already 1.96 MiB: a slightly bigger one would silently break offline use.
 * The limit is raised to 3 MiB on purpose; a file bigger than that is a mistake to look at.
 */
export const PRECACHE_FILE_LIMIT = 3 * 1024 * 1024;

function stringsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * The 256-code-point glyph ranges ("0-255", "512-767", …) that text in the given GeoJSON
 * features can need, upper-cased too (country labels are). A superset of what the map draws:
 * every string property counts, not only the labelled ones.
 */
export function glyphRangesFor(collections: readonly unknown[]): string[] {
  const texts = collections.flatMap((collection) =>
    stringsIn(
      ((collection as { features?: { properties?: unknown }[] }).features ?? []).map(
        (f) => f.properties,
      ),
      [],
    ),
  );
  return glyphRanges(texts.flatMap((text) => [text, text.toUpperCase()]));
}

function geojsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => join(dir, name));
}

/** Glob patterns (relative to the build output) of the glyph files the bundled data needs. */
function glyphPatterns(publicDir: string): string[] {
  const files = [
    ...geojsonFiles(join(publicDir, 'basemap')),
    ...geojsonFiles(join(publicDir, 'data')),
  ];
  const ranges = glyphRangesFor(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown));
  return FONTS.flatMap((font) => ranges.map((range) => `glyphs/${font}/${range}.pbf`));
}

export function progressiveWebApp(options: { publicDir: string }): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    // Registration is in the app's bundle (src/pwa/), not an injected inline script.
    injectRegister: false,
    integration: { closeBundleOrder: 'post' },
    // The icons and the manifest are precached by the patterns below.
    includeManifestIcons: false,
    manifest: {
      name: 'Line of Contact',
      short_name: 'LoC Map',
      description:
        'An offline interactive map of the Nagorno-Karabakh Line of Contact, the April 2016 hostilities and the diplomacy around them.',
      lang: 'en',
      dir: 'ltr',
      display: 'standalone',
      // start_url and scope default to Vite's base, so a sub-path build stays inside its path.
      theme_color: '#ffffff',
      background_color: '#f3f0e8',
      categories: ['education', 'news'],
      icons: [
        { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'maskable-icon-512x512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // The app, its data, the basemap, the per-event share pages and the glyph ranges the
      // bundled text uses. Precached files are versioned together with the app: the data the
      // schema validates always matches the code that validates it.
      globPatterns: [
        '**/*.{html,js,mjs,css,svg,png}',
        'data/**/*.{json,geojson}',
        'basemap/*.geojson',
        ...glyphPatterns(options.publicDir),
      ],
      maximumFileSizeToCacheInBytes: PRECACHE_FILE_LIMIT,
      // Any navigation inside the scope (?event=…, ?view=…) opens the cached app.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first install takes the open page at once; updates still wait for "Reload".
      clientsClaim: true,
      runtimeCaching: [
        {
          // Glyph ranges not precached (text of another dataset): kept once fetched.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/glyphs/'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'line-of-contact-glyphs',
            expiration: { maxEntries: 200 },
          },
        },
      ],
    },
  });
}
