#!/usr/bin/env node
// How well each check does on the fixtures: broken pages caught, correct
// pages passed (judged), pages it rightly could not judge; and how long
// checkPage (what check-urls runs) takes per page. Prints a table for the
// README. Run from end2end/: node a11y/score.js (set VNU_URL to include the
// HTML check; without it that check cannot judge and says so).
const { chromium } = require('@playwright/test');
const checks = require('./checks');
const { LAUNCH, isProblem } = require('./common');
const { serveFixtures } = require('./fixture-server');
const { BROKEN, CORRECT, NOT_JUDGED, UNSTEADY } = require('./cases');

const run = (name, browser, context, url) => (name === 'errorIdentification' ? checks.errorIdentification(browser, url) : checks[name](context, url));

(async () => {
  const site = await serveFixtures();
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext();
  const rows = new Map(Object.keys(checks.COVERS).map((name) => [name, { caught: 0, broken: 0, passed: 0, correct: 0, unjudged: 0, unjudgedOf: 0 }]));
  for (const [name, fixture, sc, words] of BROKEN) {
    const found = await run(name, browser, context, `${site.base}/${fixture}`);
    const row = rows.get(name);
    row.broken += 1;
    if (found.some((f) => isProblem(f) && f.sc === sc && words.test(f.message))) row.caught += 1;
    else console.error(`missed: ${name} on ${fixture} (${sc})`);
  }
  for (const [name, fixture, sc, words] of NOT_JUDGED) {
    const found = await run(name, browser, context, `${site.base}/${fixture}`);
    const row = rows.get(name);
    row.unjudgedOf += 1;
    if (!found.some(isProblem) && found.some((f) => f.notJudged && f.sc === sc && words.test(f.message))) row.unjudged += 1;
    else console.error(`should not have judged: ${name} on ${fixture}`);
  }
  const times = [];
  for (const fixture of CORRECT) {
    const lines = [];
    const started = Date.now();
    await checks.checkPage(browser, context, `${site.base}/${fixture}`, { report: (line) => lines.push(line) });
    times.push({ fixture, ms: Date.now() - started });
    for (const line of lines) {
      const row = rows.get(line.check);
      row.correct += 1;
      if (line.outcome === 'passed' || line.outcome === 'nothing to check') row.passed += 1;
      else console.error(`${line.outcome}: ${line.check} on ${fixture}: ${line.findings.map((f) => f.message).join('; ')}`);
    }
  }
  const RUNS = 10;
  const steady = [];
  for (const fixture of UNSTEADY) {
    let clean = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const found = await checks.checkPage(browser, context, `${site.base}/${fixture}`, { submitForms: false });
      if (found.length === 0) clean += 1;
    }
    steady.push(`${fixture} clean in ${clean} of ${RUNS} runs`);
  }
  await browser.close();
  await site.close();
  console.log('| check | covers | broken caught | correct passed | could not judge, rightly |');
  console.log('|---|---|---|---|---|');
  for (const [name, r] of rows) {
    console.log(`| ${name} | ${checks.COVERS[name]} | ${r.caught} of ${r.broken} | ${r.passed} of ${r.correct} | ${r.unjudgedOf ? `${r.unjudged} of ${r.unjudgedOf}` : '-'} |`);
  }
  const total = times.reduce((n, t) => n + t.ms, 0);
  if (steady.length > 0) console.log(`\nUnsteady correct pages: ${steady.join(', ')}`);
  console.log(`\ncheckPage on ${times.length} correct fixtures: ${(total / times.length / 1000).toFixed(2)} s a page on average (${times.map((t) => `${t.fixture} ${(t.ms / 1000).toFixed(1)} s`).join(', ')})`);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
