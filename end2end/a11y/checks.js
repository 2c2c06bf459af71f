// Loket's accessibility gate: what axe cannot see. Each check takes a
// Playwright browser context (with JavaScript enabled) and a URL, and returns
// a list of findings (a11y/common.js): problems, and what it could not judge;
// an empty list means it passed. They work on any site, so each can be shown
// to fail on a broken page (fixtures/, tests/checks.spec.js).
//
// The checks live by what they look at: text.js (reflow, zoom, text size,
// spacing), orientation.js, keyboard.js (the Tab walk; exits.js for
// documented ways out of a trap), forms.js (errors, paste), content.js (plain
// language, axe, HTML, consistency). This file runs them on one page.
const { DESKTOP, open, alone, isProblem } = require('./common');
const dom = require('./dom');
const text = require('./text');
const { orientationOn } = require('./orientation');
const { keyboardAndFocusOn } = require('./keyboard');
const { errorIdentification, pasteAllowedOn } = require('./forms');
const content = require('./content');

/** What each check covers, as check-urls prints it. */
const COVERS = {
  plainLanguage: 'B1: sentences of at most 20 words, 14 on average',
  pasteAllowed: '3.3.8',
  axe: 'axe-core WCAG 2.2 A and AA rules',
  textSpacing: '1.4.12',
  reflow: '1.4.10 at 320 px',
  zoom: '1.4.4 at 200 % zoom',
  orientation: '1.3.4',
  keyboardAndFocus: '2.1.1, 2.1.2, 2.4.7, 2.4.11',
  resizeText: '1.4.4 at 200 % text size',
  validHtml: 'HTML (Nu HTML Checker)',
  errorIdentification: '3.3.1, 3.3.3, 1.4.1 (sends the form empty)',
};

function outcomeOf(findings) {
  if (findings.some(isProblem)) return 'problems';
  if (findings.some((f) => f.notJudged)) return 'not judged';
  if (findings.some((f) => f.nothing)) return 'nothing to check';
  return 'passed';
}

/**
 * Every single-page check on one URL, on one tab opened once (each opening costs
 * about half a second): first the checks that only read, then those that change
 * the page and undo it (text spacing, the phone width, zoom, orientation), then
 * the pass through the tab order, which marks elements, and last the bigger
 * text, which reloads. Returns the problems and what could not be judged (a
 * gate that passes must have judged everything); `report`, when given,
 * receives one line per check ({ check, covers, outcome, findings, ms }), with
 * the notes too. `signature`, when given, receives the page's `pageSignature`.
 */
async function checkPage(browser, context, url, { submitForms = true, signature = null, report = null } = {}) {
  const findings = [];
  const ran = async (name, run) => {
    const started = Date.now();
    let found;
    try {
      found = await run();
    } catch (e) {
      found = [{ url, sc: 'check', message: `${name} could not run: ${e.message.split('\n')[0]}` }];
    }
    findings.push(...found);
    if (report) report({ check: name, covers: COVERS[name], outcome: found.some((f) => f.sc === 'check') ? 'could not run' : outcomeOf(found), findings: found, ms: Date.now() - started });
  };
  const page = await open(context, url, DESKTOP);
  try {
    if (signature) signature(await content.pageSignatureOn(page));
    const sizes = await page.evaluate(dom.textSizes);
    const onPage = [
      ['plainLanguage', content.plainLanguageOn], ['pasteAllowed', pasteAllowedOn], ['axe', content.axeOn],
      ['textSpacing', text.textSpacingOn], ['reflow', text.reflowOn], ['zoom', text.zoomOn], ['orientation', orientationOn],
      ['keyboardAndFocus', keyboardAndFocusOn], ['resizeText', (p, u) => text.resizeTextOn(p, u, sizes)],
    ];
    for (const [name, check] of onPage) await ran(name, () => check(page, url));
  } finally {
    await page.close();
  }
  await ran('validHtml', () => content.validHtml(context, url));
  if (submitForms) await ran('errorIdentification', () => errorIdentification(browser, url));
  else if (report) report({ check: 'errorIdentification', covers: COVERS.errorIdentification, outcome: 'skipped', findings: [], ms: 0 });
  return findings.filter((f) => !f.note);
}

const pageSignature = alone((page) => content.pageSignatureOn(page));

/** 3.2.3, 3.2.6 and 2.4.2 across a set of pages: same navigation and help, unique titles. */
async function consistency(context, urls) {
  const signatures = [];
  for (const url of urls) signatures.push({ url, ...(await pageSignature(context, url)) });
  return content.compareSignatures(signatures);
}

module.exports = {
  reflow: alone(text.reflowOn),
  zoom: alone(text.zoomOn),
  resizeText: alone((page, url) => text.resizeTextOn(page, url)),
  textSpacing: alone(text.textSpacingOn),
  orientation: alone(orientationOn),
  keyboardAndFocus: alone(keyboardAndFocusOn),
  pasteAllowed: alone(pasteAllowedOn),
  plainLanguage: alone(content.plainLanguageOn),
  axe: alone(content.axeOn),
  validHtml: content.validHtml,
  errorIdentification,
  consistency,
  pageSignature,
  compareSignatures: content.compareSignatures,
  checkPage,
  COVERS,
  WCAG_TAGS: content.WCAG_TAGS,
};
