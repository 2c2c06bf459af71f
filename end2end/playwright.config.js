// Playwright against the real server binary and Debian's Chromium
// (never `npx playwright install`: it downloads a browser, which fails here).
const { defineConfig } = require('@playwright/test');
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');

const port = process.env.LOKET_E2E_PORT || '3900';
const targetDir = process.env.CARGO_TARGET_DIR || path.join(__dirname, '..', 'target');
const serverBin = process.env.LOKET_SERVER_BIN || path.join(targetDir, 'debug', 'server');
const siteRoot = process.env.LEPTOS_SITE_ROOT || path.join(__dirname, '..', 'target', 'site');
// A fresh database for every run.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loket-e2e-'));
// The Nu HTML Checker as a service on loopback, for the validHtml check (a11y/checks.js).
const vnuPort = process.env.LOKET_VNU_PORT || '8888';
process.env.VNU_URL = process.env.VNU_URL || `http://127.0.0.1:${vnuPort}/`;
const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');
// For the global setup (staff accounts), which runs in this process.
process.env.LOKET_E2E_SERVER_BIN = serverBin;
process.env.LOKET_E2E_DATABASE_URL = `sqlite://${dataDir}/loket.db`;

module.exports = defineConfig({
  testDir: './tests',
  globalSetup: require.resolve('./global-setup.js'),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The portal follows Accept-Language on a first visit; the tests read Dutch.
    locale: 'nl-NL',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false } },
  ],
  webServer: [{
    command: serverBin,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      LOKET_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: siteRoot,
      DATABASE_URL: process.env.LOKET_E2E_DATABASE_URL,
      RUST_LOG: 'warn',
      // Every resident of the browser tests comes from 127.0.0.1 with the same
      // phone number: the daily limit of 3 would stop the fourth callback.
      LOKET_CALLBACKS_PER_DAY: '100',
      LOKET_CALLBACKS_PER_ADDRESS: '1000',
      // Helped at the library: 40 idle seconds instead of 10 minutes, so the
      // warning (after four fifths) and the wipe can be seen in a test.
      LOKET_ASSISTED_IDLE_SECONDS: '40',
    },
  }, {
    command: `java -Dnu.validator.servlet.bind-address=127.0.0.1 -cp ${vnuJar} nu.validator.servlet.Main ${vnuPort}`,
    url: `${process.env.VNU_URL}?out=json`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'ignore',
  }],
});
