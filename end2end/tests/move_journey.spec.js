// "Verhuizing doorgeven" in Chromium, with JavaScript on and off (the two
// projects in playwright.config.js), axe on every page visited.
const { test, expect } = require('@playwright/test');
const { expectNoAxeViolations, dateFromToday } = require('./support');

test('a resident reports a move from the home page to the confirmation', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Regel het online - Gemeente Voorbeeld');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Verhuizing doorgeven' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verhuizing doorgeven');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start nu' }).click();

  // Sending the first page empty: the error summary takes focus and links to the fields.
  await expect(page).toHaveTitle(/^Stap 1 van 4: Nieuw adres/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Fout: Stap 1 van 4/);
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  const empty = 'Vul de postcode en het huisnummer van uw nieuwe adres in';
  await expect(page.getByRole('link', { name: empty })).toHaveAttribute('href', '#adres-postcode');
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription(`Bijvoorbeeld 1234 AB Fout: ${empty}`);
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Postcode' }).fill('1234 ab');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12');
  await page.getByRole('textbox', { name: 'Toevoeging (optioneel)' }).fill('b');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 2 van 4: Verhuisdatum/);
  await expectNoAxeViolations(page);
  const [day, month, year] = dateFromToday(7);
  await page.getByRole('textbox', { name: 'Dag' }).fill('31');
  await page.getByRole('textbox', { name: 'Maand' }).fill('4');
  await page.getByRole('textbox', { name: 'Jaar' }).fill('2027');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze datum bestaat niet');
  await expect(page.getByRole('textbox', { name: 'Dag' })).toHaveValue('31');
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Dag' }).fill(day);
  await page.getByRole('textbox', { name: 'Maand' }).fill(month);
  await page.getByRole('textbox', { name: 'Jaar' }).fill(year);
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 3 van 4: Meeverhuizers/);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Ja, er verhuist iemand mee' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  // Someone moves along: the people page is a step of its own now.
  await expect(page).toHaveTitle(/^Stap 4 van 5: Wie verhuist er mee/);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Volledige naam' }).fill("Joost van 't Hek");
  await page.getByRole('textbox', { name: 'Dag' }).fill('29');
  await page.getByRole('textbox', { name: 'Maand' }).fill('2');
  await page.getByRole('textbox', { name: 'Jaar' }).fill('2012');
  await page.getByRole('button', { name: 'Nog iemand toevoegen' }).click();
  const second = page.getByRole('group', { name: 'Persoon 2' });
  await second.getByRole('textbox', { name: 'Volledige naam' }).fill('Ayşe Özdemir');
  await second.getByRole('textbox', { name: 'Dag' }).fill('3');
  await second.getByRole('textbox', { name: 'Maand' }).fill('april');
  await second.getByRole('textbox', { name: 'Jaar' }).fill('2015');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Stap 5 van 5: Contactgegevens/);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'E-mailadres (optioneel)' }).fill('naam@voorbeeld.nl');
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  await expect(page).toHaveTitle(/^Controleer uw antwoorden/);
  await expectNoAxeViolations(page);
  await expect(page.getByText('Joost van \'t Hek, geboren op 29 februari 2012')).toBeVisible();
  await expect(page.getByText('Niet ingevuld')).toBeVisible();
  // Change the address and come back here.
  await page.getByRole('link', { name: 'Wijzigen nieuw adres' }).click();
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('14');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).toHaveTitle(/^Controleer uw antwoorden/);
  await expect(page.getByText('14 B', { exact: true })).toBeVisible();
  await expect(page.getByText('Ayşe Özdemir, geboren op 3 april 2015')).toBeVisible();
  await page.getByRole('button', { name: 'Verstuur uw aanvraag' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wij hebben uw aanvraag ontvangen');
  await expect(page.getByText('Wij verwerken uw verhuizing binnen 5 werkdagen.')).toBeVisible();
  await expect(page.locator('.lk-panel__reference')).toHaveText(/^VH-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByText('Wij hebben een bevestiging gestuurd naar naam@voorbeeld.nl.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Back and resend: still one report, the same confirmation.
  const reference = await page.locator('.lk-panel__reference').textContent();
  await page.goBack();
  await expect(page).toHaveTitle(/^(Verstuurd|Controleer)/);
  await page.goto('/producten/verhuizing/controleren');
  await expect(page.locator('.lk-panel__reference')).toHaveText(reference);
});

test('an error page is a real page with help', async ({ page }) => {
  const response = await page.goto('/producten/verhuizing/bestaat-niet');
  expect(response.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('complementary', { name: 'Hulp nodig?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an old address of the move leads to the same question', async ({ page }) => {
  await page.goto('/verhuizen/datum');
  // Nothing answered yet: the engine sends the resident to the first question.
  await expect(page).toHaveURL(/\/producten\/verhuizing\/adres$/);
  await expect(page).toHaveTitle(/^Stap 1 van 4: Nieuw adres/);
});
