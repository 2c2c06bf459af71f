// The catalogue: the search works with and without JavaScript (a GET form),
// start pages lead to the right channel, and every catalogue page passes the gate.
const { test, expect } = require('@playwright/test');
const checks = require('../a11y/checks');
const { withoutIslands } = require('./support');

test('a resident searches with their own words and reaches the counter booking', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('id kaart');
  await page.getByRole('button', { name: 'Zoek' }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=id\+kaart$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoekresultaten voor ‘id kaart’');
  await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('id kaart');
  await page.getByRole('link', { name: 'Paspoort of ID-kaart' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paspoort of ID-kaart');
  await expect(page.getByText('Het kost € 83,90. Dit bedrag is een voorbeeld.')).toBeVisible();
  await page.getByRole('link', { name: 'Maak een afspraak' }).first().click();
  await expect(page).toHaveURL(/\/afspraak\/product/);
  await expect(page.getByRole('checkbox', { name: /Paspoort of ID-kaart aanvragen/ })).toBeChecked();
});

test('a search without results offers a person', async ({ page }) => {
  await page.goto('/zoeken?q=ruimteschip');
  await expect(page.getByText('Wij vonden niets.')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Bel mij terug' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel mij terug');
});

test('a personal product leads to a callback that knows where the resident was', async ({ page }) => {
  await page.goto('/producten/bijzondere-bijstand');
  await page.getByRole('main').getByRole('link', { name: 'Bel mij terug' }).click();
  await expect(page.getByRole('textbox', { name: 'Waarover wilt u gebeld worden?' })).toHaveValue('Bijzondere bijstand');
});

test('catalogue pages and the privacy statement pass the accessibility gate', async ({ page, browser }) => {
  test.setTimeout(600_000);
  const urls = [
    '/',
    '/zoeken?q=bank+ophalen',
    '/zoeken?q=ruimteschip',
    '/zoeken?q=',
    '/producten/paspoort-id-kaart',
    '/producten/bijzondere-bijstand',
    '/producten/grofvuil',
    '/producten/kwijtschelding',
    '/privacy',
  ];
  const context = await browser.newContext({ javaScriptEnabled: true });
  if (test.info().project.use.javaScriptEnabled === false) await withoutIslands(context);
  const problems = [];
  const signatures = [];
  try {
    for (const url of urls) {
      const absolute = new URL(url, (await page.goto('/')).url()).toString();
      const found = await checks.checkPage(browser, context, absolute, { signature: (s) => signatures.push({ url: absolute, ...s }) });
      problems.push(...found.map((p) => `${url} ${p.sc} ${p.message}`));
    }
    problems.push(...checks.compareSignatures(signatures).map((p) => `${p.sc} ${p.message}`));
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});
