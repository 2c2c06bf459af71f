// Display preferences: the switch works with and without JavaScript, the
// server renders the chosen mode, and pages of every template pass the gate in
// every combination of text size and contrast (with extra spacing too).
const { test, expect } = require('@playwright/test');
const checks = require('../a11y/checks');

const SIZES = ['standaard', 'groot', 'extra-groot'];
const CONTRASTS = ['standaard', 'hoog'];

test('the switch posts, returns to the same page at the switch, and the mode stays', async ({ page }) => {
  await page.goto('/producten/verhuizing');
  await expect(page.locator('html')).toHaveClass(/lk-text-standaard/);
  await page.getByText('Weergave aanpassen').click();
  await page.getByRole('radiogroup', { name: 'Tekstgrootte' }).getByRole('radio', { name: 'Extra groot' }).check();
  await page.getByRole('radiogroup', { name: 'Contrast' }).getByRole('radio', { name: 'Hoog contrast' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page).toHaveURL(/\/producten\/verhuizing\?weergave=opgeslagen#weergave$/);
  await expect(page.locator('html')).toHaveClass('lk-text-extra-groot lk-contrast-hoog');
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText('Uw weergave is opgeslagen.');
  // The root font grew: 150% of the browser's 16 px.
  const rootSize = await page.locator('html').evaluate((el) => getComputedStyle(el).fontSize).catch(() => null);
  if (rootSize !== null) expect(rootSize).toBe('24px');
  await page.goto('/afspraak');
  await expect(page.locator('html')).toHaveClass('lk-text-extra-groot lk-contrast-hoog');
});

test('pages of every template pass the gate in every text size and contrast', async ({ page, browser }) => {
  test.skip(test.info().project.name !== 'javascript', 'runs once: the modes are server-rendered, the same without scripts');
  test.setTimeout(900_000);
  // A visit up to its check page, so the stateful pages exist for this browser.
  await page.goto('/afspraak/product');
  await page.getByRole('checkbox', { name: /Rijbewijs verlengen/ }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: /Stadhuis/ }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radiogroup', { name: 'Op welke dag wilt u komen?' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  const timePage = page.url();
  await page.getByRole('radiogroup', { name: 'Hoe laat wilt u komen?' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Jan de Vries');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Controleer uw afspraak/);
  const urls = ['/', '/producten/verhuizing/adres', '/terugbellen', timePage, page.url(), '/bestaat-niet'];
  const cookies = await page.context().cookies();
  const base = new URL(page.url()).origin;
  const failures = [];
  for (const text of SIZES) {
    for (const contrast of CONTRASTS) {
      const mode = `tekst-${text}.contrast-${contrast}${text === 'extra-groot' ? '.ruim' : ''}`;
      const context = await browser.newContext({ javaScriptEnabled: true });
      await context.addCookies([...cookies, { name: 'loket_weergave', value: mode, url: base }]);
      const probe = await context.newPage();
      await probe.goto(base + '/');
      await expect(probe.locator('html')).toHaveClass(new RegExp(`lk-text-${text} lk-contrast-${contrast}`));
      await probe.close();
      for (const url of urls) {
        const full = new URL(url, base).href;
        const problems = await checks.checkPage(browser, context, full, { submitForms: false });
        failures.push(...problems.map((p) => `${mode} ${url} ${p.sc} ${p.message}`));
      }
      await context.close();
    }
  }
  expect(failures).toEqual([]);
});

test('with scripts a change applies at once, is announced politely, and stays', async ({ page }) => {
  test.skip(test.info().project.name !== 'javascript', 'the island needs scripts; without them the form posts (test above)');
  await page.goto('/afspraak');
  await page.waitForLoadState('networkidle');
  await page.getByText('Weergave aanpassen').click();
  const url = page.url();
  await page.getByRole('radiogroup', { name: 'Tekstgrootte' }).getByRole('radio', { name: 'Groot', exact: true }).check();
  await expect(page.locator('html')).toHaveClass('lk-text-groot lk-contrast-standaard');
  const live = page.locator('.lk-display__live');
  await expect(live).toHaveRole('status');
  await expect(live).toHaveText('Aangepast: Tekstgrootte: Groot, Contrast: Standaard.');
  expect(page.url()).toBe(url);
  await page.getByRole('checkbox', { name: 'Minder beweging' }).check();
  await expect(page.locator('html')).toHaveClass('lk-text-groot lk-contrast-standaard lk-calm');
  await expect(live).toHaveText('Aangepast: Tekstgrootte: Groot, Contrast: Standaard, Minder beweging.');
  // Saved in the background: the next page is rendered in it by the server.
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === 'loket_weergave')?.value).toBe('tekst-groot.contrast-standaard.rustig');
  await page.goto('/producten/verhuizing');
  await expect(page.locator('html')).toHaveClass('lk-text-groot lk-contrast-standaard lk-calm');
  // In English the announcement is English: the words come from the page.
  await page.goto('/taal/en?terug=/afspraak');
  await page.waitForLoadState('networkidle');
  await page.getByText('Change how the page looks').click();
  await page.getByRole('radiogroup', { name: 'Text size' }).getByRole('radio', { name: 'Standard' }).check();
  await expect(page.locator('.lk-display__live')).toHaveText('Changed: Text size: Standard, Contrast: Standard, Less movement.');
});
