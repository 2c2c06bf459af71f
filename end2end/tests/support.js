// Shared steps for the end2end tests: the accessibility gate on the page as it
// is now, the axe check and date helpers.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function javaScriptEnabled() {
  return test.info().project.use.javaScriptEnabled !== false;
}

/**
 * Makes a scripted context show what a browser without JavaScript shows: our
 * island bundle (/pkg/*.js, *.wasm) is not loaded, so no island runs, and the
 * inline island loader is taken out of each page (it would mark the page as
 * having scripts, which shows the read-aloud buttons and the character count),
 * while Playwright can still evaluate in the page (axe, the checks).
 */
async function withoutIslands(context) {
  await context.addInitScript(() => { window.__noIslands = true; });
  await context.route(/\/pkg\/[^?]*\.(js|wasm)(\?.*)?$/, (route) => route.abort());
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    const type = response.headers()['content-type'] || '';
    if (!type.startsWith('text/html')) return route.fulfill({ response });
    const body = (await response.text()).replace(LOADER, '');
    return route.fulfill({ response, body });
  });
}

/** The inline island loader (app/src/components/island_loader.js) as the page carries it. */
const LOADER = /<script nonce="[^"]*">\(function \(js, wasm\) \{[\s\S]*?<\/script>/;

/**
 * A page that can run scripts, showing what `page` shows. With JavaScript
 * disabled, Playwright cannot evaluate in the page (axe would hang), so the same
 * URL is opened in a second context with the same cookies: our pages render the
 * same HTML for the same server-side state, with or without scripts.
 */
async function scriptable(page) {
  if (javaScriptEnabled()) return { page, close: async () => {} };
  const twin = await page.context().browser().newContext({ javaScriptEnabled: true });
  await withoutIslands(twin);
  await twin.addCookies(await page.context().cookies());
  const twinPage = await twin.newPage();
  await twinPage.goto(page.url());
  return { page: twinPage, close: () => twin.close() };
}

/** axe-core with the WCAG 2.2 AA tags finds nothing on this page. */
async function expectNoAxeViolations(page) {
  const target = await scriptable(page);
  try {
    const results = await new AxeBuilder({ page: target.page }).withTags(WCAG_TAGS).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(found, `axe on ${page.url()}`).toEqual([]);
  } finally {
    await target.close();
  }
}

/** Runs every check of the gate on the page `page` shows now, with its cookies. */
async function gate(page, browser) {
  const checks = require('../a11y/checks');
  const url = page.url();
  const context = await browser.newContext({ javaScriptEnabled: true });
  // In the no-JavaScript project the checks see the page as it is without scripts: no islands.
  if (test.info().project.use.javaScriptEnabled === false) await withoutIslands(context);
  await context.addCookies(await page.context().cookies());
  const problems = await checks.checkPage(browser, context, url);
  await context.close();
  expect(problems.map((p) => `${p.sc} ${p.message}`), `gate on ${url}`).toEqual([]);
}

/** A date `days` from today in Europe/Amsterdam, as [day, month, year] strings. */
function dateFromToday(days) {
  const now = new Date(Date.now() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type).value;
  return [get('day'), get('month'), get('year')];
}

/** Signs a staff account of global-setup.js in; its start page is shown. */
async function signIn(page, email) {
  const { PASSWORD } = require('../global-setup');
  await page.goto('/medewerker');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start');
}

/** The move form from its date question to check your answers: in a week, alone, no contact details. */
async function moveFromDateToCheck(page) {
  const [day, month, year] = dateFromToday(7);
  await page.getByRole('textbox', { name: 'Dag' }).fill(day);
  await page.getByRole('textbox', { name: 'Maand' }).fill(month);
  await page.getByRole('textbox', { name: 'Jaar' }).fill(year);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: 'Nee, ik verhuis alleen' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
}

module.exports = {
  withoutIslands, expectNoAxeViolations, dateFromToday, gate, javaScriptEnabled, scriptable, signIn,
  moveFromDateToCheck };
