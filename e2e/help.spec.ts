import { test, expect } from './fixtures';

test.describe('keyboard help', () => {
  test('"?" opens the list of shortcuts, Escape closes it and focus returns', async ({ page }) => {
    await page.goto('./?event=2016-04-02-lele-tepe&lang=en');
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await expect(slider).toBeVisible();
    // The linked event's details take the focus when they open; only then is the slider focused.
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeHidden();

    await slider.focus();
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    for (const text of [
      'Previous / next event',
      'One hour back / forward',
      'Start / end of the story',
      'Zoom in / out',
      'Previous / next step of a guided story (while a story runs)',
      'Leave the story',
    ]) {
      await expect(dialog.getByText(text, { exact: true })).toBeVisible();
    }
    await expect(dialog.locator('kbd', { hasText: 'Page Up / Page Down' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(slider).toBeFocused();
    // That Escape belonged to the dialog: the event is still open.
    await expect(details).toBeVisible();

    // In a text field "?" is just a character.
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.focus();
    await page.keyboard.press('?');
    await expect(search).toHaveValue('?');
    await expect(dialog).toBeHidden();
    await search.fill('');

    // The visible button does the same.
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await button.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the list is in the interface language', async ({ page }) => {
    await page.goto('./?lang=ru');
    await expect(page.getByRole('slider')).toBeVisible();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Клавиатурные сокращения' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Выйти из рассказа')).toBeVisible();
  });
});
