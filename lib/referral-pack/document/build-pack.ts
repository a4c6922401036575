/**
 * Builds the referral pack's document (`PackDocument`) from a case, its assessment and the referrals chosen for
 * it: the cover with a short letter for the reader the person chose (police, bank, platform, support service),
 * then the sections that reader needs, in the order they need them, in one language or two (section by section).
 * Pure: text comes in through `t`, the clock through `generatedAt` (STYLE.md 3.8), so tests are deterministic.
 * The same document feeds the print view (HTML) and the PDF, so both always say the same thing.
 */
import { serializeCaseFile } from '../../case/case-file';
import type { Case } from '../../case/schema';
import type { Locale } from '../../i18n/config';
import type { ReferralSelection } from '../../referrals/select';
import type { Assessment } from '../../triage/types';
import type { PackBlock, PackDocument, PackField, PackSection } from './document';
import { buildRecordsCsv } from './pack-csv';
import { buildFollowUpBlocks, listPackFollowUps } from './pack-follow-up';
import { buildLetterBlocks } from './pack-letters';
import { buildOverviewFields } from './pack-overview';
import { formatGeneratedAt, redactCase, toCaseReference, type PackTranslate } from './pack-format';
import {
  buildEvidenceBlocks,
  buildIdentifierBlocks,
  buildOwnContactBlocks,
  buildPaymentsBlocks,
  buildRecipientBlocks,
  buildReferralBlocks,
  buildReportBlocks,
} from './pack-records';
import {
  buildDisclaimerBlocks,
  buildOffenceBlocks,
  buildRightsBlocks,
  buildSummaryBlocks,
  buildSupportBlocks,
  buildTimelineBlocks,
  buildUrgencyBlocks,
  type PackContext,
} from './pack-sections';

export { buildPaymentsCsv, buildRecordsCsv } from './pack-csv';
export type { PackTranslate } from './pack-format';

/** Who the pack is for. */
export const PACK_PRESETS = ['police', 'bank', 'platform', 'support', 'full'] as const;
export type PackPreset = (typeof PACK_PRESETS)[number];

/** Section ids, each with its heading under `pack:sections.<id>`. */
export type PackSectionId =
  | 'summary'
  | 'support'
  | 'urgency'
  | 'offences'
  | 'rights'
  | 'timeline'
  | 'payments'
  | 'recipients'
  | 'identifiers'
  | 'evidence'
  | 'reports'
  | 'own_contacts'
  | 'referrals'
  | 'follow_up'
  | 'disclaimer';

/**
 * Which sections each preset shows, in order: what that reader needs first, then every other record the person
 * kept, so no pack leaves a fact out (payments, the other party, evidence, reports made, their own contacts). Where
 * each referral stands comes just before the disclaimer, and only when some referral was followed. The disclaimer
 * is always last.
 */
export const PRESET_SECTIONS: Record<PackPreset, readonly PackSectionId[]> = {
  police: [
    'summary',
    'urgency',
    'offences',
    'timeline',
    'payments',
    'recipients',
    'identifiers',
    'evidence',
    'reports',
    'own_contacts',
    'rights',
    'referrals',
    'follow_up',
    'disclaimer',
  ],
  bank: [
    'payments',
    'recipients',
    'urgency',
    'reports',
    'summary',
    'timeline',
    'identifiers',
    'evidence',
    'own_contacts',
    'follow_up',
    'disclaimer',
  ],
  platform: [
    'identifiers',
    'evidence',
    'summary',
    'reports',
    'payments',
    'recipients',
    'own_contacts',
    'follow_up',
    'disclaimer',
  ],
  support: [
    'summary',
    'support',
    'urgency',
    'rights',
    'referrals',
    'own_contacts',
    'payments',
    'recipients',
    'identifiers',
    'evidence',
    'reports',
    'follow_up',
    'disclaimer',
  ],
  full: [
    'summary',
    'support',
    'urgency',
    'offences',
    'rights',
    'timeline',
    'payments',
    'recipients',
    'identifiers',
    'evidence',
    'reports',
    'own_contacts',
    'referrals',
    'follow_up',
    'disclaimer',
  ],
};

const SECTION_BUILDERS: Record<PackSectionId, (ctx: PackContext) => PackBlock[]> = {
  summary: buildSummaryBlocks,
  support: buildSupportBlocks,
  urgency: buildUrgencyBlocks,
  offences: buildOffenceBlocks,
  rights: buildRightsBlocks,
  timeline: buildTimelineBlocks,
  payments: buildPaymentsBlocks,
  recipients: buildRecipientBlocks,
  identifiers: buildIdentifierBlocks,
  evidence: buildEvidenceBlocks,
  reports: buildReportBlocks,
  own_contacts: buildOwnContactBlocks,
  referrals: buildReferralBlocks,
  follow_up: buildFollowUpBlocks,
  disclaimer: buildDisclaimerBlocks,
};

export type BuildPackInput = {
  caseData: Case;
  assessment: Assessment;
  selection: ReferralSelection;
  preset: PackPreset;
  lang: Locale;
  /** A bilingual pack: every section again in this language, right after the first. */
  secondLang?: Locale;
  /** A translator for each language (keys with their namespace, e.g. `pack:title`). */
  t: (lang: Locale) => PackTranslate;
  /** ISO 8601; printed on the cover and written into the PDF. */
  generatedAt: string;
  /** The app's version (PRODUCT_VERSION in lib/product.ts). */
  appVersion: string;
  /** Include full account numbers, sensitive answers and intimate-image descriptions. */
  includeSensitive: boolean;
  /** Include the volunteer's follow-up notes on each referral; left out unless chosen. */
  includeVolunteerNotes?: boolean;
  /** SHA-256 of the bundle's SHA256SUMS, printed on the cover when the pack is part of a ZIP. */
  manifestSha256?: string;
  /** IANA time zone for times; the device's when not given. */
  timeZone?: string;
};

/** Builds the pack document for one reader, in one language or two. */
export function buildPackDocument(input: BuildPackInput): PackDocument {
  const caseData = preparePackCase(
    input.caseData,
    input.assessment,
    input.includeSensitive,
    input.includeVolunteerNotes === true,
  );
  const langs =
    input.secondLang !== undefined && input.secondLang !== input.lang
      ? [input.lang, input.secondLang]
      : [input.lang];
  const contexts = langs.map((lang): PackContext => ({
    caseData,
    assessment: input.assessment,
    selection: input.selection,
    lang,
    t: input.t(lang),
    includeSensitive: input.includeSensitive,
    includeVolunteerNotes: input.includeVolunteerNotes === true,
    timeZone: input.timeZone,
  }));
  const [main] = contexts;
  if (main === undefined) throw new Error('no language');
  const ref = toCaseReference(caseData.id);
  const joined = (key: string) => contexts.map((ctx) => ctx.t(key)).join(' / ');
  const appName = main.t('common:app.name');
  return {
    lang: input.lang,
    title: joined('pack:title'),
    subtitle: joined(`pack:presets.${input.preset}.subtitle`),
    generatedAt: input.generatedAt,
    producer: `${appName} ${input.appVersion}`,
    overview: contexts.map((ctx, index): PackSection => ({
      id: index === 0 ? 'overview' : `overview_${ctx.lang}`,
      heading: ctx.t('pack:overview.heading'),
      ...(index > 0 ? { lang: ctx.lang } : {}),
      blocks: [{ kind: 'fields', items: buildOverviewFields(input.preset, ctx) }],
    })),
    cover: buildCover(input, contexts, ref, `${appName} ${input.appVersion}`),
    coverBlocks: contexts.flatMap((ctx, index) => [
      ...(index > 0 ? [{ kind: 'subheading', text: ctx.t(`pack:languages.${ctx.lang}`) } as const] : []),
      ...buildLetterBlocks(input.preset, ctx, ref),
    ]),
    sections: presetSections(input.preset, caseData).flatMap((id) =>
      contexts.map((ctx, index): PackSection => ({
        id: index === 0 ? id : `${id}_${ctx.lang}`,
        heading: ctx.t(`pack:sections.${id}`),
        ...(index > 0 ? { lang: ctx.lang } : {}),
        blocks: SECTION_BUILDERS[id](ctx),
      })),
    ),
    footer: `${ref} · ${main.t('pack:title')}`,
    lostCharactersNotice: joined('pack:lost_characters'),
    pageLabel: main.t('pack:page_label'),
  };
}

/** The sections of a preset for this case: where referrals stand only when some referral was followed. */
function presetSections(preset: PackPreset, caseData: Case): readonly PackSectionId[] {
  const hasFollowUps = listPackFollowUps(caseData).length > 0;
  return PRESET_SECTIONS[preset].filter((id) => id !== 'follow_up' || hasFollowUps);
}

function buildCover(
  input: BuildPackInput,
  contexts: PackContext[],
  ref: string,
  version: string,
): PackField[] {
  const label = (key: string) => contexts.map((ctx) => ctx.t(key)).join(' / ');
  const [main] = contexts;
  const t = main?.t ?? ((key: string) => key);
  const languages = contexts.map((ctx) => t(`pack:languages.${ctx.lang}`)).join(' + ');
  const cover: PackField[] = [
    { label: label('pack:cover.case_reference'), value: ref, isMonospace: true },
    {
      label: label('pack:cover.generated'),
      value: formatGeneratedAt(input.generatedAt, input.lang, input.timeZone),
    },
    { label: label('pack:cover.language'), value: languages },
    { label: label('pack:cover.app_version'), value: version },
  ];
  if (input.manifestSha256 !== undefined)
    cover.push({
      label: label('pack:cover.manifest_sha256'),
      value: input.manifestSha256,
      isMonospace: true,
    });
  return cover;
}

/**
 * The case as every file of the pack shows it: whole when the person includes sensitive details, else redacted;
 * and without the volunteer's follow-up notes unless they chose to include them.
 */
export function preparePackCase(
  caseData: Case,
  assessment: Pick<Assessment, 'incidentTypes'>,
  includeSensitive: boolean,
  includeVolunteerNotes = false,
): Case {
  const shown = includeSensitive ? caseData : redactCase(caseData, assessment.incidentTypes);
  return includeVolunteerNotes
    ? shown
    : { ...shown, followUps: shown.followUps.map((f) => ({ ...f, notes: null })) };
}

/**
 * The pack's data files, from the same case as its PDF: the case file (JSON) and the records (CSV). Both keep
 * every character exactly as typed, including those the PDF fonts cannot draw.
 */
export function buildPackDataFiles(input: {
  caseData: Case;
  assessment: Pick<Assessment, 'incidentTypes'>;
  includeSensitive: boolean;
  includeVolunteerNotes?: boolean;
  t: PackTranslate;
}): { caseJson: string; recordsCsv: string } {
  const shown = preparePackCase(
    input.caseData,
    input.assessment,
    input.includeSensitive,
    input.includeVolunteerNotes === true,
  );
  return { caseJson: serializeCaseFile(shown), recordsCsv: buildRecordsCsv(shown, input.t) };
}

/** The README.txt of the ZIP bundle: what is inside and how to check it with standard tools. */
export function buildPackReadme(t: PackTranslate, ref: string): string {
  const lines = [
    `${t('pack:title')} · ${ref}`,
    '',
    t('pack:readme.contents'),
    '',
    t('pack:readme.verify_intro'),
    '  sha256sum -c SHA256SUMS',
    '  sha256sum -c pack.pdf.sha256',
    t('pack:readme.verify_mac'),
    '  shasum -a 256 -c SHA256SUMS',
    t('pack:readme.verify_windows'),
    '  Get-FileHash -Algorithm SHA256 SHA256SUMS',
    '',
    t('pack:readme.cover_hash'),
    '',
  ];
  return lines.join('\r\n');
}
