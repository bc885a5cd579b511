import { findChromium } from '../scripts/find-chromium.mjs';
import { test, expect } from './fixtures';

// A browser with WebGL switched off, as on some old devices and locked-down machines.
test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: ['--disable-3d-apis', '--disable-background-networking', '--disable-quic'],
  },
});

test('without WebGL the page explains the map and everything else still works', async ({
  page,
  watch,
}) => {
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('needs WebGL');
  await expect(page.getByRole('heading', { name: 'Line of Contact' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Europe' })).toBeVisible();
  // The timeline, the list and the details work without the map.
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '1 Dec 2015, 00:00 UTC+4');
  await page
    .getByRole('list', { name: 'Events' })
    .getByRole('button', { name: /Vienna summit: presidents/ })
    .click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Vienna summit');
  expect(watch.pageErrors).toEqual([]);
});
