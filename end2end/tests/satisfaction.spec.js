// The one satisfaction question in Chromium, with and without JavaScript (the
// two projects): a resident sends a move, answers the question from the
// confirmation page (a problem first), and the team lead sees the answer,
// calls back and marks it followed up, then opens the week's KPIs. The gate
// on every page.
const { test, expect } = require('@playwright/test');
const { gate, signIn, moveFromDateToCheck } = require('./support');

test('a resident answers the question and the team lead follows it up', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto('/producten/verhuizing/adres');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('1234 AB');
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('8');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await moveFromDateToCheck(page);
  await page.getByRole('button', { name: 'Verstuur' }).click();
  const reference = (await page.locator('.lk-panel__reference').textContent()).trim();
  await expect(page.getByRole('region', { name: 'Eén vraag over vandaag' })).toBeVisible();
  await gate(page, browser);

  await page.getByRole('link', { name: 'Beantwoord de vraag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe hebben wij u geholpen?');
  await gate(page, browser);
  await page.getByRole('textbox', { name: 'Wat kunnen wij beter doen? (optioneel)' }).fill('De datum was lastig in te vullen');
  await page.getByRole('button', { name: 'Verstuur antwoord' }).click();
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Kies hoe tevreden u bent');
  await expect(page.getByRole('textbox', { name: 'Wat kunnen wij beter doen? (optioneel)' })).toHaveValue('De datum was lastig in te vullen');
  await gate(page, browser);
  await page.getByRole('radiogroup', { name: 'Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?' })
    .getByRole('radio', { name: 'Ontevreden', exact: true }).check();
  await page.getByRole('radio', { name: 'Ja, u mag mij bellen' }).check();
  await page.getByRole('button', { name: 'Verstuur antwoord' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dank u wel');
  await expect(page.getByRole('status')).toContainText('Uw antwoord is ontvangen');
  await gate(page, browser);

  // After the question: the inwonerpanel, consent as its own tick (a problem first).
  await page.getByRole('link', { name: 'Meer over het inwonerpanel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meedoen aan het inwonerpanel');
  await gate(page, browser);
  await page.getByRole('textbox', { name: 'Uw naam' }).fill('Henk Jansen');
  await page.getByRole('radio', { name: 'Per telefoon' }).check();
  await page.getByRole('textbox', { name: 'Uw telefoonnummer' }).fill('0612345678');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Vink aan dat u wilt meedoen');
  await expect(page.getByRole('textbox', { name: 'Uw naam' })).toHaveValue('Henk Jansen');
  await gate(page, browser);
  await page.getByRole('checkbox', { name: 'Ja, ik wil meedoen aan het inwonerpanel' }).check();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U doet mee aan het inwonerpanel');
  await gate(page, browser);
  await page.getByRole('link', { name: 'Stoppen met het inwonerpanel' }).click();
  await gate(page, browser);
  await page.getByRole('button', { name: 'Ja, ik wil stoppen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent gestopt');

  const lead = await browser.newPage();
  await signIn(lead, 'lisa@voorbeeld.nl');
  await lead.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Tevredenheid' }).click();
  await expect(lead.getByRole('heading', { level: 1 })).toHaveText('Tevredenheid');
  await expect(lead.getByRole('table', { name: 'Antwoorden per kanaal in deze week' })).toContainText('Online: aanvraag');
  await expect(lead.getByRole('main')).toContainText('De datum was lastig in te vullen');
  await gate(lead, browser);
  await lead.getByRole('button', { name: `Opgevolgd: ${reference}` }).click();
  await expect(lead.getByRole('status')).toContainText('Het antwoord staat op opgevolgd');
  await expect(lead.getByRole('button', { name: `Opgevolgd: ${reference}` })).toHaveCount(0);
  await gate(lead, browser);
  // The KPIs of the week, each beside its norm.
  await lead.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Kengetallen' }).click();
  await expect(lead.getByRole('heading', { level: 1 })).toHaveText('Kengetallen');
  await expect(lead.getByRole('region', { name: 'Aanvragen' }).getByRole('row', { name: /^Ontvangen \d+/ })).toBeVisible();
  await gate(lead, browser);
  // The panel: members per way of signing up, and signing one up by phone.
  await lead.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Inwonerpanel' }).click();
  await expect(lead.getByRole('table', { name: 'Leden per manier van aanmelden' })).toBeVisible();
  await gate(lead, browser);
  await lead.getByRole('link', { name: 'Een inwoner aanmelden (telefoon of balie)' }).click();
  await lead.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(lead.locator('#foutmeldingen')).toBeFocused();
  await gate(lead, browser);
  const name = `Truus ${test.info().project.name === 'javascript' ? 'Bakker' : 'Visser'}`;
  await lead.getByRole('radio', { name: 'Via de telefoon' }).check();
  await lead.getByRole('textbox', { name: 'Naam van de inwoner' }).fill(name);
  await lead.getByRole('radio', { name: 'Per telefoon' }).check();
  await lead.getByRole('textbox', { name: 'Uw telefoonnummer' }).fill('0612345678');
  await lead.getByRole('checkbox', { name: 'De inwoner wil meedoen' }).check();
  await lead.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(lead.getByRole('status')).toContainText('De inwoner is aangemeld');
  await lead.goto('/medewerker/inwonerpanel');
  await expect(lead.getByRole('table', { name: 'Leden', exact: true })).toContainText(name);
  await lead.close();
});

test('a visitor answers on the counter tablet, with large targets and nothing about them', async ({ page, browser }) => {
  // One location per project: a tablet takes one answer per 10 seconds.
  const place = test.info().project.name === 'javascript' ? 'stadhuis' : 'wijkpunt-noord';
  await page.goto(`/tevredenheid/${place}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe hebben wij u geholpen?');
  await expect(page.getByRole('radio', { name: 'Ja, u mag mij bellen' })).toHaveCount(0);
  const box = await page.getByRole('radio', { name: 'Tevreden', exact: true }).boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(44);
  await gate(page, browser);
  await page.getByRole('radio', { name: 'Tevreden', exact: true }).check();
  await page.getByRole('button', { name: 'Verstuur antwoord' }).click();
  await expect(page.getByRole('status')).toContainText('Uw antwoord is ontvangen');
  await gate(page, browser);
  await page.getByRole('link', { name: 'Volgende bezoeker' }).click();
  await expect(page.getByRole('radio', { name: 'Tevreden', exact: true })).not.toBeChecked();
});
