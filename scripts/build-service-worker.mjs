// Generates the offline service worker over the static export (out/) with workbox-build, then checks that the
// precache holds every file of the export and everything each page asks for. Any file skipped (for size or by a
// pattern) fails the build, because a missing file means a page that breaks offline after the next update.
// Ahead of Workbox it puts one small fetch listener that keeps Web Workers at the address they were started with
// (see keepWorkerAddresses below), or the evidence hashing worker cannot start once the service worker is active.
import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';

const OUT = path.resolve('out');
const SW = 'sw.js';
const MAX_FILE_BYTES = 8 * 1024 * 1024;

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Local URLs a page needs at start: scripts, styles, the manifest, icons, preloads. */
function localAssetsOf(html) {
  const urls = new Set();
  for (const m of html.matchAll(/<(?:script|link|img)\b[^>]*?\s(?:src|href)="([^"]+)"/g)) {
    const url = m[1];
    if (url.startsWith('/') && !url.startsWith('//')) urls.add(decodeURIComponent(url.split(/[?#]/)[0]));
  }
  return [...urls];
}

/**
 * Runs inside the service worker, before Workbox's own fetch listener, so it sees every request first.
 *
 * A worker's address (`self.location`) is the URL of the response its script came from, and a worker's script
 * request goes through the service worker even on a page it does not control yet. A response from the precache
 * carries the URL it was stored under, with no `#params=…` (nor, for a SharedWorker, `?params=…`); that is where
 * Turbopack's worker bootstrap reads the chunks to load, so it stops with "Missing worker bootstrap config". Here
 * whatever Workbox answers for a worker script is handed to the browser as a new Response, which has no URL of its
 * own, so the worker keeps the full address it was started with. Requests Workbox does not answer go to the network
 * unchanged, which keeps the address too.
 */
function keepWorkerAddresses() {
  self.addEventListener('fetch', (event) => {
    const { destination } = event.request;
    if (destination !== 'worker' && destination !== 'sharedworker') return;
    const respondWith = event.respondWith.bind(event);
    event.respondWith = (answer) =>
      respondWith(
        Promise.resolve(answer).then((response) =>
          // Errors and opaque answers have no body to pass on; they stay as they are.
          response.type === 'basic' || response.type === 'default'
            ? new Response(response.body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
              })
            : response,
        ),
      );
  });
}

/** The static host's header file (public/_headers), not part of the app. */
const HOST_HEADERS = '_headers';

export async function buildServiceWorker() {
  if (!fs.existsSync(path.join(OUT, 'index.html')))
    throw new Error('out/ has no index.html: run next build first.');
  // Source maps are not shipped: no page asks for them, and they would only make the app bigger to download.
  for (const f of listFiles(OUT).filter((x) => x.endsWith('.map'))) fs.rmSync(path.join(OUT, f));
  const { count, size, warnings, filePaths } = await generateSW({
    globDirectory: OUT,
    globPatterns: ['**/*'],
    // _headers is read by Netlify and Cloudflare Pages and never served: precaching it would fail the install.
    globIgnores: [SW, 'workbox-*.js', '**/*.map', HOST_HEADERS],
    swDest: path.join(OUT, SW),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // Every file is static: query strings (Next's ?_rsc=…) never change the answer.
    ignoreURLParametersMatching: [/.*/],
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    cacheId: 'app',
  });
  if (warnings.length > 0)
    throw new Error(`Service worker build warnings (treated as errors):\n${warnings.join('\n')}`);

  const swText = `(${keepWorkerAddresses.toString()})();\n${fs.readFileSync(path.join(OUT, SW), 'utf8')}`;
  fs.writeFileSync(path.join(OUT, SW), swText);
  const precached = new Set([...swText.matchAll(/url:"([^"]+)"/g)].map((m) => m[1].replace(/^\//, '')));
  const files = listFiles(OUT).filter(
    (f) => f !== SW && f !== HOST_HEADERS && !filePaths.includes(path.join(OUT, f)),
  );
  const missingFiles = files.filter((f) => !precached.has(f));
  const missingAssets = [];
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    for (const asset of localAssetsOf(fs.readFileSync(path.join(OUT, f), 'utf8'))) {
      const rel = asset.replace(/^\//, '').replace(/\/$/, '/index.html');
      if (!precached.has(rel)) missingAssets.push(`${f} needs ${asset}`);
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.webmanifest'), 'utf8'));
  for (const icon of manifest.icons ?? []) {
    if (!precached.has(icon.src.replace(/^\//, ''))) missingAssets.push(`manifest needs ${icon.src}`);
  }
  if (missingFiles.length || missingAssets.length) {
    throw new Error(
      `The precache is incomplete:\n${[...missingFiles.map((f) => `not precached: ${f}`), ...missingAssets].join('\n')}`,
    );
  }
  return { count, size };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  buildServiceWorker()
    .then(({ count, size }) => {
      console.log(`Service worker: ${count} files precached, ${(size / 1024).toFixed(1)} KB in all.`);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
