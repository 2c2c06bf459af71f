// The whole journey with the keyboard alone: Tab, Shift+Tab, Space, Enter and typing.
const { test, expect } = require('@playwright/test');
const { dateFromToday, javaScriptEnabled } = require('./support');

/** Presses Tab until the focused element has this accessible name; fails after 40 presses (a trap or a missing stop). */
async function tabTo(page, role, name) {
  const target = page.getByRole(role, { name, exact: true }).first();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`could not reach ${role} "${name}" with Tab on ${page.url()}`);
}

test('a move reported with the keyboard alone', async ({ page }) => {
  // Reading document.activeElement needs scripts in the page; the keys themselves do not.
  test.skip(!javaScriptEnabled(), 'runs once, in the JavaScript project');
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ga direct naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, 'link', 'Verhuizing doorgeven');
  await page.keyboard.press('Enter');
  await tabTo(page, 'link', 'Start nu');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Stap 1 van 4/);
  await tabTo(page, 'textbox', 'Postcode');
  await page.keyboard.type('1234AB');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Stap 2 van 4/);
  const [day, month, year] = dateFromToday(3);
  await tabTo(page, 'textbox', 'Dag');
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
  await tabTo(page, 'button', 'Doorgaan');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Stap 3 van 4/);
  await tabTo(page, 'radio', 'Nee, ik verhuis alleen');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Nee, ik verhuis alleen' })).toBeChecked();
  await tabTo(page, 'button', 'Doorgaan');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Stap 4 van 4/);
  await tabTo(page, 'button', 'Doorgaan');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Controleer uw antwoorden/);
  await tabTo(page, 'button', 'Verstuur uw aanvraag');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wij hebben uw aanvraag ontvangen');
});
