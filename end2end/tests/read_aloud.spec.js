// "Lees voor": the read-aloud island. The browser's speech synthesis is
// stubbed, so the test can see what it was asked to say.
const { test, expect } = require('@playwright/test');

const STUB = () => {
  window.__spoken = [];
  window.__calls = [];
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak(utterance) { window.__spoken.push({ text: utterance.text, lang: utterance.lang }); },
      cancel() { window.__calls.push('cancel'); },
      pause() { window.__calls.push('pause'); },
      resume() { window.__calls.push('resume'); },
    },
  });
};

test('reads the main content aloud in the page language, with pause and stop, never by itself', async ({ page }) => {
  test.skip(test.info().project.name !== 'javascript', 'an island: it needs scripts');
  await page.addInitScript(STUB);
  await page.goto('/producten/verhuizing');
  const group = page.getByRole('group', { name: 'Voorlezen' });
  await expect(group.getByRole('button', { name: 'Lees voor' })).toBeVisible();
  // "Pauze" and "Stop" show only while reading (their place kept).
  await expect(group.getByRole('button', { name: 'Pauze' })).toBeHidden();
  await expect(group.getByRole('button', { name: 'Stop' })).toBeHidden();
  expect(await page.evaluate(() => window.__spoken)).toEqual([]);

  // The first press also loads the island; it is pressed again once it runs.
  await group.getByRole('button', { name: 'Lees voor' }).click();
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBe(1);
  await expect(group.getByRole('button', { name: 'Pauze' })).toBeVisible();
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe('nl');
  expect(spoken[0].text).toContain('Verhuizing doorgeven');
  expect(spoken[0].text).toContain('Wat heeft u nodig?');
  // Only main: not the navigation, not the help block, not the display switch.
  expect(spoken[0].text).not.toContain('Lukt het niet online? Wij helpen u graag.');
  expect(spoken[0].text).not.toContain('Alle onderwerpen');
  expect(spoken[0].text).not.toContain('Weergave aanpassen');

  await group.getByRole('button', { name: 'Pauze' }).click();
  await expect(group.getByRole('button', { name: 'Verder' })).toBeVisible();
  await group.getByRole('button', { name: 'Verder' }).click();
  await group.getByRole('button', { name: 'Stop' }).click();
  await expect(group.getByRole('button', { name: 'Stop' })).toBeHidden();
  // Focus was on "Stop", which hides: it goes back to "Lees voor", not to the page's start.
  await expect(group.getByRole('button', { name: 'Lees voor' })).toBeFocused();
  expect(await page.evaluate(() => window.__calls)).toEqual(['cancel', 'pause', 'resume', 'cancel']);
});

test('in English it speaks English, with English buttons', async ({ page }) => {
  test.skip(test.info().project.name !== 'javascript', 'an island: it needs scripts');
  await page.addInitScript(STUB);
  await page.goto('/taal/en?terug=/producten/verhuizing');
  const group = page.getByRole('group', { name: 'Read aloud' });
  await group.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBe(1);
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe('en');
  expect(spoken[0].text).toContain('What do you need?');
  await group.getByRole('button', { name: 'Pause' }).click();
  await expect(group.getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('is absent where the browser has no speech synthesis, and without JavaScript', async ({ page }) => {
  if (test.info().project.name === 'javascript') {
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined }));
  }
  await page.goto('/producten/verhuizing');
  // Wait until the islands have run (the display switch is server-rendered; the island mounts after load).
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Voorlezen' })).toHaveCount(0);
});
