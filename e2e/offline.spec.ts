import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { test, expect, mapIdle, renderedIds, saveScreenshot, type PageWatch } from './fixtures';
import { serveDirectory } from './static-server';

// This file is about the service worker: let it run (the config blocks it everywhere else).
test.use({ serviceWorkers: 'allow' });

const ROOT = join(import.meta.dirname, '..');

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const notices = (page: Page) => page.getByRole('status', { name: 'App updates' });

/** The URLs the built service worker precaches, read from the build's sw.js. */
function precacheManifest(outDir: string, root: string): string[] {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  return urls.map((u) => new URL(u, root).href).sort();
}

/** Waits until the service worker controls the page, then lists what its precache holds. */
async function precached(page: Page): Promise<string[]> {
  // Installed means every precache entry was fetched and stored; activated, it controls the page.
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    null,
    {
      timeout: 60_000,
    },
  );
  const keys = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((r) => r.url));
    }
    return urls;
  });
  return keys
    .map((k) => {
      const url = new URL(k);
      url.searchParams.delete('__WB_REVISION__');
      return url.href;
    })
    .sort();
}

/** Records requests that failed or answered with an error, and what answered the others. */
function watchResponses(page: Page) {
  const failed: string[] = [];
  const responses: Response[] = [];
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // The browser cancels a request it no longer needs (the favicon, when the next navigation
    // starts): that is not the network failing.
    if (reason === 'net::ERR_ABORTED' && r.resourceType() !== 'document') return;
    failed.push(`${r.url()} ${reason}`);
  });
  page.on('response', (r) => {
    responses.push(r);
    if (r.status() >= 400) failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  return { failed, responses };
}

/**
 * The offline half of the story: with the network off, the app reloads from the service
 * worker, draws the Line of Contact, lists the events and opens a deep-linked event and a
 * share page.
 */
async function expectAppWorksOffline(page: Page, root: string, watch: PageWatch, shot: string) {
  const { failed, responses } = watchResponses(page);
  await page.reload();
  await mapIdle(page);
  expect((await renderedIds(page, ['line-of-contact'])).length).toBeGreaterThan(0);
  expect(await renderedIds(page, ['place-labels'])).toContain('stepanakert');
  await saveScreenshot(page, shot);

  // The event list, and the details of an event picked from it.
  const list = page.getByRole('list', { name: 'Events' });
  await list.getByRole('button', { name: /Vienna summit: presidents/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Vienna summit');
  await mapIdle(page);

  // A deep link opened while offline.
  await page.goto(`${root}?event=2016-04-02-lele-tepe`);
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Lele Tepe');
  await mapIdle(page);

  // A share page, which sends the reader on to the app.
  await page.goto(`${root}e/2016-04-05-moscow-ceasefire/`);
  await expect(page).toHaveURL(`${root}?event=2016-04-05-moscow-ceasefire`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Ceasefire agreed in Moscow takes effect at noon',
  );
  await mapIdle(page);

  expect(failed).toEqual([]);
  // Everything the app fetched (page, scripts, data, basemap, glyphs) came from the cache.
  const appResponses = responses.filter((r) => r.url().startsWith(root));
  expect(appResponses.length).toBeGreaterThan(10);
  expect(appResponses.filter((r) => !r.fromServiceWorker()).map((r) => r.url())).toEqual([]);
  const fetched = appResponses.map((r) => new URL(r.url()).pathname);
  expect(fetched.some((p) => p.endsWith('/data/events.geojson'))).toBe(true);
  expect(fetched.some((p) => p.includes('/basemap/'))).toBe(true);
  expect(fetched.some((p) => p.includes('/glyphs/'))).toBe(true);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);

  // And the network was really off, for the service worker too: what it has not cached fails.
  const uncached = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'fetched',
        () => 'failed',
      ),
    `${root}glyphs/Noto%20Sans%20Regular/9984-10239.pbf`,
  );
  expect(uncached).toBe('failed');
}

test.describe('installable and offline', () => {
  // Each test opens the app several times, precaches 7 MB and renders the map in software.
  test.describe.configure({ timeout: 180_000 });

  test('after one online visit the app, its data and its share pages work offline', async ({
    page,
    context,
    baseURL,
    watch,
  }) => {
    const root = new URL('./', baseURL).href;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(root);
    await mapIdle(page);
    const cached = await precached(page);
    // Registering the worker and reading the manifest are allowed by the CSP as it is.
    expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toEqual([]);
    const manifest = precacheManifest(join(ROOT, 'dist'), root);
    expect(manifest).toEqual(
      expect.arrayContaining([
        `${root}index.html`,
        `${root}data/events.geojson`,
        `${root}basemap/countries-region.geojson`,
        `${root}glyphs/Noto%20Sans%20Regular/1280-1535.pbf`,
        `${root}e/2016-04-05-moscow-ceasefire/index.html`,
      ]),
    );
    expect(cached).toEqual(manifest);

    await context.setOffline(true);
    await expectAppWorksOffline(page, root, watch, 'offline-reloaded');
  });

  test('the sub-path build installs inside its path and works offline too', async ({
    page,
    context,
    baseURL,
    watch,
  }) => {
    const port = Number(new URL(baseURL ?? '').port) + 1;
    const root = `http://127.0.0.1:${port}/line-of-contact/`;
    await page.goto(root);
    await mapIdle(page);

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const webManifest = (await (
      await page.request.get(new URL(manifestHref ?? '', root).href)
    ).json()) as {
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(webManifest.start_url).toBe('/line-of-contact/');
    expect(webManifest.scope).toBe('/line-of-contact/');
    for (const icon of webManifest.icons) {
      const response = await page.request.get(new URL(icon.src, root).href);
      expect(response.status(), icon.src).toBe(200);
    }
    expect(webManifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );

    const cached = await precached(page);
    expect(cached).toEqual(precacheManifest(join(ROOT, 'dist-subpath'), root));
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope),
    ).toBe(root);

    await context.setOffline(true);
    await expectAppWorksOffline(page, root, watch, 'offline-reloaded-subpath');
  });

  test('a new deployment is offered with a notice, and Reload switches to it', async ({
    page,
    baseURL,
    watch,
  }) => {
    // The built app, copied so that a "deployment" can change its files, on a server the
    // test can also switch off.
    const dir = mkdtempSync(join(tmpdir(), 'loc-pwa-'));
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    const server = await serveDirectory(dir, Number(new URL(baseURL ?? '').port) + 2);
    const root = `${server.origin}/`;
    try {
      await page.goto(root);
      // The first install says, quietly, that the app now works offline. The notice goes away
      // by itself after a few seconds, so it is looked for from the start, not after the map.
      await expect(notices(page)).toContainText('The app now also works offline.', {
        timeout: 60_000,
      });
      await saveScreenshot(page, 'offline-ready-notice');
      await notices(page).getByRole('button', { name: 'Dismiss' }).click();
      await expect(notices(page)).toHaveText('');
      await mapIdle(page);
      expect((await precached(page)).length).toBeGreaterThan(50);

      // Deploy version 2: a changed index.html, and the service worker that lists it.
      const indexFile = join(dir, 'index.html');
      writeFileSync(
        indexFile,
        readFileSync(indexFile, 'utf8').replace(
          '<title>',
          '<meta name="app-version" content="2" />\n    <title>',
        ),
      );
      const swFile = join(dir, 'sw.js');
      const sw = readFileSync(swFile, 'utf8');
      const deployed = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1deploy-2"');
      expect(deployed).not.toBe(sw);
      writeFileSync(swFile, deployed);

      // The reader comes back: the cached version 1 opens, and the notice offers version 2.
      await page.reload();
      await expect(notices(page)).toContainText('A new version is available.', {
        timeout: 30_000,
      });
      expect(await page.locator('meta[name="app-version"]').count()).toBe(0);
      await mapIdle(page);
      await saveScreenshot(page, 'update-notice');
      // It fits a phone screen too.
      await page.setViewportSize({ width: 375, height: 740 });
      const box = await notices(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
      await saveScreenshot(page, 'update-notice-narrow');
      await page.setViewportSize({ width: 1280, height: 800 });

      // Dismissed, it stays away for this page; the new version keeps waiting.
      await notices(page).getByRole('button', { name: 'Dismiss' }).click();
      await expect(notices(page)).toHaveText('');
      await page.reload();
      await expect(notices(page)).toContainText('A new version is available.', {
        timeout: 30_000,
      });

      // Keyboard: Reload switches to version 2 and reloads the page.
      const reloaded = page.waitForEvent('load');
      await notices(page).getByRole('button', { name: 'Reload' }).focus();
      await page.keyboard.press('Enter');
      await reloaded;
      await expect(page.locator('meta[name="app-version"]')).toHaveAttribute('content', '2');
      await mapIdle(page);
      await expect(notices(page)).not.toContainText('A new version is available.');

      // With the server gone altogether, version 2 still opens.
      await server.close();
      await page.reload();
      await mapIdle(page);
      await expect(page.locator('meta[name="app-version"]')).toHaveAttribute('content', '2');
      expect((await renderedIds(page, ['line-of-contact'])).length).toBeGreaterThan(0);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
