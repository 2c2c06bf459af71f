// Serves end2end/fixtures/ on a free loopback port, as a plain static site:
// a path that is no file is a 404, whatever the method (a form that posts to
// a server that is not there).
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const DIR = path.join(__dirname, '..', 'fixtures');

/** Starts the server; resolves to { base, close }. */
async function serveFixtures() {
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url, 'http://x').pathname) || 'good.html';
    const file = path.join(DIR, name);
    if (!name.endsWith('.html') || !fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

module.exports = { serveFixtures };
