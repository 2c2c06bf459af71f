// Checks that text stays readable when the reader makes it bigger or roomier:
// reflow at 320 px (1.4.10), the browser's text size at 200 % and browser zoom
// at 200 % (1.4.4), and the WCAG text-spacing overrides (1.4.12).
const dom = require('./dom');
const { PHONE, problem, addStyles, removeStyles, atViewport } = require('./common');

// The WCAG 1.4.12 text-spacing bookmarklet values.
const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways (tables excepted) and no text is clipped. */
async function reflowOn(page, url) {
  return atViewport(page, PHONE, async () => {
    const scroll = await page.evaluate(dom.horizontalScroll);
    const clipped = await page.evaluate(dom.clippedElements);
    return [
      ...scroll.map((m) => problem(url, '1.4.10', `at 320 px ${m}`)),
      ...clipped.map((m) => problem(url, '1.4.10', `at 320 px text is clipped: ${m}`)),
    ];
  });
}

/**
 * 1.4.4 Resize text, by zoom: browser zoom at 200 % gives the page half as
 * many CSS pixels across and down, with text and boxes in px growing alike.
 * Text sized in px does not grow with the text-size setting (the next check),
 * so what only zoom shows is found here: boxes sized to the window (vw, vh, %)
 * with a fixed height, that clip the text once it wraps onto more lines.
 * Only what is newly clipped counts (the page's own design may clip at any size).
 */
async function zoomOn(page, url) {
  const viewport = page.viewportSize();
  const before = new Set(await page.evaluate(dom.clippedElements));
  const zoomed = { width: Math.round(viewport.width / 2), height: Math.round(viewport.height / 2) };
  return atViewport(page, zoomed, async () => {
    const clipped = await page.evaluate(dom.clippedElements);
    return clipped.filter((m) => !before.has(m)).map((m) => problem(url, '1.4.4', `at 200 % zoom, text is clipped: ${m}`));
  });
}

/**
 * 1.4.4 Resize text, by the text-size setting: with the browser's default text
 * at 32 px, text grows and nothing is clipped. Reloads the page; `before` are
 * the text sizes at the default size, if measured already.
 */
async function resizeTextOn(page, url, before = null) {
  if (before === null) before = await page.evaluate(dom.textSizes);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
    await page.reload({ waitUntil: 'load' });
    const after = await page.evaluate(dom.textSizes);
    const problems = [];
    const grew = before.filter((size, i) => after[i] !== undefined && after[i] >= size * 1.8).length;
    if (before.length > 0 && grew < before.length / 2) {
      problems.push(problem(url, '1.4.4', `text did not grow with the browser's text size (${grew} of ${before.length} text elements doubled); size text in rem or em, not px`));
    }
    const clipped = await page.evaluate(dom.clippedElements);
    const scroll = await page.evaluate(dom.horizontalScroll);
    problems.push(...clipped.map((m) => problem(url, '1.4.4', `at 200 % text, text is clipped: ${m}`)));
    problems.push(...scroll.map((m) => problem(url, '1.4.4', `at 200 % text, ${m}`)));
    return problems;
  } finally {
    await cdp.detach();
  }
}

/** 1.4.12 Text spacing: with the WCAG spacing overrides, nothing is newly clipped. */
async function textSpacingOn(page, url) {
  const before = new Set(await page.evaluate(dom.clippedElements));
  await addStyles(page, TEXT_SPACING_CSS);
  try {
    const after = await page.evaluate(dom.clippedElements);
    return after.filter((m) => !before.has(m)).map((m) => problem(url, '1.4.12', `with text spacing overrides, text is clipped: ${m}`));
  } finally {
    await removeStyles(page);
  }
}

module.exports = { reflowOn, zoomOn, resizeTextOn, textSpacingOn };
