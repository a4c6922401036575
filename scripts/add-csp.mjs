// Writes a Content-Security-Policy into every page of the static export, before the service worker precaches them.
// Inline scripts (Next's page data, our language and quick-exit guards) are allowed by their SHA-256 only; scripts,
// styles, fonts, images, workers and fetches come from the app's own origin; nothing may be framed, posted or
// embedded. A host that can send headers should also send `frame-ancestors 'none'`, which a <meta> cannot carry.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('out');

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
  ].join('; ');
}

/** Adds the policy to one HTML document; returns the new document and how many inline scripts it allows. */
export function addCsp(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1] === '') continue;
    hashes.push(crypto.createHash('sha256').update(m[1], 'utf8').digest('base64'));
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor([...new Set(hashes)])}"/>`;
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('page already has a policy');
  // Right after the charset (which must come within the first 1,024 bytes) and before any script.
  const charset = html.match(/<meta charSet="utf-8"\/>/i);
  const withMeta = charset
    ? html.replace(charset[0], `${charset[0]}${meta}`)
    : html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
  if (withMeta.indexOf(meta) > withMeta.search(/<script/))
    throw new Error('a script comes before the policy');
  if (withMeta === html) throw new Error('page has no <head>');
  return { html: withMeta, inline: hashes.length };
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
