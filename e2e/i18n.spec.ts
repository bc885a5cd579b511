import { expect, mapIdle, saveScreenshot, test, type PageWatch } from './fixtures';
import type { Page } from '@playwright/test';

const EVENT = '2016-04-05-moscow-ceasefire';

/** The labels the map has drawn for the capitals and venues, as the reader sees them. */
async function placeLabels(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const map = window.__lineOfContactMap;
    if (!map) return {};
    return Object.fromEntries(
      map
        .queryRenderedFeatures({ layers: ['place-labels'] })
        .map((f) => [String(f.properties.id), String(f.properties.name)]),
    );
  });
}

/**
 * Every label drawn is the gazetteer's name in that language (English where it has none), and at
 * least one label is not the English name.
 */
async function expectLabelsIn(page: Page, locale: 'en' | 'ru' | 'hy' | 'az') {
  const gazetteer = (await (await page.request.get('./data/places.geojson')).json()) as {
    features: { id: string; properties: { names: Record<string, string | undefined> } }[];
  };
  const names = new Map(gazetteer.features.map((f) => [f.id, f.properties.names]));
  const drawn = await placeLabels(page);
  expect(Object.keys(drawn).length).toBeGreaterThan(0);
  for (const [id, label] of Object.entries(drawn)) {
    const n = names.get(id);
    expect(label, id).toBe(n?.[locale] || n?.en);
  }
  expect(Object.entries(drawn).some(([id, label]) => label !== names.get(id)?.en)).toBe(true);
}

function expectClean(watch: PageWatch) {
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
}

test.describe('interface languages', () => {
  test('the picker switches the interface, the dates and the map labels, and the link keeps it', async ({
    page,
    watch,
  }) => {
    await page.goto(`./?event=${EVENT}`);
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Line of Contact');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('hy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Շփման գիծ');
    await expect(page.locator('html')).toHaveAttribute('lang', 'hy-AM');
    await expect(page.getByRole('combobox', { name: 'Լեզու' })).toHaveValue('hy');
    // Interface strings change; the dataset's own text stays as written.
    const details = page.getByRole('region', { name: 'Իրադարձության մանրամասներ' });
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Moscow');
    await expect(details).toContainText('Աղբյուրներ');
    await expect(page.locator('.timeline-now .now-local')).toContainText('ապր');
    await expect(page.getByRole('slider', { name: 'Ժամանակագիծ' })).toHaveAttribute(
      'aria-valuetext',
      /ապր/,
    );
    await expect(page).toHaveURL(/[?&]lang=hy(&|$)/);
    await mapIdle(page);
    await expectLabelsIn(page, 'hy');

    await page.reload();
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Շփման գիծ');
    await saveScreenshot(page, 'i18n-armenian');

    await page.getByRole('combobox', { name: 'Լեզու' }).selectOption('az');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Təmas xətti');
    await expect(page.getByRole('button', { name: 'Oynat' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]lang=az(&|$)/);
    await mapIdle(page);
    await expectLabelsIn(page, 'az');
    await saveScreenshot(page, 'i18n-azerbaijani');
    expectClean(watch);
  });

  test('a link with lang= opens in that language', async ({ page, watch }) => {
    await page.goto('./?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Линия соприкосновения');
    await expect(page.getByRole('button', { name: 'Пуск' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Поиск событий' })).toBeVisible();
    expectClean(watch);
  });

  test.describe('with a Russian browser', () => {
    test.use({ locale: 'ru-RU' });

    test('the browser language is the default, and is not written into links', async ({ page }) => {
      await page.goto(`./?event=${EVENT}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Линия соприкосновения');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
      await mapIdle(page);
      await expectLabelsIn(page, 'ru');
      await expect(page).not.toHaveURL(/lang=/);
    });
  });

  test('a link with an unknown language says so and opens in the browser language', async ({
    page,
  }) => {
    await page.goto('./?lang=xx');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Line of Contact');
    await expect(page.locator('.link-notices')).toContainText('lang=“xx”');
  });
});
