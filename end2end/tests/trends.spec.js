// The trend page in Chromium, with and without JavaScript (the two
// projects): the team lead goes from the week's KPIs to the trends, marks a
// baseline (a problem first: the error summary takes focus and the typed
// dates stay), sees it used, and downloads a table as CSV. The gate on
// every page: the charts are images named by their headings, the tables
// scroll with the keyboard.
const { test, expect } = require('@playwright/test');
const { gate, signIn } = require('./support');

/** The Monday `weeks` whole weeks before this week, as YYYY-MM-DD (Europe/Amsterdam). */
function mondayBefore(weeks) {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  const back = (today.getDay() + 6) % 7 + 7 * weeks;
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

test('a team lead reads the trends and marks a baseline', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await signIn(page, 'lisa@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Kengetallen' }).click();
  await page.getByRole('link', { name: 'Verloop over 26 weken en de nulmeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verloop van de kengetallen');
  await expect(page.getByRole('img', { name: 'Gemiste oproepen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Gemiste oproepen per week' }).getByRole('row')).toHaveCount(27);
  await gate(page, browser);

  // A problem: no name. The summary takes focus; the dates stay.
  const name = `0-meting ${test.info().project.name}`;
  await page.getByRole('textbox', { name: 'Eerste dag' }).fill(mondayBefore(8));
  await page.getByRole('textbox', { name: 'Laatste dag' }).fill(mondayBefore(2));
  await page.getByRole('button', { name: 'Nulmeting vastleggen' }).click();
  await expect(page.locator('#foutmeldingen')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Geef de nulmeting een naam');
  await expect(page.getByRole('textbox', { name: 'Eerste dag' })).toHaveValue(mondayBefore(8));
  await gate(page, browser);

  await page.getByRole('textbox', { name: 'Naam van de nulmeting' }).fill(name);
  await page.getByRole('button', { name: 'Nulmeting vastleggen' }).click();
  await expect(page.getByRole('status')).toContainText('De nulmeting is vastgelegd');
  await expect(page.getByRole('main')).toContainText(`De grenzen komen uit de nulmeting ${name}.`);
  await gate(page, browser);

  const csv = await page.request.get('/medewerker/kengetallen/verloop.csv?kpi=staff-kpi-phone-abandoned');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\n').filter(Boolean)).toHaveLength(27);
});

test('a team lead prints the council report of the last quarter', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await signIn(page, 'lisa@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link', { name: 'Kengetallen' }).click();
  await page.getByRole('link', { name: 'Raadsinformatie per kwartaal (om af te drukken)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Raadsinformatie dienstverlening, kwartaal');
  await expect(page.getByRole('table', { name: 'Telefoon' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tevredenheid' }).first()).toBeVisible();
  await gate(page, browser);
  // An earlier quarter is a link; the report there has the same themes.
  await page.getByRole('link', { name: /^Naar kwartaal/ }).first().click();
  await expect(page.getByRole('table', { name: 'Aanvragen' })).toBeVisible();
  // Printed: no menu, no links to other quarters, each theme on a page of its own.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu voor medewerkers' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Naar kwartaal/ }).first()).toBeHidden();
  const breaks = await page.locator('.lk-council__theme').evaluateAll(
    (sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks.length).toBeGreaterThan(5);
  expect(new Set(breaks)).toEqual(new Set(['page']));
});
