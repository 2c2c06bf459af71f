// The accessibility gate: every page of the journey, with JavaScript on and
// off (the two projects), passes every check in a11y/checks.js; key pages say
// the right things to a screen reader.
const { test, expect } = require('@playwright/test');
const checks = require('../a11y/checks');
const { dateFromToday, withoutIslands } = require('./support');

/** Runs every check on the page `page` shows now, with its cookies, in a context that runs scripts. */
async function gate(page, browser, visited) {
  const url = page.url();
  const context = await browser.newContext({ javaScriptEnabled: true });
  // In the no-JavaScript project the checks see the page as it is without scripts: no islands.
  if (test.info().project.use.javaScriptEnabled === false) await withoutIslands(context);
  await context.addCookies(await page.context().cookies());
  // The error check submits forms empty in a fresh context: it never touches this journey's answers.
  const problems = await checks.checkPage(browser, context, url, { signature: (s) => visited.push({ url, ...s }) });
  await context.close();
  expect(problems.map((p) => `${p.sc} ${p.message}`), `gate on ${url}`).toEqual([]);
}

test('every page of "Verhuizing doorgeven" passes the accessibility gate', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const visited = [];
  await page.goto('/');
  await gate(page, browser, visited);
  await page.goto('/producten/verhuizing');
  await gate(page, browser, visited);
  await page.getByRole('link', { name: 'Start nu' }).click();
  await gate(page, browser, visited);

  // A question page with errors: what a screen-reader user hears.
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12a');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 1 van 4: Nieuw adres/);
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - link "Terug"
    - paragraph: Stap 1 van 4
    - alert:
      - heading "Er is een probleem" [level=2]
      - list:
        - listitem:
          - link "Vul de postcode in"
        - listitem:
          - link "Vul bij huisnummer alleen de cijfers in. Zet een letter zoals A bij toevoeging"
    - group "Wat is uw nieuwe adres?":
      - heading "Wat is uw nieuwe adres?" [level=1]
      - textbox "Postcode"
      - textbox "Huisnummer": 12a
      - textbox "Toevoeging (optioneel)"
    - button "Doorgaan"
  `);
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription('Bijvoorbeeld 1234 AB Fout: Vul de postcode in');
  await expect(page.getByRole('textbox', { name: 'Huisnummer' })).toHaveAccessibleDescription('Fout: Vul bij huisnummer alleen de cijfers in. Zet een letter zoals A bij toevoeging');
  await expect(page.getByRole('textbox', { name: 'Toevoeging (optioneel)' })).toHaveAccessibleDescription('Bijvoorbeeld A of 2');
  await gate(page, browser, visited);

  await page.getByRole('textbox', { name: 'Postcode' }).fill('1234 AB');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await gate(page, browser, visited);
  // The error state of each kind of question is gated too: a date, a group of rows, contact details.
  await page.getByRole('textbox', { name: 'Dag' }).fill('31');
  await page.getByRole('textbox', { name: 'Maand' }).fill('4');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 2 van 4/);
  await gate(page, browser, visited);
  const [day, month, year] = dateFromToday(2);
  await page.getByRole('textbox', { name: 'Dag' }).fill(day);
  await page.getByRole('textbox', { name: 'Maand' }).fill(month);
  await page.getByRole('textbox', { name: 'Jaar' }).fill(year);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await gate(page, browser, visited);
  await page.getByRole('radio', { name: 'Ja, er verhuist iemand mee' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
  await gate(page, browser, visited);
  // A name without a date of birth; the empty second row is dropped.
  await page.getByRole('group', { name: 'Persoon 1' }).getByRole('textbox', { name: 'Volledige naam' }).fill('Fatima El Amrani');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 4 van 5/);
  await gate(page, browser, visited);
  await page.getByRole('group', { name: 'Persoon 1' }).getByRole('textbox', { name: 'Volledige naam' }).fill('Fatima El Amrani');
  const birth = page.getByRole('group', { name: 'Persoon 1' }).getByRole('group', { name: 'Geboortedatum' });
  await birth.getByRole('textbox', { name: 'Dag' }).fill('1');
  await birth.getByRole('textbox', { name: 'Maand' }).fill('1');
  await birth.getByRole('textbox', { name: 'Jaar' }).fill('2020');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await gate(page, browser, visited);
  await page.getByRole('textbox', { name: 'E-mailadres (optioneel)' }).fill('naam@');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 5 van 5/);
  await gate(page, browser, visited);
  await page.getByRole('textbox', { name: 'E-mailadres (optioneel)' }).fill('');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  // Check your answers: each answer with its change link.
  await expect(page).toHaveTitle(/^Controleer uw antwoorden/);
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "Controleer uw antwoorden" [level=1]
    - term: Nieuw adres
    - definition: 1234 AB 12
    - definition:
      - link "Wijzigen nieuw adres"
    - term: Verhuisdatum
    - term: Verhuist er iemand mee?
    - definition: Ja, er verhuist iemand mee
    - term: Wie verhuist er mee
    - definition: /Fatima El Amrani, geboren op 1 januari 2020/
    - term: E-mailadres
    - definition: Niet ingevuld
    - heading "Nu versturen" [level=2]
    - button "Verstuur uw aanvraag"
  `);
  await gate(page, browser, visited);
  await page.getByRole('button', { name: 'Verstuur uw aanvraag' }).click();

  // Confirmation: the reference and the copy.
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "Wij hebben uw aanvraag ontvangen" [level=1]
    - paragraph:
      - text: Uw referentienummer is
      - strong: /^VH-[2-9A-Z]{4}-[2-9A-Z]{4}$/
    - heading "Wat gebeurt er nu?" [level=2]
    - heading "Kopie van uw gegevens" [level=2]
    - term: Referentienummer
    - term: Ontvangen op
    - term: Nieuw adres
  `);
  await gate(page, browser, visited);
  await page.goto('/bestaat-niet');
  await gate(page, browser, visited);

  // Across the journey: the same navigation and help in the same place, unique titles.
  const problems = checks.compareSignatures(visited);
  expect(problems.map((p) => `${p.url} ${p.sc} ${p.message}`)).toEqual([]);
});

test('"Bel mij terug" from inside a form passes the gate and keeps the context', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const visited = [];
  await page.goto('/producten/verhuizing/adres');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('1234 AB');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('3');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Stap 2 van 4/);
  await page.getByRole('complementary', { name: 'Hulp nodig?' }).getByRole('link', { name: 'Bel mij terug' }).click();

  await expect(page).toHaveTitle('Bel mij terug - Gemeente Voorbeeld');
  await expect(page.getByRole('textbox', { name: 'Waarover wilt u gebeld worden?' })).toHaveValue('Verhuizing doorgeven (Stap 2: Verhuisdatum)');
  await gate(page, browser, visited);

  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page).toHaveTitle(/^Fout: Bel mij terug/);
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toMatchAriaSnapshot(`
    - heading "Er is een probleem" [level=2]
    - list:
      - listitem:
        - link "Vul uw naam in"
      - listitem:
        - link "Vul uw telefoonnummer in, zodat wij u kunnen bellen"
      - listitem:
        - link "Kies wanneer wij u het beste kunnen bellen"
  `);
  await expect(page.getByRole('textbox', { name: 'Uw telefoonnummer' })).toHaveAccessibleDescription(
    'Bijvoorbeeld 06 12345678. Wij gebruiken dit alleen om u te bellen. Fout: Vul uw telefoonnummer in, zodat wij u kunnen bellen',
  );
  await gate(page, browser, visited);

  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fatima El Amrani');
  await page.getByRole('textbox', { name: 'Uw telefoonnummer' }).fill('06 12345678');
  await page.getByRole('radiogroup', { name: 'Wanneer kunnen wij u het beste bellen?' }).getByRole('radio').nth(1).check();
  await page.getByRole('checkbox', { name: 'Stuur mijn antwoorden tot nu toe mee' }).check();
  await page.getByRole('button', { name: 'Verstuur' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wij bellen u terug');
  await expect(page.locator('.lk-panel__reference')).toHaveText(/^TB-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByText(/Dan bellen wij u uiterlijk op/)).toBeVisible();
  await gate(page, browser, visited);
  await page.getByRole('button', { name: 'Verzoek annuleren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw terugbelverzoek is geannuleerd');
  await gate(page, browser, visited);

  const problems = checks.compareSignatures(visited);
  expect(problems.map((p) => `${p.url} ${p.sc} ${p.message}`)).toEqual([]);
});

test('"Afspraak aan de balie" from inside a form passes the gate, with a time per part of the day', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const visited = [];
  await page.goto('/producten/verhuizing');
  await page.getByRole('complementary', { name: 'Hulp nodig?' }).getByRole('link', { name: 'Afspraak aan de balie' }).click();
  await expect(page).toHaveTitle('Afspraak aan de balie - Gemeente Voorbeeld');
  await gate(page, browser, visited);
  await page.getByRole('link', { name: 'Maak een afspraak' }).click();
  // Coming from the move, that product is ticked already.
  await expect(page.getByRole('checkbox', { name: /Verhuizing doorgeven/ })).toBeChecked();
  await gate(page, browser, visited);

  await page.getByRole('checkbox', { name: /Verhuizing doorgeven/ }).uncheck();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 1 van 5/);
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Waarvoor komt u?' })).toHaveAccessibleDescription('Kies alles wat u in één keer wilt regelen. Fout: Kies waarvoor u komt');
  await gate(page, browser, visited);
  await page.getByRole('checkbox', { name: /Rijbewijs verlengen/ }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 2 van 5: Locatie/);
  await gate(page, browser, visited);
  await page.getByRole('radio', { name: /Stadhuis/ }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 3 van 5: Dag/);
  await expect(page.getByRole('radiogroup', { name: 'Op welke dag wilt u komen?' }).getByRole('radio').first()).toHaveAccessibleName(/: \d+ tijden? vrij$/);
  await gate(page, browser, visited);
  await page.getByRole('radiogroup', { name: 'Op welke dag wilt u komen?' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 4 van 5: Tijd/);
  const times = page.getByRole('radiogroup', { name: 'Hoe laat wilt u komen?' });
  await expect(times.getByRole('group', { name: 'Ochtend' })).toBeVisible();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 4 van 5: Tijd/);
  await gate(page, browser, visited);
  await times.getByRole('radio', { name: '9.00 uur', exact: true }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 5 van 5: Uw gegevens/);
  await page.getByRole('textbox', { name: 'Uw e-mailadres (optioneel)' }).fill('geen adres');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('alert')).toMatchAriaSnapshot(`
    - heading "Er is een probleem" [level=2]
    - list:
      - listitem:
        - link "Vul uw naam in"
      - listitem:
        - link /e-mailadres/
  `);
  await gate(page, browser, visited);
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Fatima El Amrani');
  await page.getByRole('textbox', { name: 'Uw e-mailadres (optioneel)' }).fill('fatima@voorbeeld.nl');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Controleer uw afspraak/);
  await gate(page, browser, visited);
  await page.getByRole('button', { name: 'Afspraak maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw afspraak staat');
  await expect(page.locator('.lk-panel__reference')).toHaveText(/^BA-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByRole('link', { name: 'Zet de afspraak in uw agenda (ics-bestand)' })).toBeVisible();
  await gate(page, browser, visited);
  await page.getByRole('button', { name: 'Afspraak annuleren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw afspraak is geannuleerd');
  await gate(page, browser, visited);

  const problems = checks.compareSignatures(visited);
  expect(problems.map((p) => `${p.url} ${p.sc} ${p.message}`)).toEqual([]);
});

test('the accessibility statement and its report form pass the gate', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const visited = [];
  await page.goto('/');
  await page.getByRole('link', { name: 'Toegankelijkheid' }).click();
  await expect(page).toHaveTitle('Toegankelijkheid - Gemeente Voorbeeld');
  await gate(page, browser, visited);
  await page.getByRole('button', { name: 'Verstuur melding' }).click();
  await expect(page).toHaveTitle(/^Fout: Toegankelijkheid/);
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Wat ging er niet goed?' })).toHaveAccessibleDescription(
    'Bijvoorbeeld: ik kon de knop niet vinden met mijn schermlezer. Hoogstens 1000 tekens. Fout: Schrijf wat er niet goed ging',
  );
  await gate(page, browser, visited);
  await page.getByRole('textbox', { name: 'Wat ging er niet goed?' }).fill('De knop Opslaan is moeilijk te vinden.');
  await page.getByRole('button', { name: 'Verstuur melding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bedankt' })).toContainText(/Bedankt voor uw melding\. Het nummer van uw melding is TG-/);
  await gate(page, browser, visited);
  const problems = checks.compareSignatures(visited);
  expect(problems.map((p) => `${p.url} ${p.sc} ${p.message}`)).toEqual([]);
});
