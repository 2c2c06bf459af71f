#!/usr/bin/env node
// What Chromium really transfers for each page given: the bytes on the wire
// (encoded: compressed when the server compressed, response headers included),
// read from the DevTools protocol, per kind of file, for a first visit (empty
// cache) before any interaction, what using the page's islands adds (the loader
// loads the bundle on first use: started here through its own entry, as a press
// or a key would), and a repeat visit (the same browser profile, a fresh tab).
// Usage: node measure.js http://127.0.0.1:3000 / /producten/verhuizing ...
// Needs the end2end npm packages and Debian's Chromium (or CHROMIUM_PATH).
const { chromium } = require('@playwright/test');

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error('usage: node measure.js BASE_URL PATH...');
  process.exit(2);
}

function kindOf(url, mime) {
  if (/\.wasm(\?|$)/.test(url) || mime === 'application/wasm') return 'wasm';
  if (/\.js(\?|$)/.test(url) || /javascript/.test(mime)) return 'js';
  if (/\.css(\?|$)/.test(url) || mime === 'text/css') return 'css';
  if (mime === 'text/html') return 'html';
  return 'other';
}

/**
 * Opens `url` in a new tab of `context` and sums the encoded bytes per kind; with
 * `use`, then starts the islands and sums what that adds (`afterUse`).
 */
async function visit(context, url, use) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  const bytes = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  const encodings = new Set();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    requests.set(requestId, kindOf(response.url, response.mimeType));
    const enc = response.headers['content-encoding'] || response.headers['Content-Encoding'];
    if (enc) encodings.add(enc);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const kind = requests.get(requestId) || 'other';
    bytes[kind] += encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const read = { ...bytes };
  let afterUse = null;
  if (use && await page.evaluate(() => typeof window.__loketIslands === 'function' && !!document.querySelector('leptos-island'))) {
    await page.evaluate(() => { window.__loketIslands(); });
    await page.waitForFunction(() => document.documentElement.dataset.islands === 'klaar', null, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    afterUse = Object.fromEntries(Object.keys(bytes).map((k) => [k, bytes[k] - read[k]]));
  }
  await cdp.detach();
  await page.close();
  return { bytes: read, afterUse, encodings: [...encodings].join(',') || 'none' };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  const total = (b) => b.html + b.css + b.js + b.wasm + b.other;
  console.log('KB transferred (encoded, headers included)    first visit, read only: HTML    CSS     JS   WASM  total | islands used: +JS  +WASM | repeat visit: total  (of which not HTML)  encodings');
  for (const path of paths) {
    const url = new URL(path, base).toString();
    const context = await browser.newContext({ locale: 'nl-NL' });
    const first = await visit(context, url, true);
    const repeat = await visit(context, url, false);
    await context.close();
    const b = first.bytes;
    const u = first.afterUse || { js: 0, wasm: 0 };
    const used = first.afterUse ? `${kb(u.js)} ${kb(u.wasm)}` : '     -      -';
    console.log(`${path.padEnd(46)}             ${kb(b.html)} ${kb(b.css)} ${kb(b.js)} ${kb(b.wasm)} ${kb(total(b))} |         ${used} |        ${kb(total(repeat.bytes))}  ${kb(total(repeat.bytes) - repeat.bytes.html).padStart(10)}           ${first.encodings}`);
  }
  await browser.close();
})().catch((e) => { console.error(e.message); process.exit(1); });
