// Generates the offline service worker over the static export (out/) with workbox-build, then checks that the
// precache holds every file of the export and everything each page asks for. Any file skipped (for size or by a
// pattern) fails the build, because a missing file means a page that breaks offline after the next update.
// Three kinds of file are left out on purpose, because no page of this app ever asks for them (see notPrecached):
// the two extra copies of the not-found page (`/404/`, `/_not-found/`; `404.html` stays),
// the React Server Component payloads (`*.txt`) that Next writes for client-side navigation, which the app does not
// use (every link and button loads a whole page, and there is no next/link or router), and the `noModule` polyfill
// script that only browsers without ES modules load (those have no service worker anyway).
// Before listing, the PDF pack fonts in out/fonts/ are replaced by their subset (scripts/lib/subset-fonts.mjs).
// Ahead of Workbox it puts one small fetch listener that keeps Web Workers at the address they were started with
// (see keepWorkerAddresses below), or the evidence hashing worker cannot start once the service worker is active.
import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';

import { subsetFontsIn } from './lib/subset-fonts.mjs';

const OUT = path.resolve('out');
const SW = 'sw.js';
const MAX_FILE_BYTES = 8 * 1024 * 1024;

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * Route payloads for client-side navigation (`index.txt`, `__next.<segment>.txt`): three more copies of each page's
 * data (about 110 KB per language for the journey), never requested because the app navigates by whole pages.
 */
const ROUTE_PAYLOAD = /(^|\/)(index|__next\.[^/]*)\.txt$/;

/**
 * Next writes its not-found page three times: `404.html` (what a static host serves for an unknown address) and two
 * copies at addresses no link or person ever opens (`/404/` and the internal `/_not-found/`). Only `404.html` is kept.
 */
const UNVISITED_PAGE_COPY = /^(404|_not-found)\/index\.html$/;

/** Scripts marked `noModule`: loaded only by browsers without ES modules, which have no service worker. */
function noModuleScriptsOf(html) {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\snoModule(=|\s|>)/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter((src) => src !== undefined && src.startsWith('/'))
    .map((src) => decodeURIComponent(src.split(/[?#]/)[0]).replace(/^\//, ''));
}

/** Files of the export that are deliberately not precached (see the header). */
export function notPrecached(files, htmlOf) {
  const noModule = new Set(
    files.filter((f) => f.endsWith('.html')).flatMap((f) => noModuleScriptsOf(htmlOf(f))),
  );
  return files.filter((f) => ROUTE_PAYLOAD.test(f) || UNVISITED_PAGE_COPY.test(f) || noModule.has(f));
}

/** Local URLs a page needs at start: scripts (but not `noModule` ones), styles, the manifest, icons, preloads. */
function localAssetsOf(html) {
  const urls = new Set();
  const noModule = new Set(noModuleScriptsOf(html));
  for (const m of html.matchAll(/<(?:script|link|img)\b[^>]*?\s(?:src|href)="([^"]+)"/g)) {
    const url = m[1];
    if (!url.startsWith('/') || url.startsWith('//')) continue;
    const local = decodeURIComponent(url.split(/[?#]/)[0]);
    if (!noModule.has(local.replace(/^\//, ''))) urls.add(local);
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
  const fonts = await subsetFontsIn(path.join(OUT, 'fonts'));
  const skipped = notPrecached(listFiles(OUT), (f) => fs.readFileSync(path.join(OUT, f), 'utf8'));
  const { count, size, warnings, filePaths } = await generateSW({
    globDirectory: OUT,
    globPatterns: ['**/*'],
    // _headers is read by Netlify and Cloudflare Pages and never served: precaching it would fail the install.
    globIgnores: [SW, 'workbox-*.js', '**/*.map', HOST_HEADERS, ...skipped],
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
    (f) => f !== SW && f !== HOST_HEADERS && !filePaths.includes(path.join(OUT, f)) && !skipped.includes(f),
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
  return { count, size, fonts, skipped: skipped.length };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  buildServiceWorker()
    .then(({ count, size, fonts, skipped }) => {
      for (const f of fonts) console.log(`Font subset ${f.file}: ${f.before} -> ${f.after} bytes.`);
      console.log(`Service worker: ${count} files precached, ${(size / 1024).toFixed(1)} KB in all.`);
      console.log(
        `Not precached on purpose (route payloads, not-found page copies, noModule scripts): ${skipped} files.`,
      );
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
