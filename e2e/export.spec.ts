import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, mapIdle, ARTIFACTS } from './fixtures';

const EVENT = '2016-04-02-lele-tepe';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe('Download image', () => {
  test('saves a PNG of the map at screen and at double resolution, with the overlay burned in', async ({
    page,
    watch,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __csp?: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`./?event=${EVENT}&lang=en`);
    await mapIdle(page);
    const map = await page.evaluate(() => {
      const m = window.__lineOfContactMap;
      if (!m) throw new Error('no map');
      const c = m.getContainer();
      return { w: c.clientWidth, h: c.clientHeight, ratio: m.getPixelRatio() };
    });
    const now = Number(
      await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuenow'),
    );
    // The cursor time in UTC, to the minute, without the colon: 2016-04-02T0300Z.
    const stamp = new Date(now).toISOString().slice(0, 16).replace(':', '') + 'Z';

    for (const [choice, scale] of [
      [/^Screen/, 1],
      [/^Double/, 2],
    ] as const) {
      const opener = page.getByRole('button', { name: 'Download image' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Download an image of the map' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('radio', { name: choice }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`line-of-contact-${stamp}.png`);
      const file = await download.path();
      const png = readFileSync(file);
      mkdirSync(ARTIFACTS, { recursive: true });
      copyFileSync(file, join(ARTIFACTS, `export-${scale}x.png`));
      await expect(dialog.getByRole('status')).toHaveText(`Saved line-of-contact-${stamp}.png`);

      // A PNG exactly the map's size at the chosen ratio: no band is added, all is overlaid.
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBe(Math.round(map.w * map.ratio * scale));
      expect(height).toBe(Math.round(map.h * map.ratio * scale));

      const stats = await page.evaluate(
        async ({ base64, scale }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('no 2D context');
          ctx.drawImage(bitmap, 0, 0);
          const all = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
          const colours = new Set<number>();
          for (let i = 0; i < all.length; i += 4 * 97) {
            colours.add(
              ((all[i] ?? 0) >> 3) * 1024 +
                ((all[i + 1] ?? 0) >> 3) * 32 +
                ((all[i + 2] ?? 0) >> 3),
            );
          }
          // The header box (top left, from 10 to 120 CSS px): a white panel with dark text.
          const box = ctx.getImageData(14 * scale, 14 * scale, 100 * scale, 30 * scale).data;
          let light = 0;
          let dark = 0;
          for (let i = 0; i < box.length; i += 4) {
            const v = ((box[i] ?? 0) + (box[i + 1] ?? 0) + (box[i + 2] ?? 0)) / 3;
            if (v > 235) light++;
            else if (v < 140) dark++;
          }
          // The event title's line (38 to 52 CSS px): near-black text, as no map feature is.
          const line = ctx.getImageData(18 * scale, 38 * scale, 200 * scale, 14 * scale).data;
          let ink = 0;
          for (let i = 0; i < line.length; i += 4) {
            if (Math.max(line[i] ?? 255, line[i + 1] ?? 255, line[i + 2] ?? 255) < 100) ink++;
          }
          return {
            title: ink / (line.length / 4),
            width: bitmap.width,
            colours: colours.size,
            light: light / (box.length / 4),
            dark: dark / (box.length / 4),
          };
        },
        { base64: png.toString('base64'), scale },
      );
      expect(stats.width).toBe(width);
      expect(stats.colours, 'not a blank image').toBeGreaterThan(40);
      expect(stats.light, 'the header panel').toBeGreaterThan(0.4);
      expect(stats.dark, 'text in the header panel').toBeGreaterThan(0.03);
      expect(stats.title, 'the event title').toBeGreaterThan(0.04);

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    }

    // The map is back at the screen's ratio.
    const after = await page.evaluate(() => {
      const m = window.__lineOfContactMap;
      return m ? { ratio: m.getPixelRatio(), width: m.getCanvas().width } : null;
    });
    expect(after).toEqual({ ratio: map.ratio, width: Math.round(map.w * map.ratio) });
    expect(await page.evaluate(() => (window as { __csp?: string[] }).__csp)).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
