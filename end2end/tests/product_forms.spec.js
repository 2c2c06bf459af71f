// The products whose questions live in their product files (the form engine),
// in Chromium with and without JavaScript (the two projects): a happy path to
// the confirmation and "Mijn aanvraag", save and continue later, and the
// accessibility gate on every kind of question page and on every engine page.
const { test, expect } = require('@playwright/test');
const { dateFromToday, gate } = require('./support');

const path = require('node:path');

const CAMERA_PHOTO = path.join(__dirname, '..', '..', 'server', 'tests', 'fixtures', 'camera-with-gps.jpg');
const continueButton = (page) => page.getByRole('button', { name: 'Doorgaan' });

test('a resident asks for an extract in German and follows it on Mijn aanvraag', async ({ page }) => {
  await page.goto('/producten/uittreksel-brp');
  await page.getByRole('link', { name: 'Start nu' }).click();
  await expect(page).toHaveTitle(/^Stap 1 van 4: Soort uittreksel/);
  await page.getByRole('radio', { name: 'Uittreksel in een andere taal, voor het buitenland' }).check();
  await continueButton(page).click();
  // The language question applies now: five steps.
  await expect(page).toHaveTitle(/^Stap 2 van 5: Taal/);
  await page.getByRole('radio', { name: 'Duits' }).check();
  await continueButton(page).click();
  await page.getByRole('textbox', { name: 'Waarvoor heeft u het uittreksel nodig?' }).fill('Voor een baan in Duitsland');
  await continueButton(page).click();
  await page.getByRole('radio', { name: 'Ik haal het op bij de balie' }).check();
  await continueButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact');
  await page.getByRole('textbox', { name: 'E-mailadres (optioneel)' }).fill('jan@voorbeeld.nl');
  await continueButton(page).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await expect(page.getByRole('main')).toContainText('Duits');
  await expect(page.getByRole('main')).toContainText('Telefoonnummer');
  await expect(page.getByRole('main')).toContainText('Niet ingevuld');
  // Change one answer from the check page and come straight back.
  await page.getByRole('link', { name: /Wijzigen\s*waarvoor/i }).click();
  await page.getByRole('textbox', { name: 'Waarvoor heeft u het uittreksel nodig?' }).fill('Voor een huurhuis');
  await continueButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await expect(page.getByRole('main')).toContainText('Voor een huurhuis');

  await page.getByRole('button', { name: 'Verstuur uw aanvraag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wij hebben uw aanvraag ontvangen');
  await expect(page.locator('.lk-panel__reference')).toHaveText(/^UB-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByText('Wij hebben een bevestiging gestuurd naar jan@voorbeeld.nl.')).toBeVisible();
  await page.getByRole('link', { name: 'Mijn aanvraag bekijken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn aanvraag');
  await expect(page.getByRole('main')).toContainText('Ontvangen');
});

test('a resident saves halfway and continues in another browser with the code', async ({ page, browser }) => {
  await page.goto('/producten/kwijtschelding/aanslag');
  await page.getByRole('textbox', { name: 'Wat is het nummer van uw aanslag?' }).fill('2026-0042');
  await continueButton(page).click();
  await page.getByRole('radio', { name: 'Met een partner', exact: true }).check();
  await page.getByRole('button', { name: 'Opslaan en later verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw antwoorden zijn opgeslagen');
  const code = (await page.locator('.lk-panel__reference').textContent()).trim();
  expect(code).toMatch(/^[2-9A-Z]{4} [2-9A-Z]{4}$/);

  const other = await browser.newContext();
  const second = await other.newPage();
  try {
    await second.goto('/verder');
    await second.getByRole('textbox', { name: 'Verder met uw aanvraag' }).fill(code.toLowerCase());
    await second.getByRole('button', { name: 'Verder' }).click();
    await expect(second).toHaveURL(/\/producten\/kwijtschelding\/huishouden$/);
    await expect(second.getByRole('radio', { name: 'Met een partner', exact: true })).toBeChecked();
    await second.getByRole('link', { name: 'Terug', exact: true }).click();
    await expect(second.getByRole('textbox', { name: 'Wat is het nummer van uw aanslag?' })).toHaveValue('2026-0042');
  } finally {
    await other.close();
  }
});

/** Walks a product's questions: each step fills its answers, the gate checks every page. */
async function walk(page, browser, product, steps) {
  await page.goto(`/producten/${product}`);
  await gate(page, browser);
  await page.getByRole('link', { name: 'Start nu' }).click();
  for (const answer of steps) {
    await gate(page, browser);
    await answer(page);
    await continueButton(page).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await gate(page, browser);
}

/** Sends the answers from check your answers: the confirmation with this product's reference. */
async function send(page, prefix) {
  await page.getByRole('button', { name: 'Verstuur uw aanvraag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wij hebben uw aanvraag ontvangen');
  await expect(page.locator('.lk-panel__reference')).toHaveText(new RegExp(`^${prefix}-[2-9A-Z]{4}-[2-9A-Z]{4}$`));
}

test('every question page of the engine passes the gate, per kind of question', async ({ page, browser }) => {
  test.setTimeout(900_000);
  const [day, month, year] = dateFromToday(10);
  const fill = (name, value) => (p) => p.getByRole('textbox', { name, exact: true }).fill(value);
  const radio = (name) => (p) => p.getByRole('radio', { name, exact: true }).check();

  // Radios, a text with a limit, yes/no, a whole number, amounts, consent, phone and email.
  await walk(page, browser, 'kwijtschelding', [
    fill('Wat is het nummer van uw aanslag?', 'A-1'),
    async (p) => { await radio('Alleen')(p); await fill('Met hoeveel mensen woont u in huis? Tel uzelf mee.', '1')(p); },
    fill('Hoeveel geld komt er elke maand binnen?', '1.250,50'),
    radio('Ja'),
    fill('Hoeveel is het samen waard?', '800'),
    (p) => p.getByRole('checkbox').check(),
    fill('Telefoonnummer (optioneel)', '0612345678'),
  ]);
  // The copy before sending, the confirmation and Mijn aanvraag.
  await page.getByRole('link', { name: /kopie van uw antwoorden/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kopie van uw antwoorden');
  await gate(page, browser);
  await page.getByRole('link', { name: 'Terug naar uw antwoorden' }).click();
  await page.getByRole('button', { name: 'Verstuur uw aanvraag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wij hebben uw aanvraag ontvangen');
  await gate(page, browser);
  await page.getByRole('link', { name: 'Mijn aanvraag bekijken' }).click();
  await gate(page, browser);

  // A licence plate, an address and a date.
  await walk(page, browser, 'parkeervergunning', [
    fill('Wat is het kenteken van de auto?', '12-ABC-3'),
    radio('Van mij'),
    async (p) => { await fill('Postcode', '1234 AB')(p); await fill('Huisnummer', '5')(p); },
    async (p) => {
      await fill('Dag', day)(p);
      await fill('Maand', month)(p);
      await fill('Jaar', year)(p);
    },
    fill('E-mailadres (optioneel)', ''),
  ]);
  await send(page, 'PV');

  // Checkboxes and pickup days from real availability.
  await walk(page, browser, 'grofvuil', [
    (p) => p.getByRole('checkbox', { name: 'Een kast' }).check(),
    fill('Hoeveel stuks zijn het samen?', '1'),
    async (p) => { await fill('Postcode', '1234 AB')(p); await fill('Huisnummer', '5')(p); },
    (p) => p.getByRole('radio').first().check(),
    fill('E-mailadres (optioneel)', ''),
  ]);
  await send(page, 'GV');

  // Long text, branching to a description of the place.
  await walk(page, browser, 'melding-openbare-ruimte', [
    radio('Afval op straat'),
    radio('Nee'),
    fill('Beschrijf de plek', 'Achter de sporthal'),
    fill('Wat is er aan de hand?', 'Zakken afval'),
    (p) => p.getByLabel("Kies foto's").setInputFiles(CAMERA_PHOTO),
    radio('Nee'),
  ]);
  await send(page, 'MO');

  // A page with errors, the saved page and the resume page (with an error too).
  await page.goto('/producten/uittreksel-brp/soort');
  await continueButton(page).click();
  await expect(page).toHaveTitle(/^Fout: /);
  await gate(page, browser);
  await page.getByRole('button', { name: 'Opslaan en later verder' }).click();
  await gate(page, browser);
  await page.goto('/verder?fout=1&code=ABCD');
  await gate(page, browser);
});

test('a long text shows how many characters are left, with scripts only', async ({ page }) => {
  await page.goto('/producten/melding-openbare-ruimte/wat');
  await page.getByRole('radio', { name: 'Afval op straat' }).check();
  await continueButton(page).click();
  await page.getByRole('radio', { name: 'Nee' }).check();
  await continueButton(page).click();
  const place = page.getByRole('textbox', { name: 'Beschrijf de plek' });
  // Without scripts the limit is in the hint.
  await expect(place).toHaveAccessibleDescription(/Hoogstens 500 tekens\./);
  await place.fill('Achter de sporthal');
  if (test.info().project.use.javaScriptEnabled === false) {
    // The server writes the count (so nothing moves when the island starts), but
    // only a page with scripts shows it: neither seen nor heard without them.
    await expect(page.getByText(/tekens over/)).toBeHidden();
    await expect(place).not.toHaveAccessibleDescription(/tekens over/);
    return;
  }
  await expect(page.getByText('U heeft nog 482 tekens over.', { exact: true }).first()).toBeVisible();
  await expect(place).toHaveAccessibleDescription(/Hoogstens 500 tekens\. U heeft nog 482 tekens over\./);
  await place.fill('x'.repeat(501));
  await expect(page.getByText('U heeft 1 teken te veel.', { exact: true }).first()).toBeVisible();
  // The live region speaks once typing pauses.
  await expect(page.locator('.lk-character-count [aria-live=polite]')).toHaveText('U heeft 1 teken te veel.');
  await continueButton(page).click();
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByRole('main')).toContainText('Uw antwoord is te lang. Gebruik hoogstens 500 tekens. Nu zijn het er 501.');
});

test('a resident adds a photo to a report, sees it listed and removes it', async ({ page }) => {
  await page.goto('/producten/melding-openbare-ruimte/wat');
  await page.getByRole('radio', { name: 'Een boom, struik of gras' }).check();
  await continueButton(page).click();
  await page.getByRole('radio', { name: 'Nee' }).check();
  await continueButton(page).click();
  await page.getByRole('textbox', { name: 'Beschrijf de plek' }).fill('Het park');
  await continueButton(page).click();
  await page.getByRole('textbox', { name: 'Wat is er aan de hand?' }).fill('Een tak op het pad');
  await continueButton(page).click();
  await expect(page.getByRole('group', { name: "Wilt u foto's toevoegen? (optioneel)" })).toBeVisible();
  await page.getByLabel("Kies foto's").setInputFiles(CAMERA_PHOTO);
  await continueButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wilt u horen wat wij met uw melding doen?');
  await page.getByRole('link', { name: 'Terug', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('camera-with-gps.jpg');
  await page.getByRole('button', { name: 'Verwijderen camera-with-gps.jpg' }).click();
  await expect(page.getByRole('main')).not.toContainText('camera-with-gps.jpg');
  await expect(page.getByLabel("Kies foto's")).toBeVisible();
});
