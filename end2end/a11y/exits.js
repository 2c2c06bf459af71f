// Documented ways out of a keyboard trap. WCAG 2.1.2 allows an element to keep
// Tab (a code editor that types a tab, a game) when the user is told how to
// move focus away with another key ("Press Ctrl+M to leave", aria-keyshortcuts).
// A trap is only a trap when no key the page names actually lets focus go.
const { exitText, focusState } = require('./dom');

const MODIFIERS = {
  ctrl: 'Control', control: 'Control', strg: 'Control', alt: 'Alt', option: 'Alt', shift: 'Shift', cmd: 'Meta', command: 'Meta', meta: 'Meta',
};
const NAMED = { esc: 'Escape', escape: 'Escape', tab: 'Tab', enter: 'Enter' };

function keyName(key) {
  const k = key.toLowerCase();
  if (NAMED[k]) return NAMED[k];
  if (/^f\d{1,2}$/.test(k)) return k.toUpperCase();
  return k;
}

/**
 * The keys a text names, in Playwright's notation ("Control+m", "Escape"):
 * combinations with a modifier anywhere, and Escape or a function key where
 * the text says to press it (English and Dutch).
 */
function keysIn(text) {
  const found = new Set();
  const combo = /\b((?:(?:ctrl|control|strg|alt|option|shift|cmd|command|meta)\s*[+-]\s*)+)(f\d{1,2}|esc(?:ape)?|tab|enter|[a-z0-9])\b/gi;
  for (const m of text.matchAll(combo)) {
    const mods = m[1].split(/[+-]/).map((s) => MODIFIERS[s.trim().toLowerCase()]).filter(Boolean);
    found.add([...new Set(mods), keyName(m[2])].join('+'));
  }
  const single = /\b(?:press|use|hit|type|druk\s+op|druk|toets|gebruik)\b[^.\n]{0,24}?\b(esc(?:ape)?|f\d{1,2})\b|\b(esc(?:ape)?|f\d{1,2})(?:[- ]?(?:key|toets))\b/gi;
  for (const m of text.matchAll(single)) found.add(keyName(m[1] || m[2]));
  return [...found];
}

/**
 * Tries each key the page names, from the first element of the trap (the
 * stops in `stops`): a key works when focus is outside the trap a moment
 * after. Returns { named: [...keys], left: key or null, landed: focusState or null }.
 */
async function tryDocumentedExits(page, stops, settleMs) {
  let named = keysIn(await page.evaluate(exitText, stops));
  if (named.length === 0) {
    // The way out may be behind a help link or button the walk passed (in the trap or
    // before it) that stays on the page: open it and read again.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-a11y-stop]')) {
        const here = el.matches('button, [role=button]') || (el.matches('a') && /^(#|javascript:)/.test(el.getAttribute('href') || ''));
        if (here && /\b(help|how|instructions?|hulp|hoe|uitleg)\b/i.test(el.textContent)) el.click();
      }
    });
    named = keysIn(await page.evaluate(exitText, stops));
  }
  for (const key of named) {
    await page.evaluate((stop) => document.querySelector(`[data-a11y-stop="${stop}"]`)?.focus(), stops[0]);
    await page.waitForTimeout(settleMs);
    await page.keyboard.press(key);
    await page.waitForTimeout(settleMs);
    const out = await page.evaluate((trap) => {
      const el = document.activeElement;
      const stop = el && el.getAttribute('data-a11y-stop');
      return !trap.includes(stop);
    }, stops);
    if (out) return { named, left: key, landed: await page.evaluate(focusState) };
  }
  return { named, left: null, landed: null };
}

module.exports = { keysIn, tryDocumentedExits };
