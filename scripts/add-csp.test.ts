import crypto from 'node:crypto';
import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { addCsp, GUARD_SCRIPT, policyFor } from './add-csp.mjs';

describe('the Content-Security-Policy written into each page', () => {
  it('allows each inline script by its SHA-256 and nothing else inline', () => {
    const inline = 'self.__next_f.push([1,"x"])';
    const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>${inline}</script><script src="/_next/a.js"></script></head><body></body></html>`;
    const { html, inline: count } = addCsp(page);
    const hash = crypto.createHash('sha256').update(inline).digest('base64');
    expect(count).toBe(2);
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

/** Runs the page guard as the browser would, in a window that is (or is not) the top one. */
function runGuard(options: { framed: boolean; trustedTypes: boolean }) {
  const location = { href: 'https://app.example/en/check/', origin: 'https://app.example' };
  const policies: { name: string; rules: { createScriptURL?: (url: string) => string | null } }[] = [];
  const calls: string[] = [];
  const style: Record<string, string> = {};
  const top = {};
  const window: Record<string, unknown> = {
    location,
    stop: () => calls.push('stop'),
    trustedTypes: options.trustedTypes
      ? {
          createPolicy: (name: string, rules: (typeof policies)[number]['rules']) => {
            policies.push({ name, rules });
            return {};
          },
        }
      : undefined,
  };
  window.self = window;
  window.top = options.framed ? top : window;
  const result: unknown = vm.runInNewContext(GUARD_SCRIPT, {
    window,
    document: { documentElement: { style } },
    URL,
    String,
  });
  return { result, policies, calls, style };
}

describe('the page guard, the first script of every page', () => {
  it('comes first, right after the policy, and is allowed by its hash', () => {
    const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js"></script></head></html>`;
    const { html } = addCsp(page);
    const guardHash = crypto.createHash('sha256').update(GUARD_SCRIPT).digest('base64');
    expect(html).toContain(`'sha256-${guardHash}'`);
    const firstScript = html.match(/<script[^>]*>([\s\S]*?)<\/script>/);
    expect(firstScript?.[1]).toBe(GUARD_SCRIPT);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf(GUARD_SCRIPT));
  });

  it('in another page’s frame, hides the page and stops it loading before any of the app runs', () => {
    const { result, calls, style, policies } = runGuard({ framed: true, trustedTypes: true });
    expect(result).toBe('framed');
    expect(calls).toEqual(['stop']);
    expect(style.display).toBe('none');
    expect(policies).toEqual([]);
  });

  it('as the top window, renders and creates the one Trusted Types policy the CSP allows', () => {
    const { result, calls, style, policies } = runGuard({ framed: false, trustedTypes: true });
    expect(result).toBe('guarded');
    expect(calls).toEqual([]);
    expect(style.display).toBeUndefined();
    expect(policies.map((p) => p.name)).toEqual(['default']);
    expect(policyFor([])).toContain("require-trusted-types-for 'script'");
    expect(policyFor([])).toMatch(/(^|; )trusted-types default(;|$)/);
  });

  it('lets only the app’s own script files reach a script-URL sink, and no HTML or script text at all', () => {
    const { policies } = runGuard({ framed: false, trustedTypes: true });
    const rules = policies[0]?.rules ?? {};
    expect(Object.keys(rules)).toEqual(['createScriptURL']);
    const allow = (url: string) => rules.createScriptURL?.(url) ?? null;
    for (const own of [
      '/_next/static/chunks/341n_3yw6nr9_.js',
      'https://app.example/_next/static/chunks/a.js',
      '/sw.js',
      'blob:https://app.example/5b1c0f5e-8d3c-4f0e-9d59-1f1b1b1b1b1b',
    ])
      expect(allow(own)).toBe(own);
    for (const foreign of [
      'https://evil.example/_next/static/chunks/a.js',
      '//evil.example/sw.js',
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
      'blob:https://evil.example/5b1c0f5e',
      '/en/check/',
      '/uploads/sw.js',
      '/_next/data/x.js',
    ])
      expect(allow(foreign)).toBeNull();
  });

  it('still lets the page render where the browser has no Trusted Types', () => {
    const { result, calls } = runGuard({ framed: false, trustedTypes: false });
    expect(result).toBe('no-trusted-types');
    expect(calls).toEqual([]);
  });
});
