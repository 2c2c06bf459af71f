// The Content-Security-Policy with scripts on: every kind of page loads
// without a single violation report, and the islands still start (the
// WebAssembly is allowed, inline scripts run only with the page's nonce).
// The islands' own behaviour under the policy is tested in read_aloud,
// display and product_forms, which run with the same headers.
const { test, expect } = require('@playwright/test');

const PAGES = [
  '/',
  '/zoeken?q=paspoort',
  '/producten/paspoort-id-kaart',
  '/producten/melding-openbare-ruimte',
  '/producten/melding-openbare-ruimte/wat',
  '/terugbellen',
  '/afspraak',
  '/toegankelijkheid',
  '/privacy',
  '/verder',
  '/verder/ABCD2345',
  '/aanvraag/onbekend',
  '/bestaat-niet',
  // Its own small script (with the page's nonce) keeps the list up to date.
  '/wachtkamer/stadhuis',
];

const LISTEN = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
};

test('no page breaks its own Content-Security-Policy, and the islands start', async ({ page }) => {
  test.skip(test.info().project.name !== 'javascript', 'a policy for scripts: needs scripts');
  const console = [];
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) console.push(m.text()); });
  await page.addInitScript(LISTEN);
  for (const url of PAGES) {
    const response = await page.goto(url);
    const policy = response.headers()['content-security-policy'];
    expect(policy, url).toContain("frame-ancestors 'none'");
    expect(policy, url).not.toContain('unsafe-inline');
    // Pages with the island loader start the islands (as a first use would) and mark
    // the page when they run (error pages made outside the router carry no scripts).
    if (await page.evaluate(() => typeof window.__loketIslands === 'function')) {
      await page.evaluate(() => window.__loketIslands());
      await expect(page.locator('html'), url).toHaveAttribute('data-islands', 'klaar');
    }
    expect(await page.evaluate(() => window.__cspViolations), url).toEqual([]);
  }
  expect(console).toEqual([]);
});

test('a long text page with the character count island reports no violation while typing', async ({ page }) => {
  test.skip(test.info().project.name !== 'javascript', 'an island: needs scripts');
  await page.addInitScript(LISTEN);
  await page.goto('/producten/melding-openbare-ruimte/wat');
  await page.getByRole('radio', { name: 'Afval op straat' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('textbox', { name: 'Beschrijf de plek' }).fill('Achter de sporthal');
  await expect(page.getByText('U heeft nog 482 tekens over.', { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});
