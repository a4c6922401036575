// The summary at the top of page 1: what happened, when, how much went where, the references and what is
// asked of the reader, read back from the PDF's first page before the cover letter, in every language.
import { beforeAll, describe, expect, it } from 'vitest';

import { PRODUCT_VERSION } from '../../product';
import type { Case } from '../../case/schema';
import { LOCALES, type Locale } from '../../i18n/config';
import { selectReferrals } from '../../referrals/select';
import { assess } from '../../triage/assess';
import { buildPackDocument, type PackPreset } from './build-pack';
import type { PackDocument } from './document';
import type { PackFonts } from '../pdf/fonts';
import { formatAmount, formatCaseDate, maskAccount } from './pack-format';
import { renderPackPdf } from '../pdf/render-pdf';
import { extractPdfText } from '../testing/extract-pdf-text';
import { packTranslators } from '../testing/pack-translator';
import { readPackFonts } from '../testing/read-pack-fonts';
import { SAMPLE_IBAN, SAMPLE_NOW, sampleCase } from '../testing/sample-case';

const bare = (text: string) => text.replace(/\s+/gu, '');

function build(caseData: Case, preset: PackPreset, lang: Locale, secondLang?: Locale): PackDocument {
  const assessment = assess(caseData, { now: SAMPLE_NOW });
  return buildPackDocument({
    caseData,
    assessment,
    selection: selectReferrals(assessment, caseData),
    preset,
    lang,
    secondLang,
    t: packTranslators,
    generatedAt: '2026-03-05T10:15:00.000Z',
    appVersion: PRODUCT_VERSION,
    includeSensitive: false,
    timeZone: 'UTC',
  });
}

function overviewValues(doc: PackDocument): Record<string, string> {
  const [overview] = doc.overview ?? [];
  const [block] = overview?.blocks ?? [];
  if (block?.kind !== 'fields') throw new Error('no overview fields');
  return Object.fromEntries(block.items.map((item) => [item.label, item.value]));
}

let fonts: PackFonts;
beforeAll(async () => {
  fonts = await readPackFonts();
});

describe.each(LOCALES)('the summary on page 1, in %s', (lang) => {
  const t = packTranslators(lang);

  it.each(['bank', 'police'] as const)(
    '%s: says what, when, how much, where, the references and the ask before the letter',
    async (preset) => {
      const doc = build(sampleCase(), preset, lang);
      const { pages } = await extractPdfText(await renderPackPdf(doc, fonts));
      const page = bare(pages[0] ?? '');
      const facts = [
        t('pack:overview.heading'),
        t('assessment:incident_types.romance_scam'),
        formatCaseDate('2026-01-15', lang, 'UTC'),
        formatCaseDate('2026-03-04T18:40', lang, 'UTC'),
        formatAmount(6050.5, 'EUR', lang),
        formatAmount(0.25, 'BTC', lang),
        maskAccount(SAMPLE_IBAN),
        'bc1qexampleexampleexampleexample0wallet',
        'DEN-2026-004417',
        'Invoice 2291',
        t(`pack:overview.asks.${preset}`),
      ];
      for (const fact of facts) expect(page, fact).toContain(bare(fact));
      const greeting = page.indexOf(bare(t(`pack:letters.${preset}.greeting`)));
      expect(greeting).toBeGreaterThan(0);
      expect(page.indexOf(bare(t('pack:overview.heading')))).toBeLessThan(greeting);
      expect(page.indexOf(bare(t(`pack:overview.asks.${preset}`)))).toBeLessThan(greeting);
    },
  );
});

describe('buildOverviewFields', () => {
  const t = packTranslators('en');

  it('falls back to the contact dates and says no payments were recorded', () => {
    const caseData = sampleCase((input) => {
      input.payments = [];
      input.reportsMade = [];
    });
    const values = overviewValues(build(caseData, 'police', 'en'));
    expect(values[t('pack:overview.when')]).toBe(
      `${t('pack:timeline.first_contact')}: Nov 20, 2025\n${t('pack:timeline.last_contact')}: Mar 4, 2026`,
    );
    expect(values[t('pack:overview.how_much')]).toBe(t('pack:overview.no_payments'));
    expect(values[t('pack:overview.reports')]).toBe(t('pack:overview.no_reports'));
    expect(values).not.toHaveProperty(t('pack:overview.where_to'));
  });

  it('lists four receiving accounts and says how many more are in the section', () => {
    const caseData = sampleCase((input) => {
      input.payments = Array.from({ length: 6 }, (_, index) => ({
        id: `p${index}`,
        amount: 100,
        currency: 'EUR',
        recipient: { name: `Mule ${index}`, account: `GB00 TEST 0000 000${index}` },
      }));
    });
    const values = overviewValues(build(caseData, 'bank', 'en'));
    const lines = values[t('pack:overview.where_to')]?.split('\n') ?? [];
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe(t('pack:overview.more', { count: 2, section: t('pack:sections.recipients') }));
  });

  it('repeats the summary in the second language of a bilingual pack', () => {
    const doc = build(sampleCase(), 'bank', 'pt', 'en');
    expect(doc.overview?.map((o) => [o.id, o.lang])).toEqual([
      ['overview', undefined],
      ['overview_en', 'en'],
    ]);
    expect(doc.overview?.[1]?.heading).toBe(t('pack:overview.heading'));
  });
});
