// The pack built from a realistic case, rendered to PDF in each language for each reader and read back with
// pdf.js: key facts, article numbers, totals, masking and the disclaimer must be in the file itself.
import { beforeAll, describe, expect, it } from 'vitest';

import { PRODUCT_SIGNATURE, PRODUCT_VERSION } from '../../product';
import type { Case } from '../../case/schema';
import { LOCALES, type Locale } from '../../i18n/config';
import { selectReferrals } from '../../referrals/select';
import { assess } from '../../triage/assess';
import type { PackFonts } from '../pdf/fonts';
import {
  buildPackDocument,
  buildPackReadme,
  PACK_PRESETS,
  PRESET_SECTIONS,
  type PackPreset,
} from './build-pack';
import type { PackDocument } from './document';
import { formatAmount, maskAccount } from './pack-format';
import { renderPackPdf } from '../pdf/render-pdf';
import { extractPdfText } from '../testing/extract-pdf-text';
import { readPackFonts } from '../testing/read-pack-fonts';
import { packTranslators } from '../testing/pack-translator';
import {
  SAMPLE_ACCOUNT_TEXT,
  SAMPLE_BANK_ACCOUNT_ID,
  SAMPLE_IBAN,
  SAMPLE_NOW,
  sampleCase,
} from '../testing/sample-case';

const MANIFEST_SHA256 = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);
const GENERATED_AT = '2026-03-05T10:15:00.000Z';

/** Whitespace-insensitive text, so that wrapped lines and non-breaking spaces compare equal. */
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();
// Page footers ("7C1E2D3F · Referral pack Page 2 of 6") sit between the halves of a paragraph split by a page.
const FOOTER = /7C1E2D3F · [^·]*?(Page|Página) \d+ (of|de) \d+ ?/gu;
const withoutFooters = (text: string) => flat(text).replace(FOOTER, '');
const bare = (text: string) => text.replace(/\s+/gu, '');

function build(
  caseData: Case,
  preset: PackPreset,
  lang: Locale,
  options: { includeSensitive?: boolean; secondLang?: Locale } = {},
): PackDocument {
  const assessment = assess(caseData, { now: SAMPLE_NOW });
  return buildPackDocument({
    caseData,
    assessment,
    selection: selectReferrals(assessment, caseData),
    preset,
    lang,
    secondLang: options.secondLang,
    t: packTranslators,
    generatedAt: GENERATED_AT,
    appVersion: PRODUCT_VERSION,
    includeSensitive: options.includeSensitive ?? false,
    manifestSha256: MANIFEST_SHA256,
    timeZone: 'UTC',
  });
}

async function pdfText(doc: PackDocument): Promise<string> {
  const bytes = await renderPackPdf(doc, fonts);
  return (await extractPdfText(bytes)).text;
}

let fonts: PackFonts;
beforeAll(async () => {
  fonts = await readPackFonts();
});

const WITH_PAYMENTS: readonly PackPreset[] = ['police', 'bank', 'full'];
const WITH_IDENTIFIERS: readonly PackPreset[] = ['police', 'platform', 'full'];
const WITH_OFFENCES: readonly PackPreset[] = ['police', 'full'];
const WITH_REPORTS: readonly PackPreset[] = ['police', 'bank', 'platform', 'full'];

describe.each(LOCALES)('the pack in %s, read back from the PDF', (lang) => {
  const t = packTranslators(lang);
  const caseData = sampleCase();

  it.each(PACK_PRESETS)('%s: cover, key facts, articles, totals, masking and disclaimer', async (preset) => {
    const text = await pdfText(build(caseData, preset, lang));
    const flatText = withoutFooters(text);
    const bareText = bare(text);
    // Cover.
    expect(text).toContain('7C1E2D3F');
    expect(bareText).toContain(MANIFEST_SHA256);
    expect(flatText).toContain(flat(t(`pack:presets.${preset}.subtitle`)));
    expect(flatText).toContain(flat(t(`pack:letters.${preset}.greeting`)));
    // The person's own words are in every pack.
    expect(flatText).toContain(flat(SAMPLE_ACCOUNT_TEXT));
    expect(flatText).toContain(flat(t('pack:disclaimer.convention_status')));
    expect(flatText).toContain(flat(t('pack:disclaimer.national_law')));
    // Masked details never appear in full; sensitive answers are left out.
    expect(bareText).not.toContain(bare(SAMPLE_IBAN));
    expect(bareText).not.toContain(bare(SAMPLE_BANK_ACCOUNT_ID));
    expect(flatText).not.toContain(flat(t('questionnaire:questions.data_given.label')));
    expect(flatText).not.toContain(flat(t('questionnaire:questions.data_given.options.id_documents')));

    if (WITH_PAYMENTS.includes(preset)) {
      expect(bareText).toContain(bare(maskAccount(SAMPLE_IBAN)));
      expect(bareText).toContain(bare(formatAmount(6050.5, 'EUR', lang)));
      expect(bareText).toContain(bare(formatAmount(0.25, 'BTC', lang)));
    }
    if (WITH_IDENTIFIERS.includes(preset)) {
      expect(text).toContain('+44 7700 900123');
      expect(bareText).toContain(bare(maskAccount(SAMPLE_BANK_ACCOUNT_ID)));
    }
    if (WITH_OFFENCES.includes(preset)) {
      expect(flatText).toContain(flat(t('assessment:labels.article', { number: 13 })));
      expect(flatText).toContain(flat(t('assessment:offences.unc_13.title')));
      expect(flatText).toContain(flat(t('assessment:labels.budapest_equivalent')));
    }
    if (WITH_REPORTS.includes(preset)) expect(text).toContain('DEN-2026-004417');
    if (preset === 'bank') {
      expect(flatText).toContain(flat(t('pack:letters.bank.freeze')));
      expect(flatText).toContain(flat(t('assessment:deadlines.within_72_hours')));
    }
    if (preset === 'support' || preset === 'full')
      expect(flatText).toContain(flat(t('questionnaire:questions.support_wanted.options.legal_help')));
    if (preset === 'platform') expect(flatText).not.toContain(flat(t('pack:letters.platform.art_34_6')));
  });
});

describe('the pack with sensitive details included', () => {
  it('shows full account numbers and sensitive answers', async () => {
    const t = packTranslators('en');
    const text = await pdfText(build(sampleCase(), 'full', 'en', { includeSensitive: true }));
    expect(bare(text)).toContain(bare(SAMPLE_IBAN));
    expect(bare(text)).toContain(bare(SAMPLE_BANK_ACCOUNT_ID));
    expect(flat(text)).toContain(flat(t('questionnaire:questions.data_given.options.id_documents')));
    expect(flat(text)).not.toContain(flat(t('pack:summary.sensitive_left_out')));
  });
});

describe('a bilingual pack', () => {
  it('repeats each section in the second language, right after the first', async () => {
    const doc = build(sampleCase(), 'bank', 'pt', { secondLang: 'en' });
    expect(doc.sections.map((s) => s.id).slice(0, 4)).toEqual([
      'payments',
      'payments_en',
      'recipients',
      'recipients_en',
    ]);
    expect(doc.sections[1]?.lang).toBe('en');
    const text = withoutFooters(await pdfText(doc));
    const pt = packTranslators('pt');
    const en = packTranslators('en');
    for (const t of [pt, en]) {
      expect(text).toContain(flat(t('pack:sections.payments')));
      expect(text).toContain(flat(t('pack:letters.bank.freeze')));
      expect(text).toContain(flat(t('pack:disclaimer.national_law')));
    }
    expect(text).toContain(`${pt('pack:languages.pt')} + ${pt('pack:languages.en')}`);
  });
});

describe('buildPackDocument', () => {
  it('orders the sections as each preset says (where referrals stand only once one was followed)', () => {
    for (const preset of PACK_PRESETS) {
      const doc = build(sampleCase(), preset, 'en');
      expect(doc.sections.map((s) => s.id)).toEqual(
        PRESET_SECTIONS[preset].filter((id) => id !== 'follow_up'),
      );
      expect(doc.sections.at(-1)?.id).toBe('disclaimer');
    }
  });

  it('prints the manifest hash only when given, and keeps personal data out of the title', () => {
    const caseData = sampleCase();
    const assessment = assess(caseData, { now: SAMPLE_NOW });
    const doc = buildPackDocument({
      caseData,
      assessment,
      selection: selectReferrals(assessment, caseData),
      preset: 'police',
      lang: 'en',
      t: packTranslators,
      generatedAt: GENERATED_AT,
      appVersion: PRODUCT_VERSION,
      includeSensitive: false,
    });
    expect(doc.cover.map((f) => f.label)).not.toContain('SHA-256 of SHA256SUMS');
    expect(doc.title).toBe('Referral pack');
    expect(doc.producer).toBe(PRODUCT_SIGNATURE);
  });

  it('sorts the timeline by date, with undated events last', () => {
    const caseData = sampleCase((input) => {
      input.payments?.push({ id: 'p4', amount: 10, currency: 'EUR' });
    });
    const timeline = build(caseData, 'police', 'en').sections.find((s) => s.id === 'timeline');
    const table = timeline?.blocks[0];
    if (table?.kind !== 'table') throw new Error('no timeline table');
    const dates = table.rows.map((row) => row[0]);
    expect(dates[0]).toBe('Nov 20, 2025');
    expect(dates.at(-1)).toBe('Date not known');
    expect(table.rows.at(-1)?.[1]).toContain('EUR\u00a010.00');
  });

  it('leaves evidence descriptions out of intimate-image cases and cites Art. 34(6) to platforms', () => {
    const caseData = sampleCase((input) => {
      input.answers = {
        ...input.answers,
        incident_types: ['intimate_images_shared'],
        images_shared_already: 'yes',
      };
    });
    const t = packTranslators('en');
    const hidden = JSON.stringify(build(caseData, 'platform', 'en'));
    expect(hidden).not.toContain('Chat where he asks for the transfer');
    expect(hidden).toContain(t('pack:evidence.descriptions_left_out'));
    expect(hidden).toContain('b5a931ccf24cd69896178d09f2c2a2ca60d0b6e7dafe6b27ec2d36bc6c412679');
    expect(hidden).toContain('chat-transfer.png');
    expect(hidden).toContain(t('pack:letters.platform.art_34_6'));
    const shown = JSON.stringify(build(caseData, 'platform', 'en', { includeSensitive: true }));
    expect(shown).toContain('Chat where he asks for the transfer');
  });

  it('lists the deadlines for the bank from the assessment', () => {
    const doc = build(sampleCase(), 'bank', 'en');
    const text = JSON.stringify(doc.coverBlocks);
    expect(text).toContain('Call your bank');
    expect(text).toContain('Within 72 hours');
  });
});

describe('buildPackReadme', () => {
  it('says how to verify the bundle with standard tools', () => {
    const readme = buildPackReadme(packTranslators('es'), '7C1E2D3F');
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain('Get-FileHash');
    expect(readme).toContain('7C1E2D3F');
  });
});
