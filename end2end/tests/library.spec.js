// Helped at the library in Chromium, with and without JavaScript (the two
// projects): a volunteer starts the mode at /hulp, the resident agrees,
// every page says who helps and suggests nothing from the shared PC, a move
// is sent, "Klaar: alles wissen" ends it, and Back and Forward show nothing
// personal. With scripts the idle warning comes and the resident goes on;
// without, the server wipes after the idle time (40 s in these tests) and
// the next page says so. The gate on every page of the mode.
const { test, expect } = require('@playwright/test');
const { gate, dateFromToday } = require('./support');

const EMAIL = 'hulp-in-de-bieb@voorbeeld.nl';

async function startHelping(page, browser) {
  await page.goto('/hulp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp in de bibliotheek');
  await gate(page, browser);
  await page.getByRole('radio', { name: 'Bibliotheek Centrum' }).check();
  await page.getByRole('textbox', { name: 'Uw voornaam of vrijwilligerscode' }).fill('Marieke');
  await page.getByRole('button', { name: 'Start de hulp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voordat u begint');
  await expect(page.getByRole('main')).toContainText('Marieke van Bibliotheek Centrum helpt u vandaag.');
  await gate(page, browser);
  await page.getByRole('button', { name: 'Ik begrijp het en wil beginnen' }).click();
  const banner = page.getByRole('region', { name: 'Hulp van de bibliotheek' });
  await expect(banner).toContainText('U wordt geholpen door Marieke van Bibliotheek Centrum. U vult zelf uw gegevens in.');
  return banner;
}

test('a volunteer helps from /hulp to a sent request and Klaar leaves nothing behind', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await startHelping(page, browser);
  await gate(page, browser);

  await page.goto('/producten/verhuizing/adres');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('1234 AB');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('8');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  const [day, month, year] = dateFromToday(7);
  await page.getByRole('textbox', { name: 'Dag' }).fill(day);
  await page.getByRole('textbox', { name: 'Maand' }).fill(month);
  await page.getByRole('textbox', { name: 'Jaar' }).fill(year);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: 'Nee, ik verhuis alleen' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  // The contact page: personal fields, and no suggestions from this shared PC.
  await expect(page.locator('input[autocomplete]:not([autocomplete="off"])')).toHaveCount(0);
  expect(await page.locator('input[autocomplete="off"]').count()).toBeGreaterThan(0);
  await gate(page, browser);
  await page.getByRole('textbox', { name: /E-mailadres/ }).fill(EMAIL);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page.locator('.lk-panel__reference')).toBeVisible();
  await gate(page, browser);

  await page.getByRole('button', { name: 'Klaar: alles wissen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alles is gewist');
  await expect(page.getByRole('region', { name: 'Hulp van de bibliotheek' })).toHaveCount(0);
  await gate(page, browser);
  expect(await page.context().cookies()).toEqual([]);

  // Back and Forward: the pages come from the server again (no-store), and it knows nothing.
  await page.goBack();
  await expect(page.locator('body')).not.toContainText(EMAIL);
  await expect(page.locator('body')).not.toContainText('1234 AB');
  await expect(page.locator('body')).not.toContainText('Marieke');
  await page.goBack();
  await expect(page.locator('body')).not.toContainText(EMAIL);
  await page.goForward();
  await page.goForward();
  await expect(page.locator('body')).not.toContainText(EMAIL);

  // The question at the end is the resident's, about the help, anonymous.
  await page.goto('/hulp/klaar?bibliotheek=centrum');
  await page.getByRole('link', { name: 'Beantwoord de vraag' }).click();
  await expect(page.getByRole('main')).toContainText('Bibliotheek Centrum');
  await gate(page, browser);
});

test('ten idle minutes (40 s here): a warning with scripts, a wipe without', async ({ page, browser }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  test.setTimeout(180_000);
  const banner = await startHelping(page, browser);
  if (javaScriptEnabled) {
    const warning = banner.getByRole('alert');
    await expect(warning).toContainText('Bent u er nog?', { timeout: 40_000 });
    await expect(warning.getByRole('button', { name: 'Ik ben er nog' })).toBeFocused();
    await gate(page, browser);
    await warning.getByRole('button', { name: 'Ik ben er nog' }).click();
    await expect(warning).toBeHidden();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Hulp van de bibliotheek' })).toBeVisible();
  } else {
    await page.waitForTimeout(41_000);
    await page.goto('/producten/verhuizing');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alles is gewist, want er gebeurde 10 minuten niets');
    await expect(page.getByRole('region', { name: 'Hulp van de bibliotheek' })).toHaveCount(0);
  }
});
