// Each accessibility check reports its broken fixture and passes the correct pages.
const { test, expect } = require('@playwright/test');
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const checks = require('../a11y/checks');

let server;
let base;

test.beforeAll(async () => {
  const dir = path.join(__dirname, '..', 'fixtures');
  server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url, 'http://x').pathname) || 'good.html';
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(async () => { await new Promise((resolve) => server.close(resolve)); });

test.beforeEach(() => {
  test.skip(test.info().project.use.javaScriptEnabled === false, 'the checks need scripts in the page; run once');
});

const single = [
  ['reflow', 'reflow-broken.html', '1.4.10', /scrolls sideways/],
  ['reflow', 'reflow-clipped.html', '1.4.10', /clipped/],
  ['resizeText', 'resize-broken.html', '1.4.4', /did not grow/],
  ['textSpacing', 'spacing-broken.html', '1.4.12', /clipped/],
  ['keyboardAndFocus', 'focus-broken.html', '2.4.7', /focus is not visible/],
  ['keyboardAndFocus', 'obscured-broken.html', '2.4.11', /entirely hidden/],
  ['keyboardAndFocus', 'keyboard-broken.html', '2.1.1', /cannot be reached with Tab/],
  ['keyboardAndFocus', 'trap-broken.html', '2.1.2', /keyboard trap/],
  ['pasteAllowed', 'paste-broken.html', '3.3.8', /paste is blocked/],
  ['axe', 'axe-broken.html', '1.1.1', /image-alt/],
  ['validHtml', 'html-broken.html', 'HTML', /Bogus comment/],
  ['plainLanguage', 'plain-broken.html', 'B1', /sentence of 2\d words/],
  ['plainLanguage', 'plain-broken.html', 'B1', /average/],
];

for (const [check, fixture, sc, message] of single) {
  test(`${check} reports ${fixture} (${sc}, ${message.source})`, async ({ browser }) => {
    const context = await browser.newContext();
    const problems = await checks[check](context, `${base}/${fixture}`);
    await context.close();
    expect(problems.filter((p) => p.sc === sc && message.test(p.message)), JSON.stringify(problems)).not.toHaveLength(0);
  });
}

// checkPage runs the checks one after another on one tab: each broken page must
// still be reported there, so that the order (and the undoing between checks)
// hides nothing.
test('checkPage, all checks on one tab, reports every broken fixture', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const missed = [];
  for (const [check, fixture, sc, message] of single) {
    const problems = await checks.checkPage(browser, context, `${base}/${fixture}`, { submitForms: false });
    if (!problems.some((p) => p.sc === sc && message.test(p.message))) missed.push(`${check} on ${fixture}: ${JSON.stringify(problems)}`);
  }
  await context.close();
  expect(missed).toEqual([]);
});

test('errorIdentification reports a form that refuses silently', async ({ browser }) => {
  const problems = await checks.errorIdentification(browser, `${base}/error-broken.html`);
  expect(problems.map((p) => p.sc)).toEqual(['3.3.1']);
});

test('consistency reports other navigation, other help and a repeated title', async ({ browser }) => {
  const context = await browser.newContext();
  const problems = await checks.consistency(context, [`${base}/good.html`, `${base}/inconsistent.html`]);
  await context.close();
  expect(problems.map((p) => p.sc).sort()).toEqual(['2.4.2', '3.2.3', '3.2.6']);
});

test('every check passes the correct pages', async ({ browser }) => {
  const context = await browser.newContext();
  const urls = [`${base}/good.html`, `${base}/good-2.html`];
  const problems = [];
  for (const url of urls) problems.push(...(await checks.checkPage(browser, context, url)));
  problems.push(...(await checks.consistency(context, urls)));
  await context.close();
  expect(problems).toEqual([]);
});
