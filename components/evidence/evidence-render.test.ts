import fs from 'node:fs';
import path from 'node:path';

import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { createI18n } from '@/lib/i18n/create-i18n';
import { LOCALES, type Locale } from '@/lib/i18n/config';

import { EvidenceFingerprint } from './evidence-fingerprint';
import { EvidencePicker } from './evidence-picker';

// A server render in Node (no DOM here): enough to check the words, the attributes and the hash layout.
function render(locale: Locale, element: ReactElement): string {
  const file = path.resolve(import.meta.dirname, `../../locales/${locale}/evidence.json`);
  const evidence = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const i18n = createI18n(locale, { evidence });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element));
}

const HASH = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('EvidencePicker', () => {
  it.each(LOCALES)('offers a file and a camera choice, with words from locales/%s', (locale) => {
    const html = render(locale, createElement(EvidencePicker, { onAttached: () => undefined }));
    expect(html).not.toContain('picker.');
    expect(html).toContain('accept="image/*,application/pdf,text/plain,.txt,.zip,video/*,audio/*"');
    expect(html).toContain('capture="environment"');
    expect(html.match(/type="file"/g)).toHaveLength(2);
    expect(html).toContain('role="status"');
  });

  it('labels the buttons in English', () => {
    const html = render('en', createElement(EvidencePicker, { onAttached: () => undefined }));
    expect(html).toContain('Choose a file');
    expect(html).toContain('Take a photo');
  });
});

describe('EvidenceFingerprint', () => {
  it.each(LOCALES)('shows the hash in eight groups with its label, in %s', (locale) => {
    const html = render(locale, createElement(EvidenceFingerprint, { sha256: HASH }));
    expect(html).not.toContain('fingerprint.');
    expect(html).toContain('SHA-256');
    expect(html.match(/<span[^>]*>[0-9a-f]{8}<\/span>/g)).toHaveLength(8);
    expect(html.match(/<wbr\/>/g)).toHaveLength(7);
    // Copying the block gives the plain hash: no spaces between the groups in the text.
    expect(html.replace(/<[^>]+>/g, '')).toContain(HASH);
  });

  it('can leave out the explanation', () => {
    const withIt = render('en', createElement(EvidenceFingerprint, { sha256: HASH }));
    const without = render(
      'en',
      createElement(EvidenceFingerprint, { sha256: HASH, showExplanation: false }),
    );
    expect(withIt).toContain('if even one dot changes');
    expect(without).not.toContain('if even one dot changes');
  });
});
