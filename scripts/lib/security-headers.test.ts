import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SECURITY_HEADERS } from './security-headers.mjs';

/** The `/*` block of a Netlify / Cloudflare Pages `_headers` file, as header name → value. */
function headersForAllPaths(file: string): Map<string, string> {
  const lines = file.split('\n').filter((l) => !l.startsWith('#'));
  const start = lines.findIndex((l) => l.trim() === '/*');
  const found = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    const colon = line.indexOf(':');
    found.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return found;
}

describe('the security headers, the same for every host', () => {
  it('forbid framing and referrers', () => {
    const byName = new Map(SECURITY_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
    expect(byName.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(byName.get('x-frame-options')).toBe('DENY');
    expect(byName.get('referrer-policy')).toBe('no-referrer');
  });

  it('are all in public/_headers for every path (Netlify, Cloudflare Pages)', () => {
    const found = headersForAllPaths(fs.readFileSync('public/_headers', 'utf8'));
    for (const { key, value } of SECURITY_HEADERS) expect(found.get(key.toLowerCase()), key).toBe(value);
  });

  it('are all in the nginx and Apache lines of docs/hosting.md', () => {
    const doc = fs.readFileSync('docs/hosting.md', 'utf8');
    for (const { key, value } of SECURITY_HEADERS) {
      expect(doc).toContain(`add_header ${key} "${value}" always;`);
      expect(doc).toContain(`Header always set ${key} "${value}"`);
    }
  });
});
