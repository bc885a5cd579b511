import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';

const dataDir = join(import.meta.dirname, '../public/data');
const readData = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

type Json = Record<string, unknown>;

/** The shipped dataset's files by name (manifest, events, places, layers). */
function shippedFiles(): Record<string, unknown> {
  const manifest = readData('dataset.json') as { layers: { file: string }[] };
  const files: Record<string, unknown> = {
    'dataset.json': manifest,
    'events.geojson': readData('events.geojson'),
    'places.geojson': readData('places.geojson'),
  };
  for (const l of manifest.layers) files[l.file] = readData(l.file);
  return files;
}

/** Serves a dataset's files under /<folder>/ on the app's own origin. */
async function serveDataset(page: Page, folder: string, files: Record<string, unknown>) {
  await page.route(
    (url) => url.pathname.startsWith(`/${folder}/`),
    (route: Route) => {
      const path = new URL(route.request().url()).pathname.split(`/${folder}/`)[1] ?? '';
      const body = files[path];
      return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ json: body });
    },
  );
}

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
];

/** Puts XSS payloads into every text field of the dataset (titles, summaries, names, claims…). */
function poisoned(files: Record<string, unknown>): Record<string, unknown> {
  let i = 0;
  const payload = () => PAYLOADS[i++ % PAYLOADS.length] ?? '';
  const TEXT = new Set([
    'title',
    'summary',
    'label',
    'text',
    'claimant',
    'publisher',
    'about',
    'en',
    'hy',
    'az',
    'ru',
    'name',
    'note',
    'open',
    'description',
    'timePrecisionNote',
    'geoPrecisionNote',
  ]);
  const walk = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) {
      return key === 'actors' ? value.map(() => payload()) : value.map((v) => walk(v));
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value === 'string' && TEXT.has(key)) return `${payload()} ${value}`.slice(0, 150);
    return value;
  };
  return Object.fromEntries(Object.entries(files).map(([name, json]) => [name, walk(json)]));
}

test.describe('failed data loads', () => {
  test('a 404 shows a clear error with Retry, and Retry recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/data/events.geojson', (route) =>
      fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('HTTP 404', { timeout: 20_000 });
    await expect(page.getByRole('heading', { name: 'Line of Contact' })).toBeVisible();
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    await mapIdle(page);
  });

  test('a 500 is retried with backoff before the error shows', async ({ page }) => {
    let calls = 0;
    await page.route('**/data/places.geojson', (route) => {
      calls++;
      return route.fulfill({ status: 500, body: 'oops' });
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('HTTP 500', { timeout: 20_000 });
    expect(calls).toBe(3);
  });

  test('truncated JSON and a dropped connection say what happened', async ({ page }) => {
    await page.route('**/data/events.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{"ty',
      }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('not valid JSON', { timeout: 20_000 });

    await page.unroute('**/data/events.geojson');
    await page.route('**/data/dataset.json', (route) => route.abort('timedout'));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Could not reach', { timeout: 20_000 });
  });

  test('a dataset checker that fails to download gives an error with Retry, and Retry recovers', async ({
    page,
  }) => {
    let fail = true;
    await page.route(/\/assets\/events-precheck-[\w-]+\.js$/, (route) =>
      fail ? route.abort('connectionreset') : route.continue(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'Could not download the part of the app that checks datasets',
      { timeout: 20_000 },
    );
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    await mapIdle(page);
  });

  test('a slow load shows its progress, then the map', async ({ page }) => {
    await page.route('**/data/events.geojson', async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.goto('./');
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the map data' }),
    ).toContainText(/of \d+ files/);
    await expect(page.getByLabel('Loading the data')).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible({ timeout: 20_000 });
  });
});

test.describe('the map comes first', () => {
  test('the basemap is drawn while the data loads, and the same map then shows the events', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/events.geojson', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./?event=2016-04-02-lele-tepe');
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the map data' }),
    ).toBeVisible();
    // The land is drawn, in the view the story opens on, before any event is known.
    await page.waitForFunction(() => window.__lineOfContactMap?.loaded());
    const land = await page.evaluate(() => {
      const map = window.__lineOfContactMap;
      (window as { firstMap?: unknown }).firstMap = map;
      return map?.queryRenderedFeatures({ layers: ['countries-region-fill'] }).length ?? 0;
    });
    expect(land).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => window.__lineOfContactMap?.getLayer('event-points-recent')),
    ).toBeFalsy();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);

    release();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible({ timeout: 20_000 });
    await mapIdle(page);
    // The same map instance, now with the events, and the link's event selected.
    expect(
      await page.evaluate(
        () => window.__lineOfContactMap === (window as { firstMap?: unknown }).firstMap,
      ),
    ).toBe(true);
    await expect(page.getByRole('heading', { name: /Lele Tepe/ })).toBeVisible();
    const drawn = await page.evaluate(
      () =>
        window.__lineOfContactMap?.queryRenderedFeatures({ layers: ['event-points-recent'] })
          .length ?? 0,
    );
    expect(drawn).toBeGreaterThan(0);
  });
});

test.describe('other datasets', () => {
  test('?data= opens another dataset of the same format and keeps it in links', async ({
    page,
  }) => {
    const files = shippedFiles();
    const manifest = files['dataset.json'] as Json;
    files['dataset.json'] = { ...manifest, title: 'A copy of the April 2016 story' };
    await serveDataset(page, 'alt', files);
    await page.goto('./?data=/alt/dataset.json');
    await expect(page.getByText('A copy of the April 2016 story')).toBeVisible();
    await expect(page.getByText(/Showing a dataset from .*\/alt\/dataset\.json/)).toBeVisible();
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /Lele Tepe/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\?data=\/alt\/dataset\.json&event=/);
  });

  test('an invalid dataset lists its problems, with a way back to the default one', async ({
    page,
  }) => {
    const files = shippedFiles();
    const events = files['events.geojson'] as { features: Json[] };
    const first = events.features[0] as { properties: Json };
    first.properties.start = 'yesterday';
    (events.features[1] as { geometry: Json }).geometry = { type: 'Point', coordinates: [500, 0] };
    await serveDataset(page, 'broken', files);
    await page.goto('./?data=/broken/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('has problems');
    await expect(alert).toContainText(
      'events.geojson: features[0] (id "2015-12-19-bern-summit"): properties.start',
    );
    await expect(alert).toContainText('features[1]');
    await alert.getByRole('link', { name: 'Open the default dataset' }).click();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  });

  test('a dataset from plain http on another site is refused', async ({ page, watch }) => {
    await page.goto('./?data=http://203.0.113.9/dataset.json');
    await expect(
      page.getByText(/was not opened: datasets from other sites must be served over https/),
    ).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    expect(watch.requests.filter((u) => new URL(u).hostname === '203.0.113.9')).toEqual([]);
  });

  test('local files can be opened and stay in the browser', async ({ page, baseURL }) => {
    await page.goto('./');
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    const sent: string[] = [];
    page.on('request', (r) => {
      // The map reloads its own basemap (GET, same origin); anything else would be a leak.
      if (r.method() !== 'GET' || !r.url().startsWith(new URL(baseURL ?? '').origin)) {
        sent.push(`${r.method()} ${r.url()}`);
      }
    });
    const files = shippedFiles();
    const manifest = files['dataset.json'] as Json;
    files['dataset.json'] = { ...manifest, title: 'My own copy' };
    await page.getByLabel('Open a dataset from files on this device').setInputFiles(
      Object.entries(files).map(([name, json]) => ({
        name: name.split('/').pop() ?? name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(json)),
      })),
    );
    await expect(page.getByText('My own copy')).toBeVisible();
    await expect(page.getByText(/Showing a dataset from this device/)).toBeVisible();
    await mapIdle(page);
    // Nothing was sent anywhere: no request carried the files.
    expect(sent).toEqual([]);
  });
});

test.describe('hostile input', () => {
  test('a dataset full of XSS payloads shows them as text and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await serveDataset(page, 'xss', poisoned(shippedFiles()));
    await page.goto('./?data=/xss/dataset.json');
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Events' });
    await list.getByRole('button').first().click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details).toContainText('<img src=x onerror=');
    await expect(page.locator('body')).toContainText('<script>window.__xss=1</script>');
    await mapIdle(page);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    for (const link of await details.getByRole('link').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  test('javascript: URLs in sources are rejected by the schema, and the message is inert', async ({
    page,
  }) => {
    const files = shippedFiles();
    const events = files['events.geojson'] as { features: { properties: { sources: Json[] } }[] };
    const first = events.features[0];
    if (first)
      first.properties.sources = [
        { title: '<b>x</b>', publisher: 'p', url: 'javascript:window.__xss=1' },
      ];
    await serveDataset(page, 'jsurl', files);
    await page.goto('./?data=/jsurl/');
    await expect(page.getByRole('alert')).toContainText('properties.sources.0.url');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});

test.describe('content security policy', () => {
  test('the built app runs under its CSP with no violation and no foreign request', async ({
    page,
    watch,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto('./');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await mapIdle(page);
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /Vienna summit: presidents/ })
      .click();
    await mapIdle(page);
    expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toEqual([]);
    const origin = new URL(baseURL ?? '').origin;
    expect(watch.requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual(
      [],
    );
    expect(watch.consoleErrors).toEqual([]);
  });
});
