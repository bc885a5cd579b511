import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, saveScreenshot } from './fixtures';

interface Step {
  event?: string;
  time?: string;
  view?: string;
  layers?: string[];
  caption: string;
}
interface Story {
  id: string;
  title: string;
  steps: Step[];
}

const dataDir = join(import.meta.dirname, '../public/data');
const manifest = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as {
  stories: Story[];
  views: { id: string; bounds: [number, number, number, number] }[];
};
const events = JSON.parse(readFileSync(join(dataDir, 'events.geojson'), 'utf8')) as {
  features: { id: string; properties: { title: string; start: string } }[];
};
const eventById = new Map(events.features.map((f) => [f.id, f.properties]));
const storyById = (id: string) => {
  const story = manifest.stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id}`);
  return story;
};

const panel = (page: Page) => page.locator('.story-panel');
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

/** The layers a step shows: those of the last step up to it that sets them (none: defaults). */
function layersAt(story: Story, index: number): string[] | undefined {
  for (let i = index; i >= 0; i--) if (story.steps[i]?.layers) return story.steps[i]?.layers;
  return undefined;
}

/** Asserts what the reader sees at step `index` of a story, and what the link says. */
async function expectStep(page: Page, story: Story, index: number) {
  const step = story.steps[index];
  if (!step) throw new Error(`no step ${index}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(story.title);
  await expect(panel(page)).toContainText(`Step ${index + 1} of ${story.steps.length}`);
  await expect(panel(page).locator('.story-caption')).toHaveText(step.caption);
  if (step.event) {
    const event = eventById.get(step.event);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(event?.title ?? '');
    await expect(slider(page)).toHaveAttribute(
      'aria-valuenow',
      String(Date.parse(event?.start ?? '')),
    );
  } else {
    await expect(details(page)).toHaveCount(0);
    await expect(slider(page)).toHaveAttribute(
      'aria-valuenow',
      String(Date.parse(step.time ?? '')),
    );
  }
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams;
      return [params.get('story'), params.get('step'), params.get('event'), params.get('layers')];
    })
    .toEqual([
      story.id,
      String(index + 1),
      step.event ?? null,
      layersAt(story, index)?.join(',') ?? null,
    ]);
}

/** The map's centre lies inside the view preset's bounds (for steps that set a view). */
async function expectView(page: Page, viewId: string) {
  const bounds = manifest.views.find((v) => v.id === viewId)?.bounds;
  if (!bounds) throw new Error(`no view ${viewId}`);
  await page.waitForFunction(() => window.__lineOfContactMap?.loaded() === true);
  await expect
    .poll(() =>
      page.evaluate(([w, s, e, n]) => {
        const c = window.__lineOfContactMap?.getCenter();
        return !!c && c.lng > w && c.lng < e && c.lat > s && c.lat < n;
      }, bounds),
    )
    .toBe(true);
}

async function startStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
}

test.beforeEach(async ({ page }) => {
  // The camera jumps instead of flying, so that each step settles at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.afterEach(({ watch }) => {
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  const origins = new Set(watch.requests.map((u) => new URL(u).origin));
  expect([...origins].filter((o) => !o.startsWith('http://127.0.0.1'))).toEqual([]);
});

for (const id of ['four-days-in-april', 'road-to-vienna']) {
  const story = storyById(id);

  test(`“${story.title}”: every step, forward and back, by buttons and arrow keys`, async ({
    page,
  }) => {
    test.setTimeout(story.steps.length * 12_000);
    await page.goto('./');
    await startStory(page, story.title);
    await expectStep(page, story, 0);
    await expect(panel(page).getByRole('button', { name: 'Next' })).toBeFocused();
    await expect(panel(page).getByRole('button', { name: 'Previous' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    for (let i = 1; i < story.steps.length; i++) {
      if (i % 2) await panel(page).getByRole('button', { name: 'Next' }).click();
      else await page.keyboard.press('ArrowRight');
      await expectStep(page, story, i);
      const view = story.steps[i]?.view;
      if (view) await expectView(page, view);
    }
    await expect(panel(page).getByRole('button', { name: 'Next' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // Past the end nothing moves.
    await page.keyboard.press('ArrowRight');
    await expectStep(page, story, story.steps.length - 1);
    for (let i = story.steps.length - 2; i >= 0; i--) {
      if (i % 2) await page.keyboard.press('ArrowLeft');
      else await panel(page).getByRole('button', { name: 'Previous' }).click();
      await expectStep(page, story, i);
    }
  });

  test(`“${story.title}”: each step's link restores the step in a fresh page`, async ({ page }) => {
    test.setTimeout(story.steps.length * 12_000);
    for (let i = 0; i < story.steps.length; i++) {
      await page.goto(`./?story=${story.id}&step=${i + 1}`);
      await expectStep(page, story, i);
      const step = story.steps[i];
      if (step?.view) await expectView(page, step.view);
      await expect(page.locator('.link-notices')).toHaveCount(0);
    }
  });
}

test('the arrow keys leave the timeline slider and text fields alone', async ({ page }) => {
  const story = storyById('four-days-in-april');
  await page.goto(`./?story=${story.id}&step=3`);
  await expectStep(page, story, 2);
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toContainText(`Step 3 of ${story.steps.length}`);
  await expect(slider(page)).not.toHaveAttribute(
    'aria-valuenow',
    String(Date.parse(eventById.get(story.steps[2]?.event ?? '')?.start ?? '')),
  );
  await page.getByRole('combobox', { name: 'Language' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(panel(page)).toContainText(`Step 3 of ${story.steps.length}`);
});

test('Back and Forward move between the steps visited', async ({ page }) => {
  const story = storyById('road-to-vienna');
  await page.goto('./');
  await startStory(page, story.title);
  await expectStep(page, story, 0);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, story, 1);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, story, 2);
  await page.goBack();
  await expectStep(page, story, 1);
  await page.goBack();
  await expectStep(page, story, 0);
  await page.goForward();
  await expectStep(page, story, 1);
});

test('Exit and Escape leave the story and keep the event, time and layers', async ({ page }) => {
  const vienna = storyById('road-to-vienna');
  const summit = vienna.steps.findIndex((s) => s.event === '2016-05-16-vienna-summit');
  await page.goto(`./?story=${vienna.id}&step=${summit + 1}`);
  await expectStep(page, vienna, summit);
  const before = new URL(page.url()).searchParams;
  await panel(page).getByRole('button', { name: 'Exit story' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    eventById.get('2016-05-16-vienna-summit')?.title ?? '',
  );
  await expect(slider(page)).toHaveAttribute(
    'aria-valuenow',
    String(Date.parse('2016-05-16T00:00:00+02:00')),
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('story')).toBeNull();
  const after = new URL(page.url()).searchParams;
  expect(after.get('step')).toBeNull();
  expect(after.get('event')).toBe('2016-05-16-vienna-summit');
  expect(after.get('t')).toBe(before.get('t'));
  // The event list is back beside the details.
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();

  const days = storyById('four-days-in-april');
  await page.goto(`./?story=${days.id}&step=2`);
  await expectStep(page, days, 1);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    eventById.get(days.steps[1]?.event ?? '')?.title ?? '',
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('story')).toBeNull();
  const left = new URL(page.url()).searchParams;
  expect(left.get('event')).toBe(days.steps[1]?.event);
  expect(left.get('layers')).toBe(days.steps[1]?.layers?.join(','));
});

test('an unknown story gives a notice and the app still works', async ({ page }) => {
  await page.goto('./?story=no-such-story&step=2&event=2016-04-02-talish');
  await expect(page.locator('.link-notices')).toContainText('There is no story “no-such-story”');
  await expect(panel(page)).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    eventById.get('2016-04-02-talish')?.title ?? '',
  );
  const story = storyById('four-days-in-april');
  await startStory(page, story.title);
  await expectStep(page, story, 0);

  await page.goto(`./?story=${story.id}&step=99`);
  await expect(page.locator('.link-notices')).toContainText(
    `has ${story.steps.length} steps, not 99; showing step 1`,
  );
  await expectStep(page, story, 0);
});

test('keyboard only: open the menu, start a story, step on', async ({ page }) => {
  const story = storyById('road-to-vienna');
  await page.goto('./');
  await expect(slider(page)).toBeVisible();
  const stories = page.getByRole('button', { name: 'Stories' });
  await stories.focus();
  await page.keyboard.press('Enter');
  await expect(stories).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(stories).toHaveAttribute('aria-expanded', 'false');
  await expect(stories).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: new RegExp(`^${story.title}`) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStep(page, story, 0);
  await page.keyboard.press('Enter');
  await expectStep(page, story, 1);
  await page.keyboard.press('Enter');
  await expectStep(page, story, 2);
});

test('screenshots of a story step on a desktop and on a phone', async ({ page }) => {
  const story = storyById('road-to-vienna');
  const summit = story.steps.findIndex((s) => s.event === '2016-05-16-vienna-summit');
  await page.goto(`./?story=${story.id}&step=${summit + 1}`);
  await expectStep(page, story, summit);
  await mapIdle(page);
  await saveScreenshot(page, 'story-desktop');
  await page.screenshot({ path: join(import.meta.dirname, '../docs/screenshot-story.png') });

  await page.setViewportSize({ width: 375, height: 667 });
  const days = storyById('four-days-in-april');
  await page.goto(`./?story=${days.id}&step=4`);
  await expectStep(page, days, 3);
  const box = await panel(page).boundingBox();
  expect(box?.width).toBeLessThanOrEqual(375);
  await expect(panel(page).getByRole('button', { name: 'Next' })).toBeInViewport();
  await expect(panel(page).getByRole('button', { name: 'Exit story' })).toBeInViewport();
  await mapIdle(page);
  await saveScreenshot(page, 'story-phone');
});
