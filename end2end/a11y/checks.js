// Loket's accessibility checks: what axe cannot see. Each check takes a
// Playwright browser context (with JavaScript enabled) and a URL, and returns
// a list of problems ({ url, sc, message }); an empty list means it passed.
// They work on any site, so each can be shown to fail on a broken page.
const { PNG } = require('pngjs');
const AxeBuilder = require('@axe-core/playwright').default;
const dom = require('./dom');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MAX_TAB_STOPS = 150;

// The WCAG 1.4.12 text-spacing bookmarklet values.
const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

async function open(context, url, viewport = { width: 1280, height: 800 }) {
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

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

/** 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways (tables excepted) and no text is clipped. */
async function reflowOn(page, url) {
  const viewport = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    const scroll = await page.evaluate(dom.horizontalScroll);
    const clipped = await page.evaluate(dom.clippedElements);
    return [
      ...scroll.map((m) => problem(url, '1.4.10', `at 320 px ${m}`)),
      ...clipped.map((m) => problem(url, '1.4.10', `at 320 px text is clipped: ${m}`)),
    ];
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * 1.4.4 Resize text: with the browser's default text at 32 px, text grows and nothing is clipped.
 * Reloads the page; `before` are the text sizes at the default size, if measured already.
 */
async function resizeTextOn(page, url, before = null) {
  {
    if (before === null) before = await page.evaluate(dom.textSizes);
    const cdp = await page.context().newCDPSession(page);
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
    await cdp.detach();
    return problems;
  }
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

function differentPixels(a, b) {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
  let count = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
    if (d > 24) count += 1;
  }
  return count;
}

/**
 * Tabs through the page once, and for every stop checks 2.4.7 (focused looks
 * different from unfocused), 2.4.11 (not entirely covered) and 2.1.2 (no trap).
 * Returns the problems and leaves each stop marked with data-a11y-stop.
 */
async function tabThrough(page, url) {
  const problems = [];
  // A blinking caret would make every text field "look different"; hide it.
  await addStyles(page, '* { caret-color: transparent !important; }');
  const viewport = page.viewportSize();
  let previous = null;
  // A page may start with focus in the middle (autofocus on an error summary): when Tab
  // leaves the document, go round once more from the top until the first stop comes back.
  let wrapped = false;
  for (let i = 0; i < MAX_TAB_STOPS; i += 1) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(dom.focusState);
    if (!state) {
      // Focus left the document: the end of the tab order.
      if (wrapped) break;
      wrapped = true;
      continue;
    }
    if (state.stop !== null) {
      // Back at the first stop, or (after going round from the top) at any stop
      // already seen: a full cycle.
      if (state.stop === '0' || wrapped) break;
      if (state.stop === previous) {
        problems.push(problem(url, '2.1.2', `keyboard trap: Tab keeps focus on ${state.name}`));
      } else {
        problems.push(problem(url, '2.1.2', `keyboard trap: Tab returns to ${state.name} without reaching the end of the page`));
      }
      break;
    }
    await page.evaluate((n) => document.activeElement.setAttribute('data-a11y-stop', String(n)), i);
    previous = String(i);
    if (state.obscured) problems.push(problem(url, '2.4.11', `focused ${state.name} is entirely hidden by other content`));
    const pad = 8;
    const x = Math.max(0, state.box.x - pad);
    const y = Math.max(0, state.box.y - pad);
    const clip = { x, y, width: Math.min(viewport.width - x, state.box.width + 2 * pad), height: Math.min(viewport.height - y, state.box.height + 2 * pad) };
    if (clip.width < 1 || clip.height < 1 || state.box.width < 1 || state.box.height < 1) {
      problems.push(problem(url, '2.4.7', `focus stop ${state.name} cannot be seen (no size or outside the window)`));
      continue;
    }
    const focused = await page.screenshot({ clip });
    await page.evaluate(() => document.activeElement.blur());
    const unfocused = await page.screenshot({ clip });
    const changed = differentPixels(focused, unfocused);
    // Tolerance: anti-aliasing can move a few pixels; a focus indicator changes many.
    if (changed < Math.max(20, 0.01 * clip.width * clip.height)) {
      problems.push(problem(url, '2.4.7', `focus is not visible on ${state.name} (${changed} pixels change)`));
    }
    // Focus goes back to the element, so the next Tab starts from it and any
    // key handler on it (a trap) runs as it would for a keyboard user.
    await page.evaluate((n) => document.querySelector(`[data-a11y-stop="${n}"]`).focus(), i);
  }
  return problems;
}

const CLICK_EVENTS = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick']);

/** Elements with a click listener of their own (not delegated from document or body). */
async function clickTargets(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'Array.from(document.body.querySelectorAll("*")).slice(0, 3000)' });
    const { result: items } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const marked = [];
    let n = 0;
    for (const item of items) {
      if (!/^\d+$/.test(item.name) || !item.value || !item.value.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: item.value.objectId });
      if (listeners.some((l) => CLICK_EVENTS.has(l.type))) {
        await cdp.send('Runtime.callFunctionOn', {
          objectId: item.value.objectId,
          functionDeclaration: 'function(n) { this.setAttribute("data-a11y-click", String(n)); }',
          arguments: [{ value: n }],
        });
        marked.push(n);
        n += 1;
      }
    }
    return marked;
  } finally {
    await cdp.detach();
  }
}

/** 2.4.7, 2.4.11, 2.1.1 and 2.1.2 in one pass through the tab order (marks the page's elements). */
async function keyboardAndFocusOn(page, url) {
  {
    const problems = await tabThrough(page, url);
    await clickTargets(page.context(), page);
    const unreachable = await page.evaluate(() => [...document.querySelectorAll('[data-a11y-click]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const shown = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        const reachable = el.hasAttribute('data-a11y-stop') || el.querySelector('[data-a11y-stop]') || el.closest('[data-a11y-stop]');
        return shown && !reachable && !el.disabled;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.innerText || '').trim().slice(0, 40)}"`));
    problems.push(...unreachable.map((m) => problem(url, '2.1.1', `has a click handler but cannot be reached with Tab: ${m}`)));
    return problems;
  }
}

/**
 * 3.3.1 and 3.3.3: submitting the page's form empty either succeeds, or the
 * page says what is wrong in a way assistive technology finds: a field with
 * aria-invalid and an aria-describedby message, or a focused error summary
 * linking to the fields. Runs in a fresh context so it changes no one's answers.
 */
async function errorIdentification(browser, url) {
  // Scripts on explicitly: Playwright Test hands a project's options (such as
  // javaScriptEnabled: false) to every context a test creates.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The page's own form is in main; forms around it (the display switch) are not the page's question.
    const scope = (await page.locator('main').count()) > 0 ? page.locator('main') : page;
    const form = scope.locator('form').filter({ has: page.locator('input:not([type=hidden]):not([type=submit]), select, textarea') }).first();
    if ((await form.count()) === 0) return [];
    const fields = await form.evaluate((f) => [...f.elements].map((e) => e.name).filter(Boolean).sort().join(','));
    for (const input of await form.locator('input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], input[type=number], input:not([type]), textarea').all()) {
      if (await input.isEditable()) await input.fill('');
    }
    // The main action: the last primary submit button (secondary ones are "add another"
    // or "save and continue later"); the last submit button when all look alike.
    const buttons = 'button:not([type=button]):not([type=reset]), input[type=submit]';
    const primary = form.locator(buttons).filter({ hasNot: page.locator('xpath=self::*[contains(@class, "lk-button--secondary")]') });
    const submit = (await primary.count()) > 0 ? primary.last() : form.locator(buttons).last();
    if ((await submit.count()) === 0) return [];
    const before = new URL(page.url());
    await Promise.all([page.waitForLoadState('load'), submit.click()]);
    await page.waitForLoadState('load');
    const after = new URL(page.url());
    const sameForm = after.pathname === before.pathname && (await page.locator('form').evaluateAll(
      (forms, want) => forms.some((f) => [...f.elements].map((e) => e.name).filter(Boolean).sort().join(',') === want), fields,
    ));
    // Submitting empty was accepted (every field optional): nothing to identify.
    if (!sameForm) return [];
    const identified = await page.evaluate(() => {
      const described = [...document.querySelectorAll('[aria-invalid="true"]')].some((el) => (el.getAttribute('aria-describedby') || '')
        .split(/\s+/).some((id) => { const m = id && document.getElementById(id); return m && m.textContent.trim().length > 0; }));
      const active = document.activeElement;
      const summary = active && active !== document.body && [...active.querySelectorAll('a[href^="#"]')].some((a) => {
        const target = document.getElementById(a.getAttribute('href').slice(1));
        return target && (target.matches('input, select, textarea, fieldset') || target.querySelector('input, select, textarea'));
      });
      return { described, summary };
    });
    if (identified.described || identified.summary) return [];
    return [problem(url, '3.3.1', 'submitting the form empty was refused, but no field has aria-invalid with a message (aria-describedby) and no focused error summary links to the fields')];
  } finally {
    await context.close();
  }
}

/** 3.3.8: paste is not blocked on credential and contact fields. */
async function pasteAllowedOn(page, url) {
  {
    const blocked = await page.evaluate(() => {
      const selector = 'input[type=password], input[type=email], input[type=tel], input[autocomplete~=username], input[autocomplete~=current-password], input[autocomplete~=new-password], input[autocomplete~=one-time-code], input[autocomplete~=email], input[autocomplete~=tel]';
      return [...document.querySelectorAll(selector)].filter((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', '0612345678');
        const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        return !el.dispatchEvent(event);
      }).map((el) => `${el.type} field ${el.id || el.name}`);
    });
    return blocked.map((m) => problem(url, '3.3.8', `paste is blocked on the ${m}`));
  }
}

const MAX_SENTENCE_WORDS = 20;
const MAX_AVERAGE_WORDS = 14;

/**
 * Plain language (language level B1, not a WCAG AA criterion; WCAG 3.1.5 is AAA):
 * no sentence over 20 words, and on average at most 14 words a sentence.
 */
async function plainLanguageOn(page, url) {
  {
    const { sentences } = await page.evaluate(dom.sentences);
    const problems = sentences.filter((s) => s.words > MAX_SENTENCE_WORDS)
      .map((s) => problem(url, 'B1', `sentence of ${s.words} words (at most ${MAX_SENTENCE_WORDS}): "${s.text.slice(0, 80)}"`));
    // The average is over the main content: the short lines of header, navigation
    // and footer would otherwise hide long-winded text.
    const main = sentences.some((s) => s.inMain) ? sentences.filter((s) => s.inMain) : sentences;
    const total = main.reduce((n, s) => n + s.words, 0);
    if (main.length > 0 && total / main.length > MAX_AVERAGE_WORDS) {
      problems.push(problem(url, 'B1', `sentences in the main content average ${(total / main.length).toFixed(1)} words (at most ${MAX_AVERAGE_WORDS})`));
    }
    return problems;
  }
}

/** axe-core with the WCAG 2.2 AA tags. */
async function axeOn(page, url) {
  {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map((v) => problem(url, v.tags.find((t) => /^wcag\d{3,}$/.test(t))?.replace(/^wcag(\d)(\d)(\d+)$/, '$1.$2.$3') || 'axe',
      `axe ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`));
  }
}

/**
 * Valid HTML: the page as the server sent it (not the DOM after scripts) has no
 * error in the Nu HTML Checker. Needs the checker running as a service
 * (VNU_URL, e.g. http://127.0.0.1:8888/; playwright.config.js starts it from the
 * vnu-jar package); without VNU_URL the check is skipped and says so nowhere,
 * so check-urls works on machines without Java.
 */
async function validHtml(context, url) {
  const service = process.env.VNU_URL;
  if (!service) return [];
  const answer = await context.request.get(url, { maxRedirects: 0 });
  const html = await answer.text();
  const checked = await fetch(new URL('?out=json', service), {
    method: 'POST',
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
  if (!checked.ok) throw new Error(`the HTML checker answered ${checked.status}`);
  const { messages } = await checked.json();
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => problem(url, 'HTML', `line ${m.lastLine}: ${m.message} (${(m.extract || '').replace(/\s+/g, ' ').trim().slice(0, 60)})`));
}

/** What must stay the same from page to page: landmarks, navigation, help. */
async function pageSignatureOn(page) {
  {
    return await page.evaluate(() => {
      const roleOf = (el) => el.getAttribute('role') || { HEADER: 'banner', NAV: 'navigation', MAIN: 'main', FOOTER: 'contentinfo', ASIDE: 'complementary' }[el.tagName];
      const landmarks = [...document.querySelectorAll('header, nav, main, footer, aside, [role=banner], [role=navigation], [role=main], [role=contentinfo], [role=complementary]')]
        .filter((el) => el.tagName === 'MAIN' || !el.parentElement.closest('main, article, section'))
        .map(roleOf);
      const text = (el) => el.innerText.replace(/\s+/g, ' ').trim();
      const navigation = [...document.querySelectorAll('nav, [role=navigation]')].filter((n) => !n.closest('main'))
        .map((n) => [...n.querySelectorAll('a')].map((a) => `${text(a)} -> ${a.getAttribute('href')}`).join(' | '));
      const help = [...document.querySelectorAll('aside, [role=complementary], footer, [role=contentinfo]')].filter((n) => !n.closest('main')).map(text);
      return { order: landmarks.join(' > '), navigation, help, title: document.title };
    });
  }
}

const reflow = alone(reflowOn, PHONE);
const resizeText = alone((page, url) => resizeTextOn(page, url));
const textSpacing = alone(textSpacingOn);
const keyboardAndFocus = alone(keyboardAndFocusOn);
const pasteAllowed = alone(pasteAllowedOn);
const plainLanguage = alone(plainLanguageOn);
const axe = alone(axeOn);
const pageSignature = alone((page) => pageSignatureOn(page));

/** 3.2.3, 3.2.6 and 2.4.2 across a set of pages: same navigation and help, unique titles. */
async function consistency(context, urls) {
  const signatures = [];
  for (const url of urls) signatures.push({ url, ...(await pageSignature(context, url)) });
  return compareSignatures(signatures);
}

/** The comparison behind `consistency`, for signatures taken while a journey runs. */
function compareSignatures(signatures) {
  const problems = [];
  const [first, ...rest] = signatures;
  for (const s of rest) {
    if (s.order !== first.order) problems.push(problem(s.url, '3.2.3', `landmarks in another order than on ${first.url}: "${s.order}" instead of "${first.order}"`));
    if (JSON.stringify(s.navigation) !== JSON.stringify(first.navigation)) problems.push(problem(s.url, '3.2.3', `navigation differs from ${first.url}`));
    if (JSON.stringify(s.help) !== JSON.stringify(first.help)) problems.push(problem(s.url, '3.2.6', `help and contact (aside, footer) differ from ${first.url}`));
  }
  const seen = new Map();
  for (const s of signatures) {
    if (!s.title.trim()) problems.push(problem(s.url, '2.4.2', 'the page has no title'));
    else if (seen.has(s.title) && seen.get(s.title) !== s.url) problems.push(problem(s.url, '2.4.2', `same title as ${seen.get(s.title)}: "${s.title}"`));
    else seen.set(s.title, s.url);
  }
  return problems;
}

/**
 * Every single-page check on one URL, on one tab opened once (each opening costs
 * about half a second): first the checks that only read, then those that change
 * the page and undo it (text spacing, the phone width), then the pass through the
 * tab order, which marks elements, and last the bigger text, which reloads.
 * `signature`, when given, receives the page's `pageSignature`.
 */
async function checkPage(browser, context, url, { submitForms = true, signature = null } = {}) {
  const problems = [];
  const page = await open(context, url, DESKTOP);
  try {
    if (signature) signature(await pageSignatureOn(page));
    const sizes = await page.evaluate(dom.textSizes);
    const checks = [
      ['plainLanguage', plainLanguageOn], ['pasteAllowed', pasteAllowedOn], ['axe', axeOn],
      ['textSpacing', textSpacingOn], ['reflow', reflowOn], ['keyboardAndFocus', keyboardAndFocusOn],
      ['resizeText', (p, u) => resizeTextOn(p, u, sizes)],
    ];
    for (const [name, check] of checks) {
      try {
        problems.push(...(await check(page, url)));
      } catch (e) {
        problems.push(problem(url, 'check', `${name} could not run: ${e.message.split('\n')[0]}`));
      }
    }
  } finally {
    await page.close();
  }
  try {
    problems.push(...(await validHtml(context, url)));
  } catch (e) {
    problems.push(problem(url, 'check', `validHtml could not run: ${e.message.split('\n')[0]}`));
  }
  if (submitForms) {
    try {
      problems.push(...(await errorIdentification(browser, url)));
    } catch (e) {
      problems.push(problem(url, 'check', `errorIdentification could not run: ${e.message.split('\n')[0]}`));
    }
  }
  return problems;
}

module.exports = {
  reflow, resizeText, textSpacing, keyboardAndFocus, errorIdentification, pasteAllowed, plainLanguage, axe, validHtml, consistency, pageSignature, compareSignatures, checkPage, WCAG_TAGS,
};
