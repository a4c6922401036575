// Writes a Content-Security-Policy into every page of the static export, before the service worker precaches them.
// Inline scripts (Next's page data, our language and quick-exit guards) are allowed by their SHA-256 only; scripts,
// styles, fonts, images, workers and fetches come from the app's own origin; nothing may be framed, posted or
// embedded. Trusted Types are required: no string reaches a script, HTML or script-URL sink unless the page guard's
// `default` policy lets it through, and that policy only lets through the app's own script files.
// A host that can send headers should also send `frame-ancestors 'none'`, which a <meta> cannot carry (see
// docs/hosting.md and public/_headers); the page guard refuses to render in a frame where no header does.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('out');

/**
 * The first script of every page, before anything else runs. Written as a real function (tested in
 * add-csp.test.ts) and inlined as its source text, allowed by its hash like the other inline scripts.
 * 1. In a frame (the page is not the top window), the page refuses to render: it hides itself and stops loading,
 *    so none of the app's scripts ever run there. This is the fallback for hosts that cannot send
 *    `frame-ancestors 'none'`.
 * 2. Otherwise it creates the only Trusted Types policy the page may have, `default`. Next.js (Turbopack's chunk
 *    loader), workbox-window (the service worker's registration) and the evidence hashing worker pass plain
 *    strings to script-URL sinks; the policy accepts those only when they are the app's own files (under
 *    /_next/static/, the service worker /sw.js, or a blob: URL made by this origin) and refuses everything else.
 *    It has no createHTML and no createScript, so any string reaching innerHTML, document.write, eval-like
 *    sinks or an inline script's text is refused.
 */
export function pageGuard() {
  if (window.self !== window.top) {
    document.documentElement.style.display = 'none';
    window.stop();
    return 'framed';
  }
  var tt = window.trustedTypes;
  if (!tt || !tt.createPolicy) return 'no-trusted-types';
  tt.createPolicy('default', {
    createScriptURL: function (url) {
      var u = new URL(String(url), window.location.href);
      if (u.origin !== window.location.origin) return null;
      if (u.protocol === 'blob:') return String(url);
      if (u.pathname === '/sw.js' || u.pathname.indexOf('/_next/static/') === 0) return String(url);
      return null;
    },
  });
  return 'guarded';
}

/** The guard as the inline script written first into every page's <head>. */
export const GUARD_SCRIPT = `(${pageGuard.toString()})();`;

/** The policy for one page, given the hashes of its inline scripts. */
export function policyFor(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
}

/** Adds the policy to one HTML document; returns the new document and how many inline scripts it allows. */
export function addCsp(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('page already has a policy');
  if (html.includes(GUARD_SCRIPT)) throw new Error('page already has the guard');
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1] === '') continue;
    hashes.push(crypto.createHash('sha256').update(m[1], 'utf8').digest('base64'));
  }
  const guardHash = crypto.createHash('sha256').update(GUARD_SCRIPT, 'utf8').digest('base64');
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${policyFor([guardHash, ...new Set(hashes)])}"/>` +
    `<script>${GUARD_SCRIPT}</script>`;
  // Right after the charset (which must come within the first 1,024 bytes) and before any script.
  const charset = html.match(/<meta charSet="utf-8"\/>/i);
  const withMeta = charset
    ? html.replace(charset[0], `${charset[0]}${meta}`)
    : html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
  if (withMeta.indexOf(meta) > withMeta.search(/<script/))
    throw new Error('a script comes before the policy');
  if (withMeta === html) throw new Error('page has no <head>');
  return { html: withMeta, inline: hashes.length + 1 };
}

function listHtml(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listHtml(full) : e.name.endsWith('.html') ? [full] : [];
  });
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const pages = listHtml(OUT);
  let inline = 0;
  for (const file of pages) {
    const result = addCsp(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, result.html);
    inline += result.inline;
  }
  console.log(
    `Content-Security-Policy added to ${pages.length} pages (${inline} inline scripts allowed by hash).`,
  );
}
