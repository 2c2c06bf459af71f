#!/usr/bin/env node
// Prints the bytes (raw and brotli, quality 11) that a first visit downloads
// for each page given: the HTML, the CSS it links, and any JS and WASM it loads.
// Usage: node measure.js http://127.0.0.1:3000 / /verhuizen/adres
const zlib = require('node:zlib');

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error('usage: node measure.js BASE_URL PATH...');
  process.exit(2);
}

const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function fetchBytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function linked(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => m[1]);
}

(async () => {
  const rows = [];
  for (const path of paths) {
    const html = await fetchBytes(new URL(path, base));
    const text = html.toString('utf8');
    const css = linked(text, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
    const js = linked(text, /<script[^>]+src="([^"]+)"/g).concat(linked(text, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g));
    const wasm = linked(text, /<link[^>]+href="([^"]+\.wasm)"/g);
    const sum = async (urls) => {
      let raw = 0; let br = 0;
      for (const u of urls) { const b = await fetchBytes(new URL(u, base)); raw += b.length; br += brotli(b); }
      return { raw, br };
    };
    const c = await sum(css); const j = await sum(js); const w = await sum(wasm);
    rows.push({ path, html: { raw: html.length, br: brotli(html) }, css: c, js: j, wasm: w });
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('page                      HTML br   CSS br   JS br   WASM br   HTML+CSS br   JS+WASM br   (KB; raw in brackets)');
  for (const r of rows) {
    console.log(
      `${r.path.padEnd(24)} ${kb(r.html.br).padStart(7)}  ${kb(r.css.br).padStart(7)}  ${kb(r.js.br).padStart(6)}  ${kb(r.wasm.br).padStart(8)}  ${kb(r.html.br + r.css.br).padStart(12)}  ${kb(r.js.br + r.wasm.br).padStart(11)}   [html ${kb(r.html.raw)}, css ${kb(r.css.raw)}, js ${kb(r.js.raw)}, wasm ${kb(r.wasm.raw)}]`,
    );
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
