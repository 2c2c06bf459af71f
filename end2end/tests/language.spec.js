// Languages: the first visit follows Accept-Language, the switch on every page
// leads to the same page in the other language (with and without scripts), the
// choice stays, and English pages pass the accessibility gate too.
const { test, expect } = require('@playwright/test');
const checks = require('../a11y/checks');

test('the switch leads to the same page in English and back, and the choice stays', async ({ page }) => {
  await page.goto('/producten/verhuizing/adres?terug=controleren');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const toEnglish = page.getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await toEnglish.click();
  await expect(page).toHaveURL(/\/producten\/verhuizing\/adres\?terug=controleren$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is your new address?');
  await expect(page).toHaveTitle('Step 1 of 4: New address - Report a move - Municipality of Voorbeeld');
  // The choice stays on the next page.
  await page.goto('/afspraak');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visit us at the desk');
  await expect(page.getByRole('complementary', { name: 'Need help?' })).toBeVisible();
  // And back.
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/afspraak$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afspraak aan de balie');
});

test('a first visit follows Accept-Language; a saved choice wins over it', async ({ browser }) => {
  const english = await browser.newContext({ locale: 'en-GB' });
  const page = await english.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arrange it online');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goto('/terugbellen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel mij terug');
  await english.close();
});

test('errors, dates and the copy are in the chosen language', async ({ page }) => {
  await page.goto('/taal/en?terug=/producten/verhuizing/datum');
  await page.goto('/producten/verhuizing/adres');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('1234 AB');
  await page.getByRole('textbox', { name: 'House number' }).fill('12');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  // A date too far ahead names the last possible date in English.
  await page.getByRole('textbox', { name: 'Day' }).fill('1');
  await page.getByRole('textbox', { name: 'Month' }).fill('1');
  await page.getByRole('textbox', { name: 'Year' }).fill('2099');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveTitle(/^Error: Step 2 of 4: Moving date/);
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText(
    /^You can report a move at most 4 weeks ahead\. Fill in a date up to and including \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
  );
  // The same stored error, shown in Dutch after switching.
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(
    /^U kunt een verhuizing hoogstens 4 weken van tevoren doorgeven\. Vul een datum in tot en met \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/,
  );
});

test('English pages pass the accessibility gate', async ({ page, browser }) => {
  test.skip(test.info().project.name !== 'javascript', 'runs once; the language is server-rendered');
  test.setTimeout(300_000);
  await page.goto('/taal/en?terug=/');
  const cookies = await page.context().cookies();
  const urls = ['/', '/producten/verhuizing', '/producten/verhuizing/adres', '/terugbellen', '/afspraak/product', '/toegankelijkheid', '/bestaat-niet'];
  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.addCookies(cookies);
  const problems = [];
  try {
    for (const url of urls) {
      const absolute = new URL(url, page.url()).toString();
      const found = await checks.checkPage(browser, context, absolute, { submitForms: false });
      problems.push(...found.map((p) => `${url} ${p.sc} ${p.message}`));
      const lang = await context.newPage().then(async (p) => {
        await p.goto(absolute);
        const value = await p.locator('html').getAttribute('lang');
        await p.close();
        return value;
      });
      if (lang !== 'en') problems.push(`${url} html lang is ${lang}`);
    }
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});
