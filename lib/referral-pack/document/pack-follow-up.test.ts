// Following referrals through in the pack (issue 14, point 2): where each referral stands is in every pack that has
// some, and the volunteer's notes stay out of every file of the pack (document, case file, CSV) unless chosen.
import { beforeAll, describe, expect, it } from 'vitest';

import { changeFollowUp } from '../../case/follow-up';
import type { Case } from '../../case/schema';
import type { Locale } from '../../i18n/config';
import { PRODUCT_VERSION } from '../../product';
import { listFollowUpTargets } from '../../referrals/follow-up-targets';
import { selectReferrals } from '../../referrals/select';
import { assess } from '../../triage/assess';
import type { PackFonts } from '../pdf/fonts';
import { renderPackPdf } from '../pdf/render-pdf';
import { extractPdfText } from '../testing/extract-pdf-text';
import { packTranslators } from '../testing/pack-translator';
import { readPackFonts } from '../testing/read-pack-fonts';
import { SAMPLE_NOW, sampleCase } from '../testing/sample-case';
import { buildPackDataFiles, buildPackDocument, PACK_PRESETS, type PackPreset } from './build-pack';

const NOTE = 'Spoke to officer on duty, call back after 3pm';
const REFERENCE = 'ATT-2026-5521';

function followedCase(): Case {
  const base = sampleCase();
  const assessment = assess(base, { now: SAMPLE_NOW });
  const [first] = listFollowUpTargets(base, selectReferrals(assessment, base));
  if (!first) throw new Error('the sample case should have a referral');
  return changeFollowUp(
    base,
    first,
    { status: 'acknowledged', reference: REFERENCE, notes: NOTE },
    '2026-03-05',
  );
}

let fonts: PackFonts;
beforeAll(async () => {
  fonts = await readPackFonts();
});

function pack(caseData: Case, preset: PackPreset, includeVolunteerNotes?: boolean, lang: Locale = 'en') {
  const assessment = assess(caseData, { now: SAMPLE_NOW });
  const doc = buildPackDocument({
    caseData,
    assessment,
    selection: selectReferrals(assessment, caseData),
    preset,
    lang,
    t: packTranslators,
    generatedAt: '2026-03-05T10:15:00.000Z',
    appVersion: PRODUCT_VERSION,
    includeSensitive: true,
    includeVolunteerNotes,
    timeZone: 'UTC',
  });
  const files = buildPackDataFiles({
    caseData,
    assessment,
    includeSensitive: true,
    includeVolunteerNotes,
    t: packTranslators(lang),
  });
  return { document: doc, doc: JSON.stringify(doc), ...files, sections: doc.sections.map((s) => s.id) };
}

describe('referral follow-up in the pack', () => {
  it('leaves the volunteer’s notes out of every file by default, and keeps status and reference', () => {
    for (const preset of PACK_PRESETS) {
      const made = pack(followedCase(), preset);
      expect(made.sections).toContain('follow_up');
      expect(made.doc).toContain(REFERENCE);
      expect(made.doc).toContain('Acknowledged');
      expect(made.doc).not.toContain(NOTE);
      expect(made.caseJson).not.toContain(NOTE);
      expect(made.recordsCsv).not.toContain(NOTE);
      expect(JSON.parse(made.caseJson)).toMatchObject({ followUps: [{ reference: REFERENCE, notes: null }] });
    }
  });

  it('puts the notes in when the volunteer chooses, in the document and the case file', () => {
    const made = pack(followedCase(), 'support', true, 'es');
    expect(made.doc).toContain(NOTE);
    expect(made.doc).toContain('Notas del voluntariado');
    expect(made.caseJson).toContain(NOTE);
  });

  it('prints where each referral stands in the PDF, with the notes only when chosen', async () => {
    const bare = (text: string) => text.replace(/\s+/gu, '');
    const without = await extractPdfText(await renderPackPdf(pack(followedCase(), 'police').document, fonts));
    expect(bare(without.text)).toContain(bare(REFERENCE));
    expect(bare(without.text)).not.toContain(bare(NOTE));
    const withNotes = await extractPdfText(
      await renderPackPdf(pack(followedCase(), 'police', true).document, fonts),
    );
    expect(bare(withNotes.text)).toContain(bare(NOTE));
  });

  it('has no follow-up section when no referral was followed', () => {
    expect(pack(sampleCase(), 'full').sections).not.toContain('follow_up');
  });
});
