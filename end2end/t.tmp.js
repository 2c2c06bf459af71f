const { chromium } = require('@playwright/test');
const now = require('./a11y/checks');
const { LAUNCH } = require('./a11y/common');
const B = 'http://127.0.0.1:3902';
const urls = ['/', '/producten/verhuizing', '/producten/verhuizing/adres', '/terugbellen', '/afspraak', '/zoeken?q=paspoort', '/hulp', '/toegankelijkheid', '/medewerker'].map((u) => B + u);
(async () => {
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext();
  let t = 0;
  for (let round = 0; round < 2; round++) for (const url of urls) { const s = Date.now(); await now.checkPage(browser, context, url); t += Date.now() - s; }
  console.log(`per page now ${(t / 2 / urls.length / 1000).toFixed(2)} s`);
  await browser.close();
})();
