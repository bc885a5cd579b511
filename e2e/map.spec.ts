import {
  test,
  expect,
  mapIdle,
  goToView,
  renderedIds,
  saveScreenshot,
  EVENT_POINT_LAYERS,
  drawnPointCategories,
} from './fixtures';

test.describe('the map opens offline', () => {
  test('default view frames the Line of Contact and draws it', async ({
    page,
    watch,
  }, testInfo) => {
    await page.goto('./');
    await mapIdle(page);

    const loc = await page.evaluate(
      () =>
        window.__lineOfContactMap?.queryRenderedFeatures({ layers: ['line-of-contact'] }).length ??
        0,
    );
    expect(loc).toBeGreaterThan(0);

    // The whole line is in view: both of its ends are inside the visible bounds.
    const inView = await page.evaluate(() => {
      const map = window.__lineOfContactMap;
      if (!map) return false;
      const b = map.getBounds();
      return b.contains([45.979239, 40.223592]) && b.contains([47.324417, 39.405877]);
    });
    expect(inView).toBe(true);

    expect(await renderedIds(page, ['place-labels'])).toContain('stepanakert');

    const shot = await saveScreenshot(page, 'default-view');
    await testInfo.attach('default-view', { path: shot, contentType: 'image/png' });
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('every request stays on the app’s own origin', async ({ page, watch, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    // Block anything that would leave the origin, so that a leak fails here instead of hanging.
    await page.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );
    await page.goto('./');
    await mapIdle(page);
    await goToView(page, 'All venues');

    expect(watch.requests.length).toBeGreaterThan(10);
    const offOrigin = watch.requests.filter((u) => {
      const url = new URL(u);
      return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
    });
    expect(offOrigin).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('the capitals are labelled, with Armenian, Azerbaijani and Cyrillic glyphs served locally', async ({
    page,
    watch,
  }) => {
    const glyphs: { url: string; status: number }[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/glyphs/')) glyphs.push({ url: r.url(), status: r.status() });
    });
    await page.goto('./');
    await mapIdle(page);
    await goToView(page, 'Caucasus');

    const ids = await renderedIds(page, ['place-labels']);
    expect(ids).toEqual(expect.arrayContaining(['yerevan', 'baku', 'stepanakert']));

    const labels = await page.evaluate(() =>
      window.__lineOfContactMap
        ?.queryRenderedFeatures({ layers: ['place-labels'] })
        .map((f) => `${f.properties.name}\n${f.properties.local}`),
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        'Yerevan\nԵրևան',
        'Baku\nBakı',
        'Stepanakert\nՍտեփանակերտ · Xankəndi',
      ]),
    );

    // Armenian (U+0530–058F) is in range 1280-1535, Cyrillic in 1024-1279, ə (U+0259) in 512-767.
    const ranges = glyphs.map((g) => decodeURIComponent(g.url).split('/glyphs/')[1]);
    expect(ranges).toEqual(
      expect.arrayContaining([
        'Noto Sans Regular/1280-1535.pbf',
        'Noto Sans Regular/512-767.pbf',
        'Noto Sans Bold/0-255.pbf',
      ]),
    );
    expect(glyphs.filter((g) => g.status !== 200)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the Europe view shows Vienna and the other venues', async ({ page, watch }, testInfo) => {
    await page.goto('./');
    await mapIdle(page);
    await goToView(page, 'Europe');

    const ids = await renderedIds(page, ['place-labels']);
    expect(ids).toEqual(
      expect.arrayContaining(['vienna', 'moscow', 'bern', 'paris', 'st-petersburg']),
    );
    // The front is still on the map, so the distance between Vienna and Karabakh shows.
    const loc = await renderedIds(page, ['line-of-contact']);
    expect(loc.length).toBeGreaterThan(0);

    const shot = await saveScreenshot(page, 'europe-view');
    await testInfo.attach('europe-view', { path: shot, contentType: 'image/png' });

    await goToView(page, 'All venues');
    expect(await renderedIds(page, ['place-labels'])).toContain('washington');

    await goToView(page, 'Karabakh');
    expect(await renderedIds(page, ['place-labels'])).toContain('stepanakert');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the Russian labels of the venues render in Cyrillic', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await goToView(page, 'Europe');
    const moscow = await page.evaluate(
      () =>
        window.__lineOfContactMap
          ?.queryRenderedFeatures({ layers: ['place-labels'] })
          .find((f) => f.properties.id === 'moscow')?.properties.local,
    );
    expect(moscow).toBe('Москва');
  });
});

test.describe('controls and legend', () => {
  test('navigation, scale bar and attribution are on the map', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom out' })).toBeVisible();
    await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/\d+\s*k?m/);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('Natural Earth', { useInnerText: false });
    await expect(attribution).toContainText('Noto', { useInnerText: false });
  });

  test('the legend tells where the Line of Contact comes from and how accurate it is', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const legend = page.locator('details.legend');
    await expect(legend).toHaveAttribute('open', '');
    const about = page.getByRole('button', { name: 'About the Line of Contact' });
    await expect(about).toHaveAttribute('aria-expanded', 'false');
    await about.click();
    await expect(about).toHaveAttribute('aria-expanded', 'true');
    const text = page.getByText(/Natural Earth 4\.0\.0/);
    await expect(text).toBeVisible();
    await expect(text).toContainText('2.6 km');
    await expect(text).toContainText('zoom 8');
  });

  test('zoom in with the control changes the zoom', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const before = await page.evaluate(() => window.__lineOfContactMap?.getZoom() ?? 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(
      (z) => (window.__lineOfContactMap?.getZoom() ?? 0) > z + 0.9,
      before,
    );
  });

  test('view presets work from the keyboard', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const europe = page.getByRole('button', { name: 'Europe' });
    await europe.focus();
    const moved = page.evaluate(
      () =>
        new Promise<void>((resolve) => window.__lineOfContactMap?.once('moveend', () => resolve())),
    );
    await page.keyboard.press('Enter');
    await moved;
    await expect(europe).toHaveAttribute('aria-pressed', 'true');
    const center = await page.evaluate(() => window.__lineOfContactMap?.getCenter().toArray());
    expect(center?.[0]).toBeLessThan(30);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the map fills the screen and nothing overflows sideways', async ({
    page,
    watch,
  }, testInfo) => {
    await page.goto('./');
    await mapIdle(page);
    expect(await renderedIds(page, ['line-of-contact'])).not.toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(375);
    await expect(page.getByRole('button', { name: 'Karabakh' })).toBeVisible();
    // The legend starts folded so that it does not cover the map.
    await expect(page.locator('details.legend')).not.toHaveAttribute('open', '');
    const shot = await saveScreenshot(page, 'phone-default-view');
    await testInfo.attach('phone', { path: shot, contentType: 'image/png' });
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('the dataset', () => {
  test('events and the April 2016 layers are drawn, each at its time', async ({ page, watch }) => {
    await page.goto('./');
    await mapIdle(page);
    const drawn = async () => {
      await mapIdle(page);
      return page.evaluate((pointLayers) => {
        const map = window.__lineOfContactMap;
        const count = (...layers: string[]) => map?.queryRenderedFeatures({ layers }).length ?? 0;
        return {
          points: count(...pointLayers),
          positions: count('positions-2016-04-fill'),
          axes: count('axes-2016-04'),
        };
      }, EVENT_POINT_LAYERS);
    };
    // The story opens at the ceasefire (5 April, 12:00): the axes of the fighting end there.
    const atCeasefire = await drawn();
    expect(atCeasefire.points).toBeGreaterThan(5);
    expect(atCeasefire.positions).toBeGreaterThan(0);
    expect(atCeasefire.axes).toBe(0);
    // A day earlier the fighting was on: the axes are drawn.
    await page.getByRole('slider', { name: 'Timeline' }).focus();
    await page.keyboard.press('PageDown');
    expect((await drawn()).axes).toBeGreaterThan(0);

    await goToView(page, 'Europe');
    const categories = await drawnPointCategories(page);
    expect(categories).toEqual(expect.arrayContaining(['diplomacy', 'hostility']));
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a dataset that breaks the schema shows its problems instead of a broken map', async ({
    page,
  }) => {
    await page.route('**/data/events.geojson', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as {
        features: { properties: Record<string, unknown> }[];
      };
      const first = json.features[0];
      if (first) first.properties.sources = [];
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('has problems');
    await expect(alert).toContainText('properties.sources: every event needs at least one source');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Line of Contact' })).toBeVisible();
  });
});
