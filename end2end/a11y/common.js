// What every check shares: opening a page as the checks see it, the three
// kinds of finding, and adding or removing CSS on a page with a strict
// Content-Security-Policy.
//
// A finding is { url, sc, message } plus at most one flag:
// - a problem has no flag: the page fails `sc`;
// - `notJudged: true`: the check ran but could not decide (the message says
//   why), so a clean result does not claim to cover it;
// - `note: true`: something the reader should know that is not a failure
//   (a documented keyboard exit was used, a long table was sampled), and
//   with `nothing: true` also that the page has nothing the check looks at.

// Debian's Chromium as the command-line tools start it (Playwright Test uses its config).
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

async function open(context, url, viewport = DESKTOP) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url, { waitUntil: 'load' });
  // Pages with islands: check them as they are once the islands have run. Loket loads
  // them when first used (app/src/components/island_loader.js): the check starts them
  // through the loader's own entry and waits for html[data-islands=klaar]; a context that
  // blocks the island bundle says so in window.__noIslands. Pages without the loader
  // (fixtures, other sites, error pages made outside the router) are checked at load.
  if (await page.evaluate(() => typeof window.__loketIslands === 'function' && !!document.querySelector('leptos-island'))) {
    await page.evaluate(() => { window.__loketIslands(); });
    await page.waitForFunction(
      () => document.documentElement.dataset.islands === 'klaar' || window.__noIslands === true,
      null,
      { timeout: 15_000 },
    );
  }
  return page;
}

const problem = (url, sc, message) => ({ url, sc, message });
const notJudged = (url, sc, message) => ({ url, sc, message: `could not judge: ${message}`, notJudged: true });
const note = (url, sc, message) => ({ url, sc, message, note: true });
// A note that the page has nothing this check looks at (no form to send).
const nothing = (url, sc, message) => ({ url, sc, message, note: true, nothing: true });
const isProblem = (f) => !f.notJudged && !f.note;

/**
 * Runs `onPage(page, url)` on `url` opened in a tab of its own: how each check
 * runs alone. `checkPage` runs them one after another on one tab instead.
 */
function alone(onPage, viewport) {
  return async (context, url) => {
    const page = await open(context, url, viewport);
    try {
      return await onPage(page, url);
    } finally {
      await page.close();
    }
  };
}

/**
 * Adds CSS to the page as a constructed style sheet (CSSOM): a strict
 * Content-Security-Policy (`style-src 'self'`) refuses a `<style>` element,
 * which is what `page.addStyleTag` inserts, but not a sheet made by script.
 */
async function addStyles(page, css) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Takes away the sheets `addStyles` added. */
async function removeStyles(page) {
  await page.evaluate(() => { document.adoptedStyleSheets = []; });
}

/** Sets the viewport for `during()` and puts the old one back, also when it throws. */
async function atViewport(page, viewport, during) {
  const before = page.viewportSize();
  await page.setViewportSize(viewport);
  try {
    return await during();
  } finally {
    await page.setViewportSize(before);
  }
}

module.exports = {
  LAUNCH, PHONE, DESKTOP, open, problem, notJudged, note, nothing, isProblem, alone, addStyles, removeStyles, atViewport,
};
