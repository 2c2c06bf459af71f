// Functions that run inside the page (passed to page.evaluate). Kept apart so
// each check reads as what it tests, not how it walks the DOM.

/** Marks and describes every element whose content is cut off by its own box. */
function clippedElements() {
  const out = [];
  const visuallyHidden = (el, cs) => {
    const r = el.getBoundingClientRect();
    // The screen-reader-only pattern (1x1 px, clipped) is meant to be invisible.
    return (r.width <= 1 && r.height <= 1) || cs.clipPath === 'inset(50%)' || cs.clip === 'rect(0px, 0px, 0px, 0px)';
  };
  // The page itself: overflow hidden on html or body takes away the window's scroll bars,
  // so what does not fit the window cannot be reached at all.
  const root = document.scrollingElement || document.documentElement;
  for (const el of [document.documentElement, document.body]) {
    const cs = getComputedStyle(el);
    const overX = ['hidden', 'clip'].includes(cs.overflowX) && root.scrollWidth > window.innerWidth + 2;
    const overY = ['hidden', 'clip'].includes(cs.overflowY) && root.scrollHeight > window.innerHeight + 2;
    if (overX || overY) {
      out.push(`${el.tagName.toLowerCase()} (overflow ${cs.overflowX} ${cs.overflowY}: ${root.scrollWidth}x${root.scrollHeight} px of content in a ${window.innerWidth}x${window.innerHeight} px window, without scroll bars)`);
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || visuallyHidden(el, cs)) continue;
    const hidesX = ['hidden', 'clip'].includes(cs.overflowX);
    const hidesY = ['hidden', 'clip'].includes(cs.overflowY);
    if (!hidesX && !hidesY) continue;
    if (!el.innerText || !el.innerText.trim()) continue;
    // Form controls scroll their own value; that is not clipping.
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) continue;
    const overX = hidesX && el.scrollWidth > el.clientWidth + 2;
    const overY = hidesY && el.scrollHeight > el.clientHeight + 2;
    // text-overflow: ellipsis on one line also hides text.
    if (overX || overY) out.push(describe(el));
  }
  return out;

  function describe(el) {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls} "${el.innerText.trim().slice(0, 40)}"`;
  }
}

/** Horizontal scrolling: the page, and any region other than a table. */
function horizontalScroll() {
  const root = document.scrollingElement || document.documentElement;
  const problems = [];
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth} px content in a ${root.clientWidth} px window`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(cs.overflowX)) continue;
    if (el.scrollWidth <= el.clientWidth + 1) continue;
    if (el.tagName === 'TABLE' || el.querySelector(':scope > table') || el.closest('table')) continue;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) continue;
    problems.push(`a region scrolls sideways: ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} (${el.scrollWidth} px in ${el.clientWidth} px)`);
  }
  return problems;
}

/** Font sizes (px) of the first text elements, to see that text grows. */
function textSizes() {
  const els = [...document.querySelectorAll('p, li, label, h1, h2, a, button, dd, dt, td, legend')].filter((el) => el.innerText && el.innerText.trim()).slice(0, 20);
  return els.map((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** Where the focused element is, and whether something else covers it entirely. */
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const points = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + 1, r.top + 1], [r.right - 1, r.top + 1], [r.left + 1, r.bottom - 1], [r.right - 1, r.bottom - 1],
  ];
  const related = (hit) => hit && (hit === el || el.contains(hit) || hit.contains(el) || (el.labels && [...el.labels].some((l) => l === hit || l.contains(hit))));
  const visible = points.some(([x, y]) => related(document.elementFromPoint(x, y)));
  const describe = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(e.getAttribute('aria-label') || e.innerText || e.value || e.id || e.tagName).trim().slice(0, 40)}"`;
  // Where the last key left focus, before any timer of the page ran (watchKeys).
  const k = window.__a11yAfterKey;
  const afterKey = k === undefined ? null : {
    body: !k || k === document.body || k === document.documentElement,
    same: k === el,
    stop: k && k.getAttribute ? k.getAttribute('data-a11y-stop') : null,
    name: k && k.tagName ? describe(k) : 'the page itself',
  };
  return {
    name: describe(el),
    box: { x: r.left, y: r.top, width: r.width, height: r.height },
    obscured: !visible,
    stop: el.getAttribute('data-a11y-stop'),
    back: el.hasAttribute('data-a11y-back'),
    afterKey,
  };
}

/**
 * Notes where each key press leaves focus (window.__a11yAfterKey): a timer of
 * 0 ms set when the key goes down runs after the browser moved focus and any
 * blur or focus handler ran, and before any timer those handlers set (timers
 * run in the order they fall due, however busy the machine).
 */
function watchKeys() {
  window.addEventListener('keydown', () => {
    setTimeout(() => { window.__a11yAfterKey = document.activeElement; }, 0);
  }, true);
}

/** The sentences of the page's text blocks, for the plain-language check. */
function sentences() {
  const blocks = [...document.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, label, legend, .lk-hint, td, th')]
    .filter((el) => !el.querySelector('p, li, dt, dd, h1, h2, h3, h4, label, legend'))
    .filter((el) => el.getClientRects().length > 0);
  const out = [];
  for (const el of blocks) {
    const text = el.innerText.replace(/\s+/g, ' ').trim();
    // A full stop ends a sentence when a space and a capital or digit follow; "8.30" and "1234 AB" stay whole.
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z0-9ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ'‘“"])/)) {
      const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length > 0) out.push({ text: sentence, words: words.length, inMain: Boolean(el.closest('main, [role=main]')) });
    }
  }
  return { lang: document.documentElement.lang, sentences: out };
}

/**
 * Waits `ms` and says whether focus moved by itself since the call (a blur or
 * focusout handler that takes it back a moment later): null when it stayed,
 * else { body } (true when it went to no element; focusState tells where).
 */
function focusTakenBack(ms) {
  const now = document.activeElement;
  return new Promise((resolve) => setTimeout(() => {
    const el = document.activeElement;
    resolve(el === now ? null : { body: !el || el === document.body });
  }, ms));
}

/**
 * Long tables and lists (work lists, search results) have many stops alike.
 * Counts the stop that has focus against its table (or list of over 20
 * items); after `sample` stops there, marks the rest data-a11y-sampled and
 * puts focus on the group's last stop, so the next Tab leaves the group.
 * Returns what was skipped, or null.
 */
function skipAlike(sample) {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  let group = el.closest('table, [role=grid], [role=treegrid]');
  for (let list = el.closest('ul, ol'); !group && list; list = list.parentElement && list.parentElement.closest('ul, ol')) {
    if (list.children.length > 20) group = list;
  }
  if (!group) return null;
  const seen = Number(group.getAttribute('data-a11y-group') || '0') + 1;
  group.setAttribute('data-a11y-group', String(seen));
  if (seen < sample) return null;
  const tabbable = [...group.querySelectorAll('a[href], button, input, select, textarea, [tabindex], [contenteditable]')]
    .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
  const rest = tabbable.slice(tabbable.indexOf(el) + 1).filter((e) => !e.hasAttribute('data-a11y-stop'));
  if (rest.length < 2) return null;
  for (const e of rest) e.setAttribute('data-a11y-sampled', '');
  rest[rest.length - 1].focus();
  const name = `${group.tagName.toLowerCase()}${group.id ? `#${group.id}` : ''}`;
  return { group: name, checked: seen, skipped: rest.length };
}

/** The text that may tell how to leave the elements with these stop marks: the page's and their own descriptions. */
function exitText(stops) {
  const parts = [document.body.innerText];
  for (const stop of stops) {
    const el = document.querySelector(`[data-a11y-stop="${stop}"]`);
    if (!el) continue;
    for (const attr of ['aria-keyshortcuts', 'title', 'aria-label', 'placeholder']) parts.push(el.getAttribute(attr) || '');
    for (const id of (el.getAttribute('aria-describedby') || '').split(/\s+/)) {
      const d = id && document.getElementById(id);
      if (d) parts.push(d.textContent);
    }
  }
  return parts.join('\n');
}

module.exports = { clippedElements, horizontalScroll, textSizes, focusState, watchKeys, sentences, focusTakenBack, skipAlike, exitText };
