#!/usr/bin/env node
// What Chromium really transfers for each page given: the bytes on the wire
// (encoded: compressed when the server compressed, response headers included),
// read from the DevTools protocol, per kind of file, for a first visit (empty
// cache) and a repeat visit (the same browser profile, a fresh tab).
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

/** Opens `url` in a new tab of `context` and sums the encoded bytes per kind. */
async function visit(context, url) {
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
  // Islands load their bundle after load, when the browser is idle: wait for it.
  await page.waitForFunction(() => !document.querySelector('leptos-island') || document.documentElement.dataset.islands === 'klaar', null, { timeout: 15_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  await page.close();
  return { bytes, encodings: [...encodings].join(',') || 'none' };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  const total = (b) => b.html + b.css + b.js + b.wasm + b.other;
  console.log('KB transferred (encoded, headers included)    first visit: HTML    CSS     JS   WASM  total | repeat visit: total  (of which not HTML)  encodings');
  for (const path of paths) {
    const url = new URL(path, base).toString();
    const context = await browser.newContext({ locale: 'nl-NL' });
    const first = await visit(context, url);
    const repeat = await visit(context, url);
    await context.close();
    const b = first.bytes;
    console.log(`${path.padEnd(46)} ${kb(b.html)} ${kb(b.css)} ${kb(b.js)} ${kb(b.wasm)} ${kb(total(b))} |        ${kb(total(repeat.bytes))}  ${kb(total(repeat.bytes) - repeat.bytes.html).padStart(10)}           ${first.encodings}`);
  }
  await browser.close();
})().catch((e) => { console.error(e.message); process.exit(1); });
