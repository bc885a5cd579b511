import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  mapIdle,
  renderedIds,
  saveScreenshot,
  EVENT_LAYERS,
  EVENT_POINT_LAYERS,
  drawnPointCategories,
} from './fixtures';

/** Ids of the event features the map has drawn (deduplicated across tiles). */
async function drawnEventIds(page: Page): Promise<string[]> {
  await mapIdle(page);
  return renderedIds(page, EVENT_LAYERS);
}

async function cursorTime(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuenow'));
}

const at = (iso: string) => Date.parse(iso);

test.describe('scrubbing time moves the map', () => {
  test('the keyboard on the slider steps between events, hours and days', async ({
    page,
    watch,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await expect(slider).toHaveAttribute('aria-valuetext', '5 Apr 2016, 12:00 UTC+4');
    const before = await drawnEventIds(page);
    expect(before).toContain('2016-04-02-talish');

    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '1 Dec 2015, 00:00 UTC+4');
    await expect(page.locator('.timeline-now .now-local')).toHaveText('1 Dec 2015, 00:00 UTC+4');
    // Before any event: nothing of April is drawn, and the list dims every event as yet to come.
    expect(await drawnEventIds(page)).toEqual([]);
    const rows = page.getByRole('list', { name: 'Events' }).locator('li');
    const dimmed = page.getByRole('list', { name: 'Events' }).locator('li.future');
    await expect(dimmed).toHaveCount(await rows.count());

    await page.keyboard.press('ArrowRight'); // to the first event: Bern, 19 Dec 2015
    expect(await cursorTime(page)).toBe(at('2015-12-19T00:00:00+01:00'));
    await expect(page.locator('.timeline-now .now-local')).toHaveText('19 Dec 2015, 03:00 UTC+4');
    await expect(rows.first()).not.toHaveClass(/future/);
    await expect(dimmed).toHaveCount((await rows.count()) - 1);
    await page.keyboard.press('PageUp');
    expect(await cursorTime(page)).toBe(at('2015-12-20T00:00:00+01:00'));
    await page.keyboard.press('Shift+ArrowRight');
    expect(await cursorTime(page)).toBe(at('2015-12-20T00:00:00+01:00') + 3_600_000);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // nothing before the first event: stays
    expect(await cursorTime(page)).toBe(at('2015-12-19T00:00:00+01:00'));

    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', '1 Jul 2016, 00:00 UTC+4');
    await expect(dimmed).toHaveCount(0);
    const after = await drawnEventIds(page);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(watch.consoleErrors).toEqual([]);
  });

  test('clicking and dragging on the timeline changes time and what the map draws', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const detail = page.locator('.timeline-detail');
    const box = await detail.boundingBox();
    if (!box) throw new Error('no timeline');
    // The detail window opens on 1–6 April: a click at 10% of its width is about 1 April, 12:00.
    await page.mouse.click(box.x + box.width * 0.1, box.y + box.height - 8);
    const early = await cursorTime(page);
    expect(early).toBeGreaterThan(at('2016-04-01T00:00:00+04:00'));
    expect(early).toBeLessThan(at('2016-04-02T00:00:00+04:00'));
    const ids = await drawnEventIds(page);
    expect(ids).not.toContain('2016-04-02-talish');

    // Drag the cursor handle to 90% of the width (about 5 April, 12:00).
    const handle = page.locator('.cursor-handle');
    const h = await handle.boundingBox();
    if (!h) throw new Error('no handle');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + 20, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.9, box.y + 20, { steps: 4 });
    await page.mouse.up();
    const late = await cursorTime(page);
    expect(late).toBeGreaterThan(at('2016-04-05T00:00:00+04:00'));
    expect(await drawnEventIds(page)).toContain('2016-04-02-talish');
    await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
      'aria-valuetext',
      /5 Apr 2016, \d\d:\d\d UTC\+4/,
    );
  });

  test('dragging the timeline pans it, the buttons zoom it, and the count follows', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const count = page.locator('.timeline-count');
    const fourDays = await count.textContent();
    await page.getByRole('button', { name: 'Whole story' }).click();
    await expect(count).toHaveText('62 events in view');
    await page.getByRole('button', { name: 'Four days' }).click();
    await expect(count).toHaveText(fourDays ?? '');
    await page.getByRole('button', { name: 'Zoom timeline in' }).click();
    const zoomed = Number((await count.textContent())?.split(' ')[0]);
    expect(zoomed).toBeLessThan(Number(fourDays?.split(' ')[0]));

    const detail = page.locator('.timeline-detail');
    const box = await detail.boundingBox();
    if (!box) throw new Error('no timeline');
    const time = await cursorTime(page);
    await page.mouse.move(box.x + box.width * 0.2, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + 30, { steps: 5 });
    await page.mouse.up();
    // A drag pans the window (the count changes) but does not move the cursor.
    expect(await cursorTime(page)).toBe(time);
    await expect(count).not.toHaveText(`${zoomed} events in view`);
  });
});

test.describe('selecting an event', () => {
  test('from the list: details open, the cursor and the camera move', async ({
    page,
    watch,
  }, testInfo) => {
    await page.goto('./');
    await mapIdle(page);
    const list = page.getByRole('list', { name: 'Events' });
    const item = list.getByRole('button', { name: /Azerbaijan takes the Lele Tepe/ });
    const centerBefore = await page.evaluate(() =>
      window.__lineOfContactMap?.getCenter().toArray(),
    );
    const moved = page.evaluate(
      () => new Promise<void>((r) => window.__lineOfContactMap?.once('moveend', () => r())),
    );
    await item.click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(
      'Azerbaijan takes the Lele Tepe (Lalatapa) height',
    );
    await expect(item).toHaveAttribute('aria-current', 'true');
    expect(await cursorTime(page)).toBe(at('2016-04-02T00:00:00+04:00'));
    await moved;
    await mapIdle(page);
    const center = await page.evaluate(() => window.__lineOfContactMap?.getCenter().toArray());
    expect(center).not.toEqual(centerBefore);
    // The camera is on the hill (47.27 E, 39.41 N).
    expect(center?.[0]).toBeCloseTo(47.27, 0);
    expect(center?.[1]).toBeCloseTo(39.41, 0);

    // Claims by side, sources as safe links, previous/next.
    await expect(details.getByRole('region', { name: 'Azerbaijani side' })).toBeVisible();
    await expect(details.getByRole('region', { name: 'Armenian side' })).toBeVisible();
    const links = details.getByRole('list').last().getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    const shot = await saveScreenshot(page, 'desktop-hostility-selected');
    await testInfo.attach('hostility selected', { path: shot, contentType: 'image/png' });

    await details.getByRole('button', { name: 'Next event →' }).click();
    await expect(details.getByRole('heading', { level: 2 })).not.toHaveText(/Lele Tepe/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the Vienna summit draws arcs from the capitals of the talks to Vienna', async ({
    page,
  }, testInfo) => {
    await page.goto('./');
    await mapIdle(page);
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /Vienna summit: presidents recommit/ })
      .click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details).toContainText('Harlem Désir');
    await page.waitForFunction(() => window.__lineOfContactMap?.isMoving() === false);
    await mapIdle(page);
    const arcs = await page.evaluate(() => [
      ...new Set(
        window.__lineOfContactMap
          ?.queryRenderedFeatures({ layers: ['arcs-diplomacy'] })
          .map((f) => String(f.properties.from)),
      ),
    ]);
    expect(arcs).toEqual(expect.arrayContaining(['yerevan', 'baku', 'moscow', 'paris']));
    const shot = await saveScreenshot(page, 'desktop-vienna-selected');
    await testInfo.attach('vienna selected', { path: shot, contentType: 'image/png' });

    // Moving the cursor away: the arcs of a meeting that is not current and not selected go.
    await page.keyboard.press('Escape');
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await page.keyboard.press('Home');
    await mapIdle(page);
    const after = await page.evaluate(
      () => window.__lineOfContactMap?.queryRenderedFeatures({ layers: ['arcs-diplomacy'] }).length,
    );
    expect(after).toBe(0);
  });

  test('clicking an event on the map selects it in the list', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const target = await page.evaluate((layers) => {
      const map = window.__lineOfContactMap;
      if (!map) return null;
      const feature = map
        .queryRenderedFeatures({ layers })
        .find((f) => f.geometry.type === 'Point');
      if (!feature || feature.geometry.type !== 'Point') return null;
      const [lon = 0, lat = 0] = feature.geometry.coordinates;
      const p = map.project([lon, lat]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { id: String(feature.properties.id), x: rect.left + p.x, y: rect.top + p.y };
    }, EVENT_POINT_LAYERS);
    if (!target) throw new Error('no event drawn');
    await page.mouse.click(target.x, target.y);
    const selected = page.getByRole('list', { name: 'Events' }).locator('[aria-current="true"]');
    await expect(selected).toHaveCount(1);
    const itemId = await selected.locator('xpath=..').getAttribute('data-event-id');
    // Several events can share a point (a village); the one clicked is among those drawn there.
    expect(itemId).toBeTruthy();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  });
});

test.describe('playback', () => {
  test('Play advances time, Pause stops it, and playback stops at the end', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await page.getByLabel('Playback speed').selectOption('24');
    const start = await cursorTime(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.waitForFunction(
      (t) =>
        Number(document.querySelector('[role="slider"]')?.getAttribute('aria-valuenow')) >
        t + 3_600_000,
      start,
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await cursorTime(page);
    await page.waitForTimeout(500);
    expect(await cursorTime(page)).toBe(paused);

    // Near the end: playing runs to the end of the story and stops by itself.
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 15_000 });
    await expect(slider).toHaveAttribute('aria-valuetext', '1 Jul 2016, 00:00 UTC+4');
  });
});

test.describe('filters and layers', () => {
  test('category, actor and text filters narrow the list', async ({ page }) => {
    await page.goto('./');
    const list = page.getByRole('list', { name: 'Events' });
    await expect(list.getByRole('button')).toHaveCount(62);
    await page.getByRole('checkbox', { name: 'Hostilities' }).uncheck();
    const withoutHostilities = await list.getByRole('button').count();
    expect(withoutHostilities).toBeLessThan(62);
    await page.getByRole('checkbox', { name: 'Hostilities' }).check();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Lele Tepe');
    await expect(list.getByRole('button', { name: /Lele Tepe/ }).first()).toBeVisible();
    expect(await list.getByRole('button').count()).toBeLessThan(10);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await page
      .getByRole('combobox', { name: 'Actor' })
      .selectOption({ label: 'Harlem Désir (French Secretary of State for European Affairs)' });
    await expect(list.getByRole('button', { name: /Vienna summit: presidents/ })).toBeVisible();
  });

  test('the category filter hides those events on the map too', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const categories = async () => {
      await mapIdle(page);
      return drawnPointCategories(page);
    };
    expect(await categories()).toContain('hostility');
    await page.getByRole('checkbox', { name: 'Hostilities' }).uncheck();
    const after = await categories();
    expect(after).not.toContain('hostility');
    expect(after.length).toBeGreaterThan(0);
  });

  test('the Line of Contact checkbox hides and shows the line', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const box = page.getByRole('checkbox', { name: 'Line of Contact' });
    await expect(box).toBeChecked();
    const drawn = async () => {
      await mapIdle(page);
      return page.evaluate(
        () =>
          window.__lineOfContactMap?.queryRenderedFeatures({ layers: ['line-of-contact'] })
            .length ?? 0,
      );
    };
    expect(await drawn()).toBeGreaterThan(0);
    await box.uncheck();
    expect(await drawn()).toBe(0);
    await box.check();
    expect(await drawn()).toBeGreaterThan(0);
  });
});

test.describe('accessibility', () => {
  test('axe finds no serious or critical problem, with and without a selection', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /Vienna summit: presidents/ })
      .click();
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    expect(await serious()).toEqual([]);
  });

  test('screen readers hear the time once it rests, and where playback was paused', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    // The live regions: the story step, the selection, the time.
    const timeAnnouncement = page.locator('.visually-hidden > [aria-live="polite"]').nth(2);
    const now = page.locator('.timeline-now .now-local');
    await expect(timeAnnouncement).toHaveText('');

    await page.getByRole('slider', { name: 'Timeline' }).focus();
    await page.keyboard.press('Home');
    await expect(timeAnnouncement).toHaveText('Time: 1 Dec 2015, 00:00 UTC+4');

    await page.getByLabel('Playback speed').selectOption('24');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(1500);
    // Nothing is read while it plays.
    await expect(timeAnnouncement).toHaveText('Time: 1 Dec 2015, 00:00 UTC+4');
    await page.getByRole('button', { name: 'Pause' }).click();
    const pausedAt = await now.textContent();
    expect(pausedAt).not.toBe('1 Dec 2015, 00:00 UTC+4');
    await expect(timeAnnouncement).toHaveText(`Time: ${pausedAt}`);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('map, compact timeline, list and details as sheets', async ({ page }, testInfo) => {
    await page.goto('./');
    await mapIdle(page);
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    await page.getByRole('button', { name: /Events \(62\)/ }).click();
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /Azerbaijani troops enter Talish/ })
      .click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details).toBeVisible();
    await expect(details.getByRole('heading', { level: 2 })).toContainText('Talish');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await mapIdle(page);
    const shot = await saveScreenshot(page, 'phone-hostility-selected');
    await testInfo.attach('phone', { path: shot, contentType: 'image/png' });
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toHaveCount(0);
  });
});
