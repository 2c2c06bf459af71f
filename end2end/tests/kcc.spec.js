// The KCC's screens in Chromium, with and without JavaScript (the two
// projects): a resident asks to be called back; an agent signs in and works
// the queue with the keyboard alone (the request's link, "Oppakken", the
// outcome, a note, "Vastleggen", then "Volgende oppakken"); and registers a
// contact, with a problem first; and completes a resident's form on the phone
// ("Verder met het formulier"). The accessibility gate runs on every page.
const { test, expect } = require('@playwright/test');
const { gate, signIn, moveFromDateToCheck } = require('./support');

/** Presses Tab until the focused element has this accessible name; fails after 60 presses. */
async function tabTo(page, role, name) {
  const target = page.getByRole(role, { name, exact: true }).first();
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`could not reach ${role} "${name}" with Tab on ${page.url()}`);
}

async function askCallback(browser) {
  const resident = await browser.newContext();
  const page = await resident.newPage();
  await page.goto('/terugbellen');
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fatima El Amrani');
  await page.getByRole('textbox', { name: 'Uw telefoonnummer' }).fill('06 12345678');
  await page.getByRole('textbox', { name: 'Waarover wilt u gebeld worden?' }).fill('Vraag over de afvalpas');
  await page.getByRole('radiogroup', { name: 'Wanneer kunnen wij u het beste bellen?' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Verstuur' }).click();
  const reference = (await page.locator('.lk-panel__reference').textContent()).trim();
  await resident.close();
  return reference;
}

test('an agent works the callback queue with the keyboard alone', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const reference = await askCallback(browser);
  await signIn(page, 'karim@voorbeeld.nl');
  await gate(page, browser);

  await tabTo(page, 'link', 'Terugbellen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terugbelverzoeken');
  await gate(page, browser);

  await tabTo(page, 'link', reference);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Terugbelverzoek ${reference}`);
  await expect(page.getByRole('link', { name: '06 12345678' })).toHaveAttribute('href', 'tel:+31612345678');
  await gate(page, browser);
  await tabTo(page, 'button', 'Oppakken');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('U heeft dit verzoek opgepakt');
  await gate(page, browser);

  // Recorded without an outcome: the error summary takes focus, the note stays.
  await tabTo(page, 'textbox', 'Notitie (optioneel)');
  await page.keyboard.type('Vraag beantwoord, pas wordt opgestuurd');
  await tabTo(page, 'button', 'Vastleggen');
  await page.keyboard.press('Enter');
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Kies hoe het gesprek ging');
  await expect(page.getByRole('textbox', { name: 'Notitie (optioneel)' })).toHaveValue('Vraag beantwoord, pas wordt opgestuurd');
  await gate(page, browser);

  await tabTo(page, 'radio', 'Bereikt: vraag beantwoord');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Bereikt: vraag beantwoord' })).toBeChecked();
  await tabTo(page, 'button', 'Vastleggen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terugbelverzoeken');
  await expect(page.getByRole('status')).toContainText(`Gesprek vastgelegd voor ${reference}`);
  await expect(page.getByRole('link', { name: reference })).toHaveCount(0);
  await gate(page, browser);

  // The next one, from the queue, with one key: a request of its own or "none free".
  await tabTo(page, 'button', 'Volgende oppakken');
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Terugbelverzoek(en| TB-)/);
  if ((await heading.textContent()).startsWith('Terugbelverzoek TB-')) {
    await expect(page.getByRole('status')).toContainText('U heeft dit verzoek opgepakt');
    await tabTo(page, 'button', 'Teruggeven aan de wachtrij');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('staat weer in de wachtrij');
  } else {
    await expect(page.getByRole('status')).toContainText('Er is geen vrij verzoek meer');
  }
  await gate(page, browser);
});

test('an agent completes the resident\'s form on the phone and records the call', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // A resident stuck at the date of the move asks to be called, with the answers so far.
  const resident = await browser.newContext();
  const own = await resident.newPage();
  await own.goto('/producten/verhuizing/adres');
  await own.getByRole('textbox', { name: 'Postcode' }).fill('1234 AB');
  await own.getByRole('textbox', { name: 'Huisnummer' }).fill('3');
  await own.getByRole('button', { name: 'Doorgaan' }).click();
  await own.getByRole('complementary', { name: 'Hulp nodig?' }).getByRole('link', { name: 'Bel mij terug' }).click();
  await own.getByRole('textbox', { name: 'Uw naam' }).fill('Ayşe Özdemir');
  await own.getByRole('textbox', { name: 'Uw telefoonnummer' }).fill('06 12345679');
  await own.getByRole('radiogroup', { name: 'Wanneer kunnen wij u het beste bellen?' }).getByRole('radio').first().check();
  await own.getByRole('checkbox', { name: 'Stuur mijn antwoorden tot nu toe mee' }).check();
  await own.getByRole('button', { name: 'Verstuur' }).click();
  const reference = (await own.locator('.lk-panel__reference').textContent()).trim();
  await resident.close();

  await signIn(page, 'karim@voorbeeld.nl');
  await page.goto(`/medewerker/terugbellen/${reference}`);
  await page.getByRole('button', { name: 'Oppakken' }).click();
  await expect(page.getByRole('main')).toContainText('1234 AB 3');
  await tabTo(page, 'button', 'Verder met het formulier');
  await page.keyboard.press('Enter');

  // The resident's own form, at the first question still open, saying whose it becomes.
  await expect(page).toHaveTitle(/^Stap 2 van 4: Verhuisdatum/);
  await expect(page.getByRole('main')).toContainText(`aan de telefoon (terugbelverzoek ${reference})`);
  await expect(page.getByRole('button', { name: 'Opslaan en later verder' })).toHaveCount(0);
  await gate(page, browser);
  await moveFromDateToCheck(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await expect(page.getByRole('main')).toContainText('1234 AB');
  await gate(page, browser);
  await page.getByRole('button', { name: 'Verstuur' }).click();

  // Back at the request, with the outcome and the request's reference ready.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Terugbelverzoek ${reference}`);
  await expect(page.getByRole('status')).toContainText('De aanvraag is verstuurd');
  await expect(page.getByRole('radio', { name: 'Bereikt: aanvraag gestart' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Notitie (optioneel)' })).toHaveValue(/^VH-/);
  await gate(page, browser);
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('status')).toContainText(`Gesprek vastgelegd voor ${reference}`);
});

test('an agent registers a contact in a few seconds', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, 'karim@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Contact vastleggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact vastleggen');
  await expect(page.getByRole('radio', { name: 'Telefoon' })).toBeChecked();
  await gate(page, browser);

  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Kies een product of schrijf het onderwerp');
  await expect(page.getByRole('alert')).toContainText('Kies hoe het contact afliep');
  await gate(page, browser);

  await page.getByRole('combobox', { name: 'Over welk product ging het?' }).selectOption({ label: 'Grofvuil ophalen' });
  await page.getByRole('radio', { name: 'Zelf afgehandeld' }).check();
  await page.getByRole('radio', { name: '4: tevreden' }).check();
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('status')).toContainText('Het contact is vastgelegd');
  await expect(page.getByRole('table', { name: /Vandaag door u vastgelegd: \d+ contact/ })).toContainText('Grofvuil ophalen');
  await gate(page, browser);
});

test('an agent finds a resident by phone number, also straight from an address', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const reference = await askCallback(browser);
  await signIn(page, 'karim@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Zoeken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inwoner zoeken');
  await gate(page, browser);

  await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('12');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Nederlands telefoonnummer');
  await gate(page, browser);

  // As a telephony system opens it on an incoming call.
  await page.goto('/medewerker/zoeken?telefoon=0612345678');
  const results = page.getByRole('table', { name: 'Gevonden, nieuwste eerst' });
  await expect(results.getByRole('link', { name: reference })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Telefoonnummer' })).toHaveValue('0612345678');
  await gate(page, browser);
  await results.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Terugbelverzoek ${reference}`);
});
