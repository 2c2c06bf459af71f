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
  const name = (el.getAttribute('aria-label') || el.innerText || el.value || el.id || el.tagName).trim().slice(0, 40);
  return {
    name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`,
    box: { x: r.left, y: r.top, width: r.width, height: r.height },
    obscured: !visible,
    stop: el.getAttribute('data-a11y-stop'),
  };
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

module.exports = { clippedElements, horizontalScroll, textSizes, focusState, sentences };
