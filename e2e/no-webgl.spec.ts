import { findChromium } from '../scripts/find-chromium.mjs';
import { test, expect } from './fixtures';

// A browser with WebGL switched off, as on some old devices and locked-down machines.
test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: ['--disable-3d-apis', '--disable-background-networking', '--disable-quic'],
  },
});

test('without WebGL the page says that the map needs it instead of going blank', async ({
  page,
  watch,
}) => {
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('needs WebGL');
  await expect(page.getByRole('heading', { name: 'Line of Contact' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Europe' })).toBeVisible();
  expect(watch.pageErrors).toEqual([]);
});
