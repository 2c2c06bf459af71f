// Before the browser tests: the staff accounts they sign in with, made with the
// server's own command (`server staff add`, password on standard input) on the
// run's fresh database. SQLite takes the second process beside the server.
const { execFileSync } = require('node:child_process');

const STAFF = [
  { email: 'lisa@voorbeeld.nl', name: 'Lisa de Boer', role: 'teamleider' },
  { email: 'beheer@voorbeeld.nl', name: 'Ben Beheer', role: 'beheer' },
  { email: 'karim@voorbeeld.nl', name: 'Karim Bakker', role: 'kcc' },
  { email: 'bram@voorbeeld.nl', name: 'Bram Jansen', role: 'balie' },
];
const PASSWORD = 'paars-tafel-regen-42';

module.exports = async () => {
  for (const account of STAFF) {
    execFileSync(process.env.LOKET_E2E_SERVER_BIN, [
      'staff', 'add', '--email', account.email, '--name', account.name, '--role', account.role,
    ], {
      input: `${PASSWORD}\n`,
      env: { ...process.env, DATABASE_URL: process.env.LOKET_E2E_DATABASE_URL, RUST_LOG: 'warn' },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
  }
};
module.exports.STAFF = STAFF;
module.exports.PASSWORD = PASSWORD;
