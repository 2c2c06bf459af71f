// The counter in Chromium, with and without JavaScript (the two projects): a
// resident books a visit; a clerk finds it on the agenda, checks the resident
// in, calls them to counter 2, starts and finishes; the waiting-room screen
// shows the number and the counter, never the name. The gate on each page.
const { test, expect } = require('@playwright/test');
const { gate, signIn } = require('./support');

async function bookVisit(browser) {
  const resident = await browser.newContext();
  const page = await resident.newPage();
  await page.goto('/afspraak/product');
  await page.getByRole('checkbox', { name: /Rijbewijs verlengen/ }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: /Stadhuis/ }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radiogroup', { name: 'Op welke dag wilt u komen?' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radiogroup', { name: 'Hoe laat wilt u komen?' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fatima El Amrani');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('button', { name: 'Afspraak maken' }).click();
  const reference = (await page.locator('.lk-panel__reference').textContent()).trim();
  await resident.close();
  return reference;
}

test('a clerk receives, calls and helps a resident, and the waiting room shows only the number', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const reference = await bookVisit(browser);
  await signIn(page, 'bram@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Balie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Balie Stadhuis, /);
  await gate(page, browser);
  // The visit is on the first day with room: walk the days until it shows.
  for (let i = 0; i < 10 && (await page.getByRole('cell', { name: reference, exact: true }).count()) === 0; i += 1) {
    await page.getByRole('link', { name: 'Volgende dag' }).click();
  }
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: reference, exact: true }) });
  await expect(row).toContainText('Fatima El Amrani');
  await expect(row).toContainText('Rijbewijs');
  await gate(page, browser);

  await row.getByRole('button', { name: new RegExp(`^Aangekomen .*${reference}$`) }).click();
  await expect(page.getByRole('status')).toContainText(/Het nummer is B\d+/);
  const number = (await page.getByRole('status').textContent()).match(/B\d+/)[0];
  await gate(page, browser);
  // A resident follows the waiting room on their phone (the plain address).
  const phone = await browser.newPage();
  await phone.goto('/wachtkamer/stadhuis');
  await expect(phone.getByRole('main')).not.toContainText(`${number} naar balie 2`);
  const called = page.getByRole('row').filter({ has: page.getByRole('cell', { name: reference, exact: true }) });
  await called.getByRole('combobox', { name: new RegExp(`^Balie ${number} ${reference}$`) }).selectOption('2');
  await called.getByRole('button', { name: new RegExp(`^Oproepen ${number} ${reference}$`) }).click();
  await expect(page.getByRole('status')).toContainText(`${number}, balie 2 is opgeroepen`);
  if (test.info().project.use.javaScriptEnabled !== false) {
    // With scripts the phone's page follows by itself (every 10 s) and says the
    // new call once, politely, without reloading under its reader.
    await expect(phone.locator('[aria-live="polite"]')).toHaveText(`${number} naar balie 2`, { timeout: 25_000 });
    await expect(phone.getByRole('listitem').first()).toHaveText(`${number} naar balie 2`);
    await expect(phone.getByRole('link', { name: 'Ververs' })).toBeHidden();
    await gate(phone, browser);
  }
  await phone.close();
  await page.getByRole('button', { name: new RegExp(`^Start .*${reference}$`) }).click();
  await page.getByRole('button', { name: new RegExp(`^Klaar .*${reference}$`) }).click();
  await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: reference, exact: true }) })).toContainText('Geholpen');
  await gate(page, browser);

  await page.goto('/wachtkamer/stadhuis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtkamer Stadhuis');
  await expect(page.getByRole('main')).toContainText(`${number} naar balie 2`);
  await expect(page.getByRole('main')).not.toContainText('Fatima');
  await gate(page, browser);
  // The screen's own address renews itself (no gate: a page that reloads under
  // a reader fails 2.2.1, which is why only the wall screen's address does).
  await page.goto('/wachtkamer/stadhuis?scherm=ja');
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '10');
});

test('beheer closes a day, after a problem, and the change is listed', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, 'beheer@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Openingstijden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Openingstijden en sluitingen');
  await gate(page, browser);

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Kies een locatie');
  await gate(page, browser);

  // A day far enough ahead that no test books on it.
  const later = new Date(Date.now() + 400 * 24 * 3600 * 1000);
  const date = `${later.getDate()}-${later.getMonth() + 1}-${later.getFullYear()}`;
  await page.getByRole('radio', { name: 'Wijkpunt Noord' }).check();
  await page.getByRole('textbox', { name: 'Datum' }).fill(date);
  await page.getByRole('radio', { name: 'De locatie is die dag dicht' }).check();
  await page.getByRole('textbox', { name: 'Reden' }).fill('Training van de medewerkers');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De wijziging is opgeslagen');
  await expect(page.getByRole('table', { name: 'Wijzigingen vanaf vandaag' })).toContainText('Training van de medewerkers');
  await gate(page, browser);
});
