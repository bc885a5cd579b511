import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { test, expect, ARTIFACTS, mapIdle } from './fixtures';

const EVENT = '2016-04-02-lele-tepe';
const TITLE = 'Azerbaijan takes the Lele Tepe (Lalatapa) height';

/** The state a link carries, without embed (and without the map view, which may still move). */
function linkState(href: string) {
  const params = new URL(href).searchParams;
  return {
    event: params.get('event'),
    t: params.get('t'),
    layers: params.get('layers'),
    cat: params.get('cat'),
    lang: params.get('lang'),
    map: params.get('map'),
  };
}

/**
 * A news article on another origin (a throw-away local server on a free port) with the app in
 * a 600×400 iframe. A real server, not a routed response: Chromium treats a routed page as
 * public and would refuse it a frame from 127.0.0.1.
 */
async function openArticle(page: Page, baseURL: string, appQuery: string): Promise<Frame> {
  const appUrl = new URL(`./${appQuery}`, baseURL).href;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<link rel="icon" href="data:,"></head><body style="margin:0;padding:16px;font-family:serif">
<h1 style="margin:0 0 12px;font-size:20px">Fighting along the Line of Contact</h1>
<iframe src="${appUrl}" width="600" height="400" title="Line of Contact: interactive map" loading="lazy" style="border:0"></iframe>
<p>The article goes on below the map.</p></body></html>`;
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/article.html`);
  // loading="lazy": the frame may start after the article's load event.
  await expect.poll(() => page.frames().some((f) => f.url().includes('embed=1'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded app');
  await mapIdle(frame);
  return frame;
}

const servers: Server[] = [];
test.afterAll(() => servers.forEach((s) => s.close()));

test.describe('embed mode', () => {
  test('fits a 600×400 iframe: map, event and timeline in view, no scrollbars, a link out', async ({
    page,
    baseURL,
    watch,
  }) => {
    const query = `?event=${EVENT}&layers=line-of-contact,axes-2016-04&cat=hostility,ceasefire&lang=en&embed=1`;
    const frame = await openArticle(page, baseURL ?? '', query);
    const iframe = page.locator('iframe');
    const box = await iframe.boundingBox();
    expect(box).toMatchObject({ width: 600, height: 400 });
    const app = page.frameLocator('iframe');

    // Inside the frame, fully: the map, the event title, the timeline and the link out.
    const within = async (name: string, locator: ReturnType<typeof app.locator>) => {
      await expect(locator, name).toBeVisible();
      const b = await locator.boundingBox();
      if (!b || !box) throw new Error(`${name}: no box`);
      expect(b.x, name).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(b.y, name).toBeGreaterThanOrEqual(box.y - 0.5);
      expect(b.x + b.width, name).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(b.y + b.height, name).toBeLessThanOrEqual(box.y + box.height + 0.5);
      return b;
    };
    const map = await within('map', app.locator('.maplibregl-canvas'));
    expect(map.height, 'the map keeps a fair share of the frame').toBeGreaterThanOrEqual(200);
    await within('title', app.getByRole('region', { name: 'Selected event' }).getByText(TITLE));
    await within('timeline', app.getByRole('region', { name: 'Time' }));
    await within('time slider', app.getByRole('slider', { name: 'Timeline' }));
    await within('play', app.getByRole('button', { name: 'Play' }));
    const open = app.getByRole('link', { name: /Open full map/ });
    await within('open full map', open);

    // No page chrome: no header, list, filters or file opener.
    await expect(app.getByRole('banner')).toHaveCount(0);
    await expect(app.getByRole('list', { name: 'Events' })).toHaveCount(0);
    await expect(app.getByRole('searchbox')).toHaveCount(0);
    await expect(app.getByText('Open dataset…')).toBeHidden();

    // Readers scroll the article past the map: the wheel alone does not zoom it.
    expect(
      await frame.evaluate(() => window.__lineOfContactMap?.cooperativeGestures.isEnabled()),
    ).toBe(true);

    const scroll = await frame.evaluate(() => {
      const e = document.scrollingElement ?? document.documentElement;
      return { sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight };
    });
    expect(scroll.sw).toBeLessThanOrEqual(scroll.cw);
    expect(scroll.sh).toBeLessThanOrEqual(scroll.ch);

    // The link opens the same state as a full page, in a new tab.
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    await expect.poll(() => frame.url()).toContain('map=');
    const href = (await open.getAttribute('href')) ?? '';
    expect(href).not.toContain('embed');
    expect(new URL(href).pathname).toBe(new URL(frame.url()).pathname);
    const frameState = linkState(frame.url());
    expect(frameState).toMatchObject({
      event: EVENT,
      layers: 'line-of-contact,axes-2016-04',
      cat: 'hostility,ceasefire',
      lang: 'en',
    });
    expect(linkState(href)).toEqual(frameState);
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');

    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'embed-iframe.png');
    await page.screenshot({ path: shot, clip: box ?? undefined });
    // The README's picture: refreshed on request only, so that a test run leaves the tree clean.
    if (process.env.UPDATE_DOCS_SCREENSHOTS === '1')
      copyFileSync(shot, join(import.meta.dirname, '..', 'docs', 'screenshot-embed.png'));

    const [full] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await full.waitForLoadState();
    expect(full.url()).not.toContain('embed');
    await expect(full.getByRole('banner')).toBeVisible();
    await expect(
      full.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(TITLE);
    await expect(full.getByRole('checkbox', { name: 'Main axes of the fighting' })).toBeChecked();
    await expect(
      full.getByRole('checkbox', { name: 'Positions that changed hands' }),
    ).not.toBeChecked();
    expect(watch.pageErrors).toEqual([]);
  });

  test('the Embed dialog gives the iframe HTML for the current state', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    await page.goto(`./?event=${EVENT}&cat=hostility&lang=en`);
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await expect.poll(() => page.url()).toContain('map=');

    const button = page.getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    const code = dialog.getByRole('textbox', { name: 'HTML to paste into your page' });
    const snippet = await code.inputValue();
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" width="600" height="400" title="[^"]+" loading="lazy" style="border:0"><\/iframe>$/,
    );
    const src = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')?.src,
      snippet,
    );
    expect(new URL(src ?? '').searchParams.get('embed')).toBe('1');
    expect(linkState(src ?? '')).toEqual(linkState(page.url()));
    expect(linkState(src ?? '')).toMatchObject({ event: EVENT, cat: 'hostility', lang: 'en' });

    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // Escape closes the dialog only: the event stays open, focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await expect(details).toBeVisible();
  });
});
