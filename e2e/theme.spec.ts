import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  mapIdle,
  renderedIds,
  saveScreenshot,
  EVENT_LAYERS,
  drawnPointCategories,
} from './fixtures';

/** WCAG relative luminance of a CSS colour as the browser computes it ('rgb(…)') or '#rrggbb'. */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  const parts = hex
    ? hex.slice(1).map((h) => parseInt(h, 16))
    : rgb
      ? rgb.slice(1).map(Number)
      : null;
  if (!parts) throw new Error(`cannot read the colour ${color}`);
  const [r = 0, g = 0, b = 0] = parts.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

async function mapBackground(page: Page): Promise<string> {
  return page.evaluate(() =>
    String(window.__lineOfContactMap?.getPaintProperty('background', 'background-color')),
  );
}

/** Waits until the map has drawn the given theme's background and is idle again. */
async function mapInTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect.poll(async () => luminance(await mapBackground(page)) < 0.1).toBe(theme === 'dark');
  await mapIdle(page);
}

async function chooseTheme(page: Page, name: 'System' | 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('button', { name: 'Colour theme' }).click();
  const menu = page.getByRole('group', { name: 'Colour theme' });
  await menu.getByRole('button', { name }).click();
  await expect(menu.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

/** axe's colour-contrast rule alone, every impact. */
async function contrastProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  // The rule really looked at the page's text.
  expect(result.passes.flatMap((p) => p.nodes).length).toBeGreaterThan(10);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  );
}

async function openLegend(page: Page): Promise<void> {
  const legend = page.locator('details.legend');
  if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
  await expect(page.getByRole('checkbox', { name: 'Line of Contact' })).toBeVisible();
}

async function selectFromList(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Events' }).getByRole('button', { name: title }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
}

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the app opens dark: page, panels and map', async ({ page, watch }) => {
    await page.goto('./');
    await mapIdle(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    const ink = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(luminance(ink)).toBeGreaterThan(0.6);
    expect(luminance(await mapBackground(page))).toBeLessThan(0.05);
    const land = await page.evaluate(() =>
      String(window.__lineOfContactMap?.getPaintProperty('countries-region-fill', 'fill-color')),
    );
    expect(luminance(land)).toBeLessThan(0.05);
    // The switch says it follows the system.
    await page.getByRole('button', { name: 'Colour theme' }).click();
    await expect(
      page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name: 'System' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('axe finds no colour-contrast problem: legend open, with and without a selection', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    await openLegend(page);
    expect(await contrastProblems(page)).toEqual([]);

    await selectFromList(page, /Vienna summit: presidents/);
    await openLegend(page);
    await page.getByRole('button', { name: 'About the Line of Contact' }).click();
    await mapIdle(page);
    expect(await contrastProblems(page)).toEqual([]);

    // The theme menu itself.
    await page.getByRole('button', { name: 'Colour theme' }).click();
    expect(await contrastProblems(page)).toEqual([]);

    // A control: the light theme's grey on the dark page is caught.
    await page.locator('.app-subtitle').evaluate((el: HTMLElement) => (el.style.color = '#52606d'));
    expect(await contrastProblems(page)).toEqual([expect.stringContaining('.app-subtitle')]);
  });

  test('screenshots: desktop with an event selected', async ({ page }, testInfo) => {
    await page.goto('./?event=2016-04-02-talish');
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Talish');
    await mapIdle(page);
    const shot = await saveScreenshot(page, 'theme-dark-desktop');
    await testInfo.attach('dark desktop', { path: shot, contentType: 'image/png' });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

    test('dark, with nothing wider than the screen', async ({ page }, testInfo) => {
      await page.goto('./');
      await mapIdle(page);
      expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
      await expect(page.getByRole('button', { name: 'Colour theme' })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      expect(await contrastProblems(page)).toEqual([]);
      const shot = await saveScreenshot(page, 'theme-dark-phone');
      await testInfo.attach('dark phone', { path: shot, contentType: 'image/png' });
    });
  });
});

test.describe('with the system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('axe finds no colour-contrast problem: legend open, with and without a selection', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
    await openLegend(page);
    expect(await contrastProblems(page)).toEqual([]);
    await selectFromList(page, /Azerbaijani troops enter Talish/);
    await openLegend(page);
    await mapIdle(page);
    expect(await contrastProblems(page)).toEqual([]);
  });

  test('the switch changes the theme, and the choice survives a reload', async ({
    page,
    watch,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

    await chooseTheme(page, 'Dark');
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    await mapInTheme(page, 'dark');

    await page.reload();
    await mapIdle(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(luminance(await mapBackground(page))).toBeLessThan(0.05);

    // Back to following the system (light here): the choice is forgotten.
    await chooseTheme(page, 'System');
    await mapInTheme(page, 'light');
    await page.reload();
    await mapIdle(page);
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('a remembered choice applies before the app’s code runs (no flash of the other theme)', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => localStorage.setItem('line-of-contact-theme', 'dark'));
    // Without the app bundle, only the early script in <head> can set the theme.
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    for (const root of [
      baseURL ?? '',
      baseURL?.replace(/:(\d+)\/$/, (_, p: string) => `:${Number(p) + 1}/line-of-contact/`) ?? '',
    ]) {
      await page.goto(root);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    }
  });

  test('works when storage is blocked (the choice lasts for the page)', async ({ page, watch }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
    await page.goto('./');
    await mapIdle(page);
    await chooseTheme(page, 'Dark');
    await mapInTheme(page, 'dark');
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    expect(watch.pageErrors).toEqual([]);
  });

  test('switching keeps the camera, the selection, the time, the layers and the filters', async ({
    page,
    watch,
  }) => {
    await page.goto('./?event=2016-04-02-talish');
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Talish');
    await openLegend(page);
    await page.getByRole('checkbox', { name: 'Main axes of the fighting' }).uncheck();
    await mapIdle(page);
    const state = () =>
      page.evaluate(() => {
        const map = window.__lineOfContactMap;
        if (!map) throw new Error('no map');
        const c = map.getCenter();
        return {
          lng: c.lng,
          lat: c.lat,
          zoom: map.getZoom(),
          global: map.getGlobalState(),
          axes: map.getLayoutProperty('axes-2016-04', 'visibility') as unknown,
        };
      });
    const before = await state();
    expect(before.global.selectedId).toBe('2016-04-02-talish');
    expect(before.axes).toBe('none');
    const drawnBefore = await renderedIds(page, EVENT_LAYERS);
    expect(drawnBefore).toContain('2016-04-02-talish');
    // Mark the style object: a diffed update keeps it, a rebuild from scratch would replace it.
    await page.evaluate(() => {
      (window.__lineOfContactMap as unknown as { style: Record<string, unknown> }).style.marker =
        'kept';
    });

    await chooseTheme(page, 'Dark');
    await mapInTheme(page, 'dark');

    const after = await state();
    expect(after.lng).toBeCloseTo(before.lng, 6);
    expect(after.lat).toBeCloseTo(before.lat, 6);
    expect(after.zoom).toBeCloseTo(before.zoom, 6);
    expect(after.global).toEqual(before.global);
    expect(after.axes).toBe('none');
    expect(
      await page.evaluate(
        () =>
          (window.__lineOfContactMap as unknown as { style: Record<string, unknown> }).style.marker,
      ),
    ).toBe('kept');
    expect(await renderedIds(page, EVENT_LAYERS)).toEqual(drawnBefore);
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Talish');
    await expect(
      page.getByRole('checkbox', { name: 'Main axes of the fighting' }),
    ).not.toBeChecked();

    // Time still drives the dark map: before the first event nothing is drawn but the selection.
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await page.keyboard.press('Home');
    await mapIdle(page);
    expect(await renderedIds(page, EVENT_LAYERS)).toEqual(['2016-04-02-talish']);
    await page.keyboard.press('End');
    await mapIdle(page);
    expect((await renderedIds(page, EVENT_LAYERS)).length).toBeGreaterThan(drawnBefore.length);
    // And the list's category filter still reaches the map.
    await page.getByRole('checkbox', { name: 'Hostilities' }).uncheck();
    await mapIdle(page);
    const categories = await drawnPointCategories(page, '2016-04-02-talish');
    expect(categories.length).toBeGreaterThan(0);
    expect(categories).not.toContain('hostility');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
