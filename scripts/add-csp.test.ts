import crypto from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { addCsp, policyFor } from './add-csp.mjs';

describe('the Content-Security-Policy written into each page', () => {
  it('allows each inline script by its SHA-256 and nothing else inline', () => {
    const inline = 'self.__next_f.push([1,"x"])';
    const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>${inline}</script><script src="/_next/a.js"></script></head><body></body></html>`;
    const { html, inline: count } = addCsp(page);
    const hash = crypto.createHash('sha256').update(inline).digest('base64');
    expect(count).toBe(1);
    expect(html).toContain(`'sha256-${hash}'`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('charSet')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });

  it('keeps everything on the app’s own origin and forbids plugins, base changes and form posts', () => {
    const policy = policyFor([]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
