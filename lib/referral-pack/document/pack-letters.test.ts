// The bank letter counts the payments in words each language gets right: plurals come from the project's one
// i18next setup (issue #13), so "1 payment" is never "1 payments". The expected phrases are written by hand.
import { describe, expect, it } from 'vitest';

import { PRODUCT_VERSION } from '../../product';
import type { Case } from '../../case/schema';
import type { Locale } from '../../i18n/config';
import { selectReferrals } from '../../referrals/select';
import { assess } from '../../triage/assess';
import { buildPackDocument } from './build-pack';
import { packTranslators } from '../testing/pack-translator';
import { SAMPLE_NOW, sampleCase } from '../testing/sample-case';

const PHRASES: Record<Locale, { one: string; three: string }> = {
  en: { one: '(1 payment recorded)', three: '(3 payments recorded)' },
  es: { one: '(1 pago registrado)', three: '(3 pagos registrados)' },
  pt: { one: '(1 pagamento registrado)', three: '(3 pagamentos registrados)' },
};

function bankLetterText(caseData: Case, lang: Locale): string {
  const assessment = assess(caseData, { now: SAMPLE_NOW });
  const doc = buildPackDocument({
    caseData,
    assessment,
    selection: selectReferrals(assessment, caseData),
    preset: 'bank',
    lang,
    t: packTranslators,
    generatedAt: '2026-03-05T10:15:00.000Z',
    appVersion: PRODUCT_VERSION,
    includeSensitive: false,
    timeZone: 'UTC',
  });
  return JSON.stringify(doc);
}

function withPayments(count: number): Case {
  const base = sampleCase();
  const [first] = base.payments;
  if (!first) throw new Error('the sample case has no payment');
  return {
    ...base,
    payments: Array.from({ length: count }, (_, i) => ({ ...first, id: `p${i + 1}`, amount: 100 + i })),
  };
}

describe.each(Object.keys(PHRASES) as Locale[])('the bank letter in %s', (lang) => {
  it('says "one payment" in the singular and three in the plural', () => {
    const one = bankLetterText(withPayments(1), lang);
    const three = bankLetterText(withPayments(3), lang);
    expect(one).toContain(PHRASES[lang].one);
    expect(one).not.toContain(PHRASES[lang].three);
    expect(three).toContain(PHRASES[lang].three);
  });
});
