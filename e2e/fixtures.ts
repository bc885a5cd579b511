import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** SwiftShader (software WebGL) warns about GPU stalls on ReadPixels: noise, not an app error. */
const IGNORED_CONSOLE = [/GPU stall due to ReadPixels/];

export interface PageWatch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page }, use) => {
    const watch: PageWatch = { requests: [], consoleErrors: [], pageErrors: [] };
    page.on('request', (r) => watch.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(m.text()))) {
        watch.consoleErrors.push(m.text());
      }
    });
    page.on('pageerror', (e) => watch.pageErrors.push(String(e)));
    await use(watch);
  },
});

export { expect };

/** Resolves once the map exists, has loaded its style and sources, and has rendered a frame. */
export async function mapIdle(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => window.__lineOfContactMap?.loaded() === true, undefined, {
    timeout: 45_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__lineOfContactMap;
        if (!map) throw new Error('no map');
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Clicks a view preset and waits until the camera has arrived and the map is idle again. */
export async function goToView(page: Page, label: string): Promise<void> {
  const moved = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.__lineOfContactMap?.once('moveend', () => resolve());
      }),
  );
  await page
    .getByRole('navigation', { name: 'Map views' })
    .getByRole('button', { name: label })
    .click();
  await moved;
  await mapIdle(page);
}

/** Ids of the features of the given style layers that the map has actually drawn. */
/** The layers event points are drawn in: one per age band (recent, last two days, older). */
export const EVENT_POINT_LAYERS = ['event-points-recent', 'event-points-day', 'event-points-older'];
/** The layers events are drawn in; the map has only those of the geometry types the dataset uses. */
export const EVENT_LAYERS = [...EVENT_POINT_LAYERS, 'event-lines', 'event-areas'];

export async function renderedIds(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layerIds: string[]): string[] => {
    const map = window.__lineOfContactMap;
    if (!map) return [];
    const ids = map
      .queryRenderedFeatures({ layers: layerIds.filter((id) => map.getLayer(id)) })
      .map((f) => String(f.properties.id ?? f.id ?? f.layer.id));
    return [...new Set(ids)].sort();
  }, layers);
}

/** The categories of the event points the map draws, leaving out the event `except`. */
export async function drawnPointCategories(page: Page, except?: string): Promise<string[]> {
  return page.evaluate(
    ({ layers, except }) => [
      ...new Set(
        (window.__lineOfContactMap?.queryRenderedFeatures({ layers }) ?? [])
          .filter((f) => f.properties.id !== except)
          .map((f) => String(f.properties.category)),
      ),
    ],
    { layers: EVENT_POINT_LAYERS, except },
  );
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
