// Synthetic pack documents for tests and the bench: a plausible case of any size, no real person's data.
import { PRODUCT_SIGNATURE } from '../../product';
import type { PackDocument, PackSection } from '../document/document';

export type SampleSize = { payments: number; identifiers: number; evidence: number };

const CURRENCIES = ['EUR', 'USD', 'BRL'] as const;

/** Hex digits that look like a SHA-256, different for each seed. */
export function fakeSha256(seed: number): string {
  let hex = '';
  let state = (seed + 1) * 2654435761;
  while (hex.length < 64) {
    state = (state * 1103515245 + 12345) % 2147483648;
    hex += state.toString(16).padStart(8, '0').slice(-8);
  }
  return hex.slice(0, 64);
}

/** Builds a pack document with the given numbers of payments, identifiers and evidence items. */
export function buildSampleDocument(size: SampleSize, manifestSha256 = fakeSha256(999)): PackDocument {
  return {
    lang: 'en',
    title: 'Referral pack',
    subtitle: 'For the police or a reporting centre',
    generatedAt: '2026-03-01T10:15:00.000Z',
    producer: PRODUCT_SIGNATURE,
    cover: [
      { label: 'Case reference', value: 'HB-2026-0042', isMonospace: true },
      { label: 'Generated', value: '1 March 2026, 10:15 UTC' },
      { label: 'Language of this pack', value: 'English' },
      { label: 'App version', value: PRODUCT_SIGNATURE },
      { label: 'SHA-256 of SHA256SUMS', value: manifestSha256, isMonospace: true },
    ],
    coverBlocks: [
      {
        kind: 'paragraph',
        text: 'To whom it may concern: this pack sets out what happened and asks you to act.',
      },
    ],
    footer: 'HB-2026-0042 · Referral pack',
    pageLabel: 'Page {page} of {pages}',
    sections: [
      summarySection(),
      paymentsSection(size.payments),
      identifiersSection(size.identifiers),
      evidenceSection(size.evidence),
    ],
  };
}

function summarySection(): PackSection {
  return {
    id: 'summary',
    heading: 'Summary',
    blocks: [
      {
        kind: 'paragraph',
        style: 'quote',
        text: 'A man who said he worked for my bank called me and told me to move my savings.',
      },
      {
        kind: 'fields',
        items: [
          { label: 'First contact', value: '12 February 2026' },
          { label: 'Channel', value: 'Phone call, then WhatsApp' },
        ],
      },
      { kind: 'subheading', text: 'Offences' },
      {
        kind: 'list',
        items: [
          'Computer-related fraud: UN Convention against Cybercrime, Article 13; Budapest Convention, Article 8',
        ],
      },
    ],
  };
}

function paymentsSection(count: number): PackSection {
  const rows = Array.from({ length: count }, (_, index) => [
    `2026-02-${String((index % 28) + 1).padStart(2, '0')}`,
    `${(index * 37.5 + 10).toFixed(2)}`,
    CURRENCIES[index % CURRENCIES.length] ?? 'EUR',
    index % 2 === 0 ? 'Bank transfer' : 'Card payment',
    `PT50 0002 0123 1234 5678 9015 ${String(index).padStart(3, '0')}`,
  ]);
  const totals = CURRENCIES.map((currency, offset) => {
    const sum = rows
      .filter((_, index) => index % CURRENCIES.length === offset)
      .reduce((s, row) => s + Number(row[1]), 0);
    return ['Total', sum.toFixed(2), currency, '', ''];
  });
  return {
    id: 'payments',
    heading: 'Payments',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'Date', weight: 2 },
          { header: 'Amount', weight: 2, align: 'end' },
          { header: 'Currency', weight: 1.5 },
          { header: 'Method', weight: 2.5 },
          { header: 'Recipient account', weight: 4.5, isMonospace: true },
        ],
        rows,
        totals,
      },
    ],
  };
}

function identifiersSection(count: number): PackSection {
  const kinds = ['Phone number', 'E-mail address', 'Website', 'Crypto wallet'];
  const rows = Array.from({ length: count }, (_, index) => [
    kinds[index % kinds.length] ?? 'Other',
    index % 4 === 3 ? `bc1q${fakeSha256(index).slice(0, 38)}` : `contact-${index}@example.org`,
    'Used to ask for payment',
  ]);
  return {
    id: 'other_party',
    heading: 'The other party',
    blocks: [
      {
        kind: 'table',
        columns: [{ header: 'Kind' }, { header: 'Identifier', isMonospace: true }, { header: 'Note' }],
        rows,
      },
    ],
  };
}

function evidenceSection(count: number): PackSection {
  const rows = Array.from({ length: count }, (_, index) => [
    `evidence/${String(index + 1).padStart(3, '0')}-screenshot-${index}.png`,
    'image/png',
    `${(index * 13) % 900} KB`,
    '2026-02-14 18:02',
    fakeSha256(index),
  ]);
  return {
    id: 'evidence_manifest',
    heading: 'Evidence',
    startsNewPage: true,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'File', weight: 3.2 },
          { header: 'Type', weight: 1.3 },
          { header: 'Size', weight: 1, align: 'end' },
          { header: 'Added', weight: 1.6 },
          { header: 'SHA-256', weight: 3.4, isMonospace: true },
        ],
        rows,
      },
    ],
  };
}
