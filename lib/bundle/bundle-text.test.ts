import { describe, expect, it } from 'vitest';

import { createI18n } from '@/lib/i18n/create-i18n';
import { LOCALES } from '@/lib/i18n/config';
import { RESOURCES as EN } from '@/locales/en';
import { RESOURCES as ES } from '@/locales/es';
import { RESOURCES as PT } from '@/locales/pt';

import { BUNDLE_PROBLEMS } from './bundle-format';
import { describeBundleRefusal, shownName } from './bundle-text';

const RESOURCES = { en: EN, es: ES, pt: PT };

describe('the words for a refused bundle', () => {
  it.each(LOCALES)(
    '%s: every refusal code has its own plain words, with no key or placeholder left',
    (locale) => {
      const i18n = createI18n(locale, RESOURCES[locale]);
      const t = i18n.t.bind(i18n) as (key: string, values?: Record<string, unknown>) => string;
      const texts = BUNDLE_PROBLEMS.map((code) =>
        describeBundleRefusal(t, {
          kind: 'bundle',
          code,
          mismatches: [{ path: 'evidence/ev_1/chat.png', expected: null, actual: null }],
        }),
      );
      for (const [index, text] of texts.entries()) {
        expect(text, BUNDLE_PROBLEMS[index]).not.toMatch(/problems\.|{{|}}|undefined/);
        expect(text.length).toBeGreaterThan(10);
      }
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts[BUNDLE_PROBLEMS.indexOf('evidence_mismatch')]).toContain('chat.png');
      expect(texts[BUNDLE_PROBLEMS.indexOf('bundle_too_large')]).toContain('256');
    },
  );

  it('describes a case file problem inside a bundle the way a JSON import does', () => {
    const i18n = createI18n('en', EN);
    const t = i18n.t.bind(i18n) as (key: string, values?: Record<string, unknown>) => string;
    const text = describeBundleRefusal(t, {
      kind: 'case_file',
      error: { path: 'schemaVersion', code: 'newer_version', values: { version: 9, newest: 3 } },
    });
    expect(text).toMatch(/newer version of the app/);
  });

  it('shows an evidence file by its own name', () => {
    expect(shownName('evidence/ev_1/chat screenshot.png')).toBe('chat screenshot.png');
    expect(shownName('case.json')).toBe('case.json');
  });
});
