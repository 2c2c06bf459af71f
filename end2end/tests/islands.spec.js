// Islands that load when first used (app/src/components/island_loader.js): a page
// that is only read fetches no script bundle and no WebAssembly; the first press,
// change or keystroke loads them and is not lost; nothing moves when they start.
const { test, expect } = require('@playwright/test');

const BUNDLE = /\/pkg\/.*\.(js|wasm)(\?|$)/;

const SPEECH_STUB = () => {
  window.__spoken = [];
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak(utterance) { window.__spoken.push(utterance.text); },
      cancel() {}, pause() {}, resume() {},
    },
  });
};

/** Holds every bundle request until `release()` is called, so a use surely comes first. */
async function holdBundle(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const held = [];
  await page.route(BUNDLE, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release: () => release(), held };
}

test.beforeEach(() => {
  test.skip(test.info().project.name !== 'javascript', 'islands need scripts');
});

test('a page that is only read loads no script bundle and no WebAssembly', async ({ page }) => {
  const bundle = [];
  page.on('request', (r) => { if (BUNDLE.test(r.url())) bundle.push(r.url()); });
  for (const url of ['/', '/producten/verhuizing', '/zoeken?q=paspoort', '/producten/melding-openbare-ruimte/wat']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Scrolling and reading the page is no use of an island.
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    expect(bundle, url).toEqual([]);
    await expect(page.locator('html'), url).toHaveAttribute('data-scripts', 'ja');
    await expect(page.locator('html'), url).not.toHaveAttribute('data-islands', 'klaar');
  }
  // A first use loads them, once.
  await page.getByText('Weergave aanpassen').click();
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'klaar');
  expect(bundle.filter((u) => u.endsWith('.wasm'))).toHaveLength(1);
});

test('the first press of "Lees voor" loads the island and is pressed once it runs, once', async ({ page }) => {
  await page.addInitScript(SPEECH_STUB);
  const bundle = await holdBundle(page);
  await page.goto('/producten/verhuizing');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  // The bundle is still held back: nothing was read yet, and the press is not lost.
  await expect.poll(() => bundle.held.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__spoken)).toEqual([]);
  bundle.release();
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'klaar');
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBe(1);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__spoken.length)).toBe(1);
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
});

test('what is typed before the count island runs is kept and counted', async ({ page }) => {
  // Held from the start: nothing the way there may slip the bundle through first.
  const bundle = await holdBundle(page);
  await page.goto('/producten/melding-openbare-ruimte/wat');
  await page.getByRole('radio', { name: 'Afval op straat' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  const field = page.getByRole('textbox', { name: 'Beschrijf de plek' });
  // The count is there before any script bundle: rendered by the server.
  await expect(page.getByText('U heeft nog 500 tekens over.', { exact: true }).first()).toBeVisible();
  await field.pressSequentially('Achter de sporthal');
  await expect.poll(() => bundle.held.length).toBeGreaterThan(0);
  await expect(field).toHaveValue('Achter de sporthal');
  bundle.release();
  await expect(page.locator('html')).toHaveAttribute('data-islands', 'klaar');
  await expect(field).toHaveValue('Achter de sporthal');
  await expect(page.locator('.lk-character-count__message')).toHaveText('U heeft nog 482 tekens over.');
  // The typing before it ran is also told to screen readers (the polite region, after a pause).
  await expect(page.locator('.lk-character-count [aria-live=polite]')).toHaveText('U heeft nog 482 tekens over.');
  await field.pressSequentially('!');
  await expect(page.locator('.lk-character-count__message')).toHaveText('U heeft nog 481 tekens over.');
});

test('a display choice made before the island runs applies once it runs', async ({ page }) => {
  const bundle = await holdBundle(page);
  await page.goto('/afspraak');
  await page.getByText('Weergave aanpassen').click();
  await page.getByRole('radiogroup', { name: 'Tekstgrootte' }).getByRole('radio', { name: 'Groot', exact: true }).check();
  await expect.poll(() => bundle.held.length).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveClass('lk-text-standaard lk-contrast-standaard');
  bundle.release();
  await expect(page.locator('html')).toHaveClass('lk-text-groot lk-contrast-standaard');
  await expect(page.locator('.lk-display__live')).toHaveText('Aangepast: Tekstgrootte: Groot, Contrast: Standaard.');
});

/** The boxes of every element on the page, by position in the document. */
const boxes = () => [...document.querySelectorAll('body *')].map((e) => {
  const r = e.getBoundingClientRect();
  return `${e.tagName}.${e.className} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
});

for (const [name, url] of [['a start page with read-aloud', '/producten/verhuizing'], ['a long text with its count', '/producten/melding-openbare-ruimte/wat']]) {
  test(`nothing moves when the islands start: ${name}`, async ({ page }) => {
    await page.addInitScript(SPEECH_STUB);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    if (url.endsWith('/wat')) {
      // To the long text question, then measure there.
      await page.getByRole('radio', { name: 'Afval op straat' }).check();
      await page.getByRole('button', { name: 'Doorgaan' }).click();
      await page.getByRole('radio', { name: 'Nee' }).check();
      await page.getByRole('button', { name: 'Doorgaan' }).click();
      await expect(page.getByRole('textbox', { name: 'Beschrijf de plek' })).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    const before = await page.evaluate(boxes);
    await page.evaluate(() => { window.__shifts = []; window.__loketIslands(); });
    await expect(page.locator('html')).toHaveAttribute('data-islands', 'klaar');
    await page.waitForTimeout(300);
    expect(await page.evaluate(boxes)).toEqual(before);
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  });
}
