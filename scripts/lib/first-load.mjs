// Measures, from the static export in out/, the JavaScript each page loads before it is interactive: every
// <script src> in the page's HTML (Next.js puts all of a route's initial chunks there), raw and gzip bytes.
// Scripts marked `noModule` (Next's legacy polyfills) are not counted: browsers with ES modules never fetch them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The budget per route, in gzip bytes (issue 2: 230 KB; issue 12: 200 KB). */
export const FIRST_LOAD_BUDGET_GZIP = 200 * 1024;

/** Lists the HTML pages of the export as routes ("/", "/en/", ...), skipping the 404 pages. */
export function listRoutes(outDir) {
  const routes = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === '_next' || entry.name === '_not-found' || entry.name === '404') continue;
        walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(outDir, path.dirname(full)).split(path.sep).join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(outDir);
  return routes.sort();
}

/** The scripts one page loads at start, with their raw and gzip sizes. */
export function measureRoute(outDir, route) {
  const html = fs.readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const loaded = tags.filter((tag) => !/\snoModule(=|\s|>)/i.test(tag));
  const srcs = [
    ...new Set(loaded.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src) => src !== undefined)),
  ];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const file = path.join(outDir, decodeURIComponent(src.split('?')[0]));
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { route, scripts: srcs.length, raw, gzip };
}

/** Measures every route of the export. */
export function measureAll(outDir) {
  return listRoutes(outDir).map((route) => measureRoute(outDir, route));
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
