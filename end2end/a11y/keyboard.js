// The keyboard checks, in one pass through the tab order: every stop shows
// focus (2.4.7) and is not covered (2.4.11), focus never gets stuck (2.1.2,
// also when a handler takes it back a moment later, unless the page names a
// key that lets it go), and everything that reacts to a click can be reached
// (2.1.1).
const { PNG } = require('pngjs');
const dom = require('./dom');
const { DESKTOP, open, problem, note, notJudged, addStyles } = require('./common');
const { tryDocumentedExits } = require('./exits');

const MAX_TAB_STOPS = 150;
// After each Tab the walk waits this long for focus to be taken back (a blur
// handler with a timer; where focus was right after the key is known exactly,
// see dom.watchKeys). It passes while the focused element is photographed, so
// it costs little: 60 ms made the gate 0.5 s a page slower on our pages, 30 ms
// about nothing.
const SETTLE_MS = 30;
// A focus picture that shows no change is taken once more, slowly, before it is reported.
const RETRY_MS = 150;
// Stops checked in one long table or list before the rest, alike, is skipped.
const SAMPLE_PER_GROUP = 6;

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

/** The focused element's box and a margin, inside the window; null when it has no size there. */
function clipFor(state, viewport) {
  const pad = 8;
  const x = Math.max(0, state.box.x - pad);
  const y = Math.max(0, state.box.y - pad);
  const clip = { x, y, width: Math.min(viewport.width - x, state.box.width + 2 * pad), height: Math.min(viewport.height - y, state.box.height + 2 * pad) };
  if (clip.width < 1 || clip.height < 1 || state.box.width < 1 || state.box.height < 1) return null;
  return clip;
}

/**
 * 2.4.7: the focused element's box looks different once it loses focus.
 * `focused` is the picture of that box taken while it had focus; `stop` its mark.
 */
async function focusVisible(page, url, state, clip, focused, stop) {
  if (!clip) return [problem(url, '2.4.7', `focus stop ${state.name} cannot be seen (no size or outside the window)`)];
  await page.evaluate((s) => { window.__a11yBlurred = document.querySelector(`[data-a11y-stop="${s}"]`); document.activeElement.blur(); }, stop);
  const unfocused = await page.screenshot({ clip });
  // A handler that takes focus back when it is lost leaves nothing unfocused to compare
  // with; the walk reports that as a trap when Tab meets it.
  if (await page.evaluate(() => document.activeElement === window.__a11yBlurred)) return [];
  // Tolerance: anti-aliasing can move a few pixels; a focus indicator changes many.
  const enough = Math.max(20, 0.01 * clip.width * clip.height);
  let changed = differentPixels(focused, unfocused);
  if (changed < enough) {
    // Once more, slowly: a timer of the page (a blur handler) may have moved focus
    // while the pictures were taken.
    await page.evaluate(() => window.__a11yBlurred.focus());
    await page.waitForTimeout(RETRY_MS);
    const again = await page.screenshot({ clip });
    await page.evaluate(() => window.__a11yBlurred.blur());
    await page.waitForTimeout(RETRY_MS);
    changed = differentPixels(again, await page.screenshot({ clip }));
  }
  if (changed < enough) {
    return [problem(url, '2.4.7', `focus is not visible on ${state.name} (${changed} pixels change)`)];
  }
  return [];
}

/**
 * A trap was found: focus stays on, or comes back to, the stops `trap`. It is
 * allowed when a key the page names moves focus out (2.1.2's "advised of the
 * method"). Returns { findings, landed } where landed is where that key put focus.
 */
async function judgeTrap(page, url, trap, description) {
  const exit = await tryDocumentedExits(page, trap, SETTLE_MS);
  if (exit.left) {
    return { findings: [note(url, '2.1.2', `${description}; the page says how to leave it and ${exit.left} does`)], landed: exit.landed };
  }
  // Standard navigation may still leave it the other way round (ACT rule 80af7b counts one direction).
  if (exit.named.length === 0 && (await leavesBackward(page.context(), url))) {
    return { findings: [note(url, '2.1.2', `${description}; Shift+Tab from the end of the page gets out, so focus is not trapped (but Tab cannot get past it)`)], landed: null };
  }
  const named = exit.named.length > 0 ? ` (the page names ${exit.named.join(', ')}, but none of them lets focus go)` : '';
  return { findings: [problem(url, '2.1.2', `keyboard trap: ${description}${named}`)], landed: null };
}

/**
 * Walks the page backwards with Shift+Tab in a fresh tab, from the end: true
 * when focus gets out of the page (to the browser), false when it comes back
 * to an element it already passed, also when a handler takes it back a moment later.
 */
async function leavesBackward(context, url) {
  const page = await open(context, url, DESKTOP);
  try {
    await page.evaluate(dom.watchKeys);
    let inside = false;
    for (let i = 0; i < MAX_TAB_STOPS; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const now = await page.evaluate(dom.focusState);
      // Out of the page, having been in it: the first press may not have entered it yet.
      if (!now || (now.afterKey && now.afterKey.body)) {
        if (inside) return true;
        continue;
      }
      inside = true;
      await page.waitForTimeout(SETTLE_MS);
      const later = await page.evaluate(dom.focusState);
      if (!later) return true;
      if (later.back) return false;
      await page.evaluate(() => document.activeElement.setAttribute('data-a11y-back', ''));
    }
    return false;
  } finally {
    await page.close();
  }
}

/**
 * Tabs through the page once, and for every stop checks 2.4.7 (focused looks
 * different from unfocused), 2.4.11 (not entirely covered) and 2.1.2 (no trap).
 * Returns the findings and leaves each stop marked with data-a11y-stop.
 */
async function tabThrough(page, url) {
  const findings = [];
  // A blinking caret would make every text field "look different"; hide it.
  await addStyles(page, '* { caret-color: transparent !important; }');
  await page.evaluate(dom.watchKeys);
  const viewport = page.viewportSize();
  let previous = null;
  // A page may start with focus in the middle (autofocus on an error summary): when Tab
  // leaves the document, go round once more from the top until the first stop comes back.
  let wrapped = false;
  // Set when a documented exit put focus on a new element: check it before the next Tab.
  let arrived = null;
  let exits = 0;
  let stops = 0;
  for (; stops < MAX_TAB_STOPS; stops += 1) {
    let state = arrived;
    arrived = null;
    if (!state) {
      await page.keyboard.press('Tab');
      state = await page.evaluate(dom.focusState);
    }
    if (!state) {
      // Focus left the document: the end of the tab order.
      if (wrapped) break;
      wrapped = true;
      continue;
    }
    let trap = null;
    let clip = null;
    let focused = null;
    const pulled = state.stop !== null && state.afterKey && !state.afterKey.same && !state.afterKey.body && state.afterKey.stop === null;
    if (pulled) {
      // Tab reached a new element, and a handler took focus back before the walk could look.
      trap = { stops: [state.stop], description: `focus goes back to ${state.name} a moment after Tab moved it to ${state.afterKey.name}` };
    } else if (state.stop !== null) {
      // Back at the first stop, or (after going round from the top) at any stop
      // already seen: a full cycle.
      if (state.stop === '0' || wrapped) break;
      trap = state.stop === previous
        ? { stops: [previous], description: `Tab keeps focus on ${state.name}` }
        : { stops: Array.from({ length: Number(previous) - Number(state.stop) + 1 }, (_, k) => String(Number(state.stop) + k)), description: `Tab returns to ${state.name} without reaching the end of the page` };
    } else {
      // The picture for 2.4.7 is taken while the walk waits to see whether focus stays.
      clip = clipFor(state, viewport);
      let taken;
      [taken, focused] = await Promise.all([page.evaluate(dom.focusTakenBack, SETTLE_MS), clip ? page.screenshot({ clip }) : null]);
      const now = taken && !taken.body ? await page.evaluate(dom.focusState) : null;
      if (now && now.stop !== null) {
        trap = { stops: [now.stop], description: `focus goes back to ${now.name} a moment after Tab moved it to ${state.name}` };
      } else if (now) {
        // Focus moved on by itself to a new element (a widget passing focus inward): check that one.
        state = now;
        clip = clipFor(state, viewport);
        focused = clip ? await page.screenshot({ clip }) : null;
      }
    }
    if (trap) {
      const judged = await judgeTrap(page, url, trap.stops, trap.description);
      findings.push(...judged.findings);
      exits += 1;
      if (judged.landed === null || exits > 3) break;
      if (judged.landed.stop === null && !judged.landed.body) arrived = judged.landed;
      continue;
    }
    const n = String(stops);
    await page.evaluate((s) => document.activeElement.setAttribute('data-a11y-stop', s), n);
    previous = n;
    if (state.obscured) findings.push(problem(url, '2.4.11', `focused ${state.name} is entirely hidden by other content`));
    findings.push(...(await focusVisible(page, url, state, clip, focused, n)));
    // Focus goes back to the element, so the next Tab starts from it and any
    // key handler on it (a trap) runs as it would for a keyboard user.
    await page.evaluate((s) => document.querySelector(`[data-a11y-stop="${s}"]`).focus(), n);
    const skipped = await page.evaluate(dom.skipAlike, SAMPLE_PER_GROUP);
    if (skipped) findings.push(note(url, '2.4.7', `the Tab walk checked ${skipped.checked} stops of ${skipped.group} and skipped its ${skipped.skipped} others, alike`));
  }
  if (stops >= MAX_TAB_STOPS) {
    findings.push(notJudged(url, '2.1.2', `the Tab walk stopped after ${MAX_TAB_STOPS} stops; what comes after was not checked`));
  }
  return findings;
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
  const findings = await tabThrough(page, url);
  await clickTargets(page.context(), page);
  const unreachable = await page.evaluate(() => [...document.querySelectorAll('[data-a11y-click]')]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      const shown = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      const seen = '[data-a11y-stop], [data-a11y-sampled]';
      const reachable = el.matches(seen) || el.querySelector(seen) || el.closest(seen);
      return shown && !reachable && !el.disabled;
    })
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.innerText || '').trim().slice(0, 40)}"`));
  findings.push(...unreachable.map((m) => problem(url, '2.1.1', `has a click handler but cannot be reached with Tab: ${m}`)));
  return findings;
}

module.exports = { keyboardAndFocusOn, MAX_TAB_STOPS };
