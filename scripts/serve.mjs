// Serves the static export (out/) on localhost, as a static host would: index.html for folders, and the service
// worker with Cache-Control: no-cache so updates are found. Usage: node scripts/serve.mjs [--dir out] [--port 3000]
// Every response carries the headers a page's <meta> cannot: no framing by any other page (frame-ancestors, and
// X-Frame-Options for older browsers) and no referrer. public/_headers and docs/hosting.md give the same headers
// for other hosts; keep the three in step (scripts/lib/security-headers.test.ts checks that they are).
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';

import { SECURITY_HEADERS } from './lib/security-headers.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dir = path.resolve(arg('dir', 'out'));
const port = Number(arg('port', process.env.PORT ?? '3000'));
const host = arg('host', '127.0.0.1');

const server = http.createServer((req, res) => {
  // A folder address (/en/) is its index.html, as on static hosts; the file itself stays reachable too.
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.endsWith('/')) req.url = `${url.pathname}index.html${url.search}`;
  return handler(req, res, {
    public: dir,
    cleanUrls: false,
    trailingSlash: true,
    directoryListing: false,
    etag: true,
    headers: [
      { source: 'sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      { source: '**/*.html', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      {
        source: '_next/static/**',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        source: '**',
        headers: SECURITY_HEADERS,
      },
    ],
  });
});

server.listen(port, host, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), dir) || '.'} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
  );
});
