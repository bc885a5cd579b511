import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';

interface GoldenLink {
  url: string;
  note?: string;
  event?: string;
  title?: string;
  t?: string;
  map?: { zoom: number; lat: number; lon: number };
  layersOn?: string[];
  layersOff?: string[];
  listCount?: string;
  searchValue?: string;
  notice?: string;
}

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, 'golden-links.json'), 'utf8'),
) as GoldenLink[];

const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });

async function expectTime(page: Page, iso: string) {
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(Date.parse(iso)));
}

test.describe('golden links keep opening the right state', () => {
  test('one link per event, and the tricky cases', async ({ page, watch }) => {
    test.setTimeout(golden.length * 8_000);
    for (const link of golden) {
      await test.step(link.note ?? link.url, async () => {
        await page.goto(`./${link.url}`);
        await expect(slider(page)).toBeVisible();
        if (link.title) {
          await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(link.title);
        } else {
          await expect(details(page)).toHaveCount(0);
        }
        if (link.t) await expectTime(page, link.t);
        for (const name of link.layersOn ?? []) {
          await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
        }
        for (const name of link.layersOff ?? []) {
          await expect(page.getByRole('checkbox', { name, exact: true })).not.toBeChecked();
        }
        if (link.listCount)
          await expect(page.locator('.event-list-count')).toContainText(link.listCount);
        if (link.searchValue) {
          await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
            link.searchValue,
          );
        }
        if (link.notice) await expect(page.locator('.link-notices')).toContainText(link.notice);
        else await expect(page.locator('.link-notices')).toHaveCount(0);
        if (link.map) {
          await page.waitForFunction(() => window.__lineOfContactMap?.loaded() === true);
          const view = await page.evaluate(() => {
            const map = window.__lineOfContactMap;
            return map ? { zoom: map.getZoom(), ...map.getCenter() } : null;
          });
          expect(view?.zoom).toBeCloseTo(link.map.zoom, 1);
          expect(view?.lat).toBeCloseTo(link.map.lat, 2);
          expect(view?.lng).toBeCloseTo(link.map.lon, 2);
        }
      });
    }
    expect(watch.pageErrors).toEqual([]);
  });
});

test.describe('history and sharing', () => {
  test('selecting events adds history entries; Back and Forward walk through them', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const list = page.getByRole('list', { name: 'Events' });
    const titles = [
      'Azerbaijan takes the Lele Tepe (Lalatapa) height',
      'Ceasefire agreed in Moscow takes effect at noon',
      'Vienna summit: presidents recommit to ceasefire, agree OSCE investigative mechanism',
    ];
    for (const title of titles) {
      await list.getByRole('button', { name: title }).click();
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
      await expect(page).toHaveURL(/event=/);
    }
    await expect(page).toHaveURL(/event=2016-05-16-vienna-summit/);
    // Scrubbing replaces the entry instead of adding one.
    await slider(page).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page).toHaveURL(/t=2016-05-16T00:00Z/);

    await page.goBack();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(titles[1] ?? '');
    await expect(page).toHaveURL(/event=2016-04-05-moscow-ceasefire/);
    await page.goBack();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(titles[0] ?? '');
    await page.goForward();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(titles[1] ?? '');
    await page.goForward();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(titles[2] ?? '');
    await expect(page).toHaveURL(/t=2016-05-16T00:00Z/);
  });

  test('Copy link puts the URL on the clipboard, and it restores the state in a new page', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? '').origin,
    });
    await page.goto('./');
    await mapIdle(page);
    await page.getByRole('checkbox', { name: 'Main axes of the fighting' }).uncheck();
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /Azerbaijani troops enter Talish/ })
      .click();
    await slider(page).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(500); // the URL is written back after a short pause
    // The camera flies to the event; once it has landed, the link keeps the map's view. (A link
    // without one flies the camera again and folds the legend away, checkboxes and all.)
    await expect(page).toHaveURL(/[?&]map=/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('event=2016-04-02-talish');
    expect(copied).toContain('t=2016-04-01T21:00Z');

    const other = await context.newPage();
    await other.goto(copied);
    await expect(details(other).getByRole('heading', { level: 2 })).toContainText('Talish');
    await expect(slider(other)).toHaveAttribute(
      'aria-valuenow',
      String(Date.parse('2016-04-01T21:00Z')),
    );
    await expect(
      other.getByRole('checkbox', { name: 'Main axes of the fighting' }),
    ).not.toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Line of Contact' })).toBeChecked();
  });
});

test.describe('bad links never break the app', () => {
  test('200 random malformed URLs cause no page error', async ({ page, watch }) => {
    await page.goto('./');
    await expect(slider(page)).toBeVisible();
    // A seeded generator, so that a failure can be replayed.
    let seed = 20160402;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      'event=',
      't=',
      'layers=',
      'map=',
      'cat=',
      'actor=',
      'q=',
      '%',
      '%ZZ',
      '&',
      '=',
      '/',
      '+',
      '2016-04-02',
      'T25:61Z',
      '-',
      ',',
      '..',
      '<script>',
      '"',
      "'",
      '💥',
      'NaN',
      'Infinity',
      '1e309',
      '9/999/-999',
      'line-of-contact',
      '2016-05-16-vienna-summit',
      '\u0000',
      ' ',
      '#',
    ];
    const urls: string[] = [];
    for (let i = 0; i < 200; i++) {
      let query = '';
      const n = 1 + Math.floor(random() * 8);
      for (let j = 0; j < n; j++) query += pieces[Math.floor(random() * pieces.length)];
      urls.push(`?${query}`);
    }
    // Feed them to the running app as Back/Forward would, then open a few for real.
    for (const url of urls) {
      await page.evaluate((u) => {
        history.pushState(null, '', u);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, url);
    }
    await expect(page.getByRole('heading', { name: 'Line of Contact' })).toBeVisible();
    for (const url of urls.slice(0, 8)) {
      await page.goto(`./${url}`);
      await expect(slider(page)).toBeVisible();
    }
    expect(watch.pageErrors).toEqual([]);
  });
});

test.describe('share pages and deployment', () => {
  test('each event has a share page with its title in the meta tags, which opens the app', async ({
    page,
    request,
  }) => {
    const response = await request.get('./e/2016-05-16-vienna-summit/');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<meta property="og:title" content="Vienna summit: presidents recommit');
    expect(html).toMatch(/<meta property="og:description" content="[^"]*Harlem Désir/);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toMatch(/<title>Vienna summit: [^<]* · Line of Contact<\/title>/);

    await page.goto('./e/2016-04-05-moscow-ceasefire/');
    await expect(page).toHaveURL(/\/\?event=2016-04-05-moscow-ceasefire/);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Ceasefire agreed in Moscow takes effect at noon',
    );
  });

  test('a build under a sub-path serves the app, its data and its links', async ({
    page,
    baseURL,
    watch,
  }) => {
    const port = Number(new URL(baseURL ?? '').port) + 1;
    const root = `http://127.0.0.1:${port}/line-of-contact/`;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${root}?event=2016-04-02-lele-tepe`);
    await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Lele Tepe');
    await mapIdle(page);
    const outside = requests.filter(
      (u) => !u.startsWith(root) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(requests.some((u) => u.startsWith(`${root}glyphs/`))).toBe(true);
    expect(page.url()).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/line-of-contact\/\?event=2016-04-02-lele-tepe/,
    );

    await page.goto(`${root}e/2016-05-16-vienna-summit/`);
    await expect(page).toHaveURL(`${root}?event=2016-05-16-vienna-summit`);
    await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Vienna summit');
    expect(watch.pageErrors).toEqual([]);
  });
});
