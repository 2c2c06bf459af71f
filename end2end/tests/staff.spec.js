// The staff side in Chromium, with and without JavaScript (the two projects):
// a resident sends a request, a team leader signs in, finds it on the work
// list, takes it and handles it to "afgehandeld"; the resident sees each step.
// The accessibility gate runs on every staff page, signed in.
const { test, expect } = require('@playwright/test');
const { gate, signIn } = require('./support');

async function sendExtract(page) {
  await page.goto('/producten/uittreksel-brp');
  await page.getByRole('link', { name: 'Start nu' }).click();
  await page.getByRole('radio', { name: 'Gewoon uittreksel: uw adres en gegevens van nu' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('textbox', { name: 'Waarvoor heeft u het uittreksel nodig?' }).fill('Voor een huurhuis');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: 'Ik haal het op bij de balie' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('textbox', { name: 'E-mailadres (optioneel)' }).fill('jan@voorbeeld.nl');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('button', { name: 'Verstuur uw aanvraag' }).click();
  const reference = (await page.locator('.lk-panel__reference').textContent()).trim();
  const status = await page.getByRole('link', { name: /Mijn aanvraag/ }).first().getAttribute('href');
  return { reference, status };
}

test('a team leader handles a request from the work list to done', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const resident = await browser.newContext();
  const residentPage = await resident.newPage();
  const { reference, status } = await sendExtract(residentPage);

  await page.goto('/medewerker');
  await gate(page, browser);
  await signIn(page, 'lisa@voorbeeld.nl');
  await gate(page, browser);
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Aanvragen' }).click();
  const table = page.getByRole('table', { name: /Aanvragen van inwoners/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Ontvangen ?, gesorteerd, aflopend$/ })).toBeVisible();
  await gate(page, browser);
  await table.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aanvraag ${reference}`);
  await expect(page.getByRole('main')).toContainText('Voor een huurhuis');
  await gate(page, browser);
  await page.getByRole('button', { name: 'Aan mij toewijzen' }).click();
  await expect(page.getByRole('main')).toContainText('Lisa de Boer');

  await page.getByRole('radio', { name: 'In behandeling' }).check();
  await page.getByRole('textbox', { name: 'Bericht aan de inwoner' }).fill('Wij maken uw uittreksel.');
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByRole('main').locator('.lk-summary-list').first()).toContainText('In behandeling');
  await page.getByRole('radio', { name: 'Afgehandeld' }).check();
  await page.getByRole('textbox', { name: 'Bericht aan de inwoner' }).fill('Uw uittreksel ligt klaar bij de balie.');
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByRole('main')).toContainText('Deze aanvraag is afgesloten');
  await gate(page, browser);

  await residentPage.goto(status);
  await expect(residentPage.getByRole('main')).toContainText('Uw uittreksel ligt klaar bij de balie.');
  await expect(residentPage.getByRole('main')).toContainText('Een teamleider van Burgerzaken bekeek of wijzigde uw aanvraag');
  await resident.close();
});

test('the access log shows who looked, and beheer may read it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'beheer@voorbeeld.nl');
  await page.getByRole('link', { name: 'Inzage-log' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inzage-log');
  await expect(page.getByRole('table', { name: /Inzage-log, nieuwste eerst/ })).toBeVisible();
  await gate(page, browser);
  // Accessibility reports: the list, and a report with its reply form (one is sent first).
  const resident = await browser.newContext();
  const residentPage = await resident.newPage();
  await residentPage.goto('/toegankelijkheid');
  await residentPage.getByRole('textbox', { name: /Wat ging er niet goed/ }).fill('De knop is niet te zien in hoog contrast.');
  await residentPage.getByRole('button', { name: 'Verstuur melding' }).click();
  await resident.close();
  await page.getByRole('link', { name: 'Toegankelijkheidsmeldingen' }).first().click();
  await expect(page.getByRole('table', { name: /Meldingen over toegankelijkheid/ })).toBeVisible();
  await gate(page, browser);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Melding TG-/);
  await gate(page, browser);
  // Not for beheer: requests. The server refuses, whatever the links say.
  const refused = await page.goto('/medewerker/aanvragen');
  expect(refused.status()).toBe(403);
});
