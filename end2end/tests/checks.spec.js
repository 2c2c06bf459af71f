// Each accessibility check reports its broken fixtures, passes the correct
// pages having judged them, and says so where it cannot judge
// (a11y/cases.js lists which is which; a11y/score.js counts them).
const { test, expect } = require('@playwright/test');
const checks = require('../a11y/checks');
const { isProblem } = require('../a11y/common');
const { serveFixtures } = require('../a11y/fixture-server');
const { BROKEN, CORRECT, NOT_JUDGED } = require('../a11y/cases');

let site;

test.beforeAll(async () => { site = await serveFixtures(); });
test.afterAll(async () => { await site.close(); });

test.beforeEach(() => {
  test.skip(test.info().project.use.javaScriptEnabled === false, 'the checks need scripts in the page; run once');
});

async function run(check, browser, url) {
  if (check === 'errorIdentification') return checks.errorIdentification(browser, url);
  const context = await browser.newContext();
  try {
    return await checks[check](context, url);
  } finally {
    await context.close();
  }
}

for (const [check, fixture, sc, message] of BROKEN) {
  test(`${check} reports ${fixture} (${sc}, ${message.source})`, async ({ browser }) => {
    const found = await run(check, browser, `${site.base}/${fixture}`);
    expect(found.filter((p) => isProblem(p) && p.sc === sc && message.test(p.message)), JSON.stringify(found)).not.toHaveLength(0);
  });
}

for (const [check, fixture, sc, message] of NOT_JUDGED) {
  test(`${check} says it could not judge ${fixture}, and reports nothing`, async ({ browser }) => {
    const found = await run(check, browser, `${site.base}/${fixture}`);
    expect(found.filter(isProblem)).toEqual([]);
    expect(found.filter((p) => p.notJudged && p.sc === sc && message.test(p.message)), JSON.stringify(found)).not.toHaveLength(0);
  });
}

// checkPage runs the checks one after another on one tab: each broken page must
// still be reported there, so that the order (and the undoing between checks)
// hides nothing.
test('checkPage, all checks on one tab, reports every broken fixture', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const missed = [];
  for (const [check, fixture, sc, message] of BROKEN) {
    const found = await checks.checkPage(browser, context, `${site.base}/${fixture}`, { submitForms: check === 'errorIdentification' });
    if (!found.some((p) => isProblem(p) && p.sc === sc && message.test(p.message))) missed.push(`${check} on ${fixture}: ${JSON.stringify(found)}`);
  }
  await context.close();
  expect(missed).toEqual([]);
});

test('every check passes the correct pages, having judged them, and says what it ran', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const urls = CORRECT.map((fixture) => `${site.base}/${fixture}`);
  const found = [];
  const outcomes = [];
  for (const url of urls) {
    found.push(...(await checks.checkPage(browser, context, url, { report: (line) => outcomes.push(`${line.check} ${line.outcome}`) })));
  }
  found.push(...(await checks.consistency(context, urls.slice(0, 2))));
  await context.close();
  expect(found).toEqual([]);
  // Each check passed on some page, and on the others found nothing to look at (a page without a form).
  expect(outcomes.filter((o) => !/ (passed|nothing to check)$/.test(o))).toEqual([]);
  expect(new Set(outcomes.filter((o) => o.endsWith(' passed')))).toEqual(new Set(Object.keys(checks.COVERS).map((name) => `${name} passed`)));
});

test('a documented exit is used and named, and a long table is sampled, not walked', async ({ browser }) => {
  const lines = [];
  const context = await browser.newContext();
  for (const fixture of ['trap-documented.html', 'table-long.html']) {
    await checks.checkPage(browser, context, `${site.base}/${fixture}`, { submitForms: false, report: (line) => lines.push(...line.findings) });
  }
  await context.close();
  const notes = lines.filter((f) => f.note).map((f) => f.message);
  expect(notes).toContainEqual(expect.stringMatching(/the page says how to leave it and Control\+m does/));
  expect(notes).toContainEqual(expect.stringMatching(/checked 6 stops of table and skipped its 74 others/));
});

test('consistency reports other navigation, other help and a repeated title', async ({ browser }) => {
  const context = await browser.newContext();
  const problems = await checks.consistency(context, [`${site.base}/good.html`, `${site.base}/inconsistent.html`]);
  await context.close();
  expect(problems.map((p) => p.sc).sort()).toEqual(['2.4.2', '3.2.3', '3.2.6']);
});
