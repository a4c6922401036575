// The print view (HTML) of a hostile pack: markup, formulas, right-to-left text and emoji come out as text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { PRODUCT_SIGNATURE } from '@/lib/product';
import type { PackDocument } from '@/lib/referral-pack/document/document';

import { PackPreview } from './pack-preview';

const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const FORMULA = '=HYPERLINK("http://evil.example/","x")';
const MIXED = 'שלום مرحبا Αθήνα Москва 中文 😀🇧🇷';

const DOC: PackDocument = {
  lang: 'en',
  title: 'Referral pack',
  subtitle: MARKUP,
  generatedAt: '2026-03-05T10:00:00.000Z',
  producer: PRODUCT_SIGNATURE,
  cover: [{ label: 'Case reference', value: MARKUP, isMonospace: true }],
  coverBlocks: [{ kind: 'paragraph', text: FORMULA }],
  sections: [
    {
      id: 'summary',
      heading: MARKUP,
      lang: 'es',
      blocks: [
        { kind: 'paragraph', style: 'quote', text: `${MARKUP}\n${MIXED}`.repeat(300) },
        { kind: 'list', items: [MARKUP, FORMULA] },
        { kind: 'fields', items: [{ label: MARKUP, value: MIXED }] },
        { kind: 'table', columns: [{ header: MARKUP }], rows: [[FORMULA]], totals: [[MARKUP]] },
        { kind: 'table', columns: [{ header: 'x' }], rows: [], emptyText: 'Nothing recorded.' },
        { kind: 'hashes', items: [{ label: MARKUP, sha256: 'a'.repeat(64) }] },
      ],
    },
  ],
  footer: MARKUP,
  pageLabel: 'Page {page} of {pages}',
  overview: [
    {
      id: 'overview',
      heading: 'At a glance',
      blocks: [{ kind: 'fields', items: [{ label: 'What we ask of you', value: `Recall ${MARKUP}` }] }],
    },
  ],
};

describe('PackPreview', () => {
  it('renders whatever the person typed as text, never as markup', () => {
    const html = renderToStaticMarkup(createElement(PackPreview, { doc: DOC }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/&quot;,&quot;x&quot;)');
    expect(html).toContain(MIXED);
    expect(html).toContain('lang="es"');
    expect(html).toContain('Nothing recorded.');
  });

  it('shows the summary at the top of the cover, before the cover fields and the letter', () => {
    const html = renderToStaticMarkup(createElement(PackPreview, { doc: DOC }));
    const summary = html.indexOf('At a glance');
    expect(summary).toBeGreaterThan(0);
    expect(html).toContain('Recall &lt;script&gt;');
    expect(summary).toBeLessThan(html.indexOf('Case reference'));
    expect(summary).toBeLessThan(html.indexOf('=HYPERLINK'));
  });
});
