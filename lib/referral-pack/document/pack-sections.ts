/**
 * The narrative sections of the referral pack: the summary in the person's own words with the structured facts,
 * urgency and steps taken, the offences, the rights, what support is wanted, the timeline and the disclaimer.
 * Each builder takes the (already redacted) case and returns blocks in one language.
 */
import type { Case } from '../../case/schema';
import type { Locale } from '../../i18n/config';
import { getAnswer } from '../../questionnaire/answers';
import { describeAnswer } from '../../questionnaire/answer-text';
import { getVisibleQuestions, getVisibleSteps } from '../../questionnaire/navigation';
import type { Question } from '../../questionnaire/types';
import type { ReferralSelection } from '../../referrals/select';
import type { Assessment } from '../../triage/types';
import type { PackBlock, PackField } from './document';
import {
  formatCaseDate,
  formatPaymentAmount,
  getSensitiveQuestionIds,
  parseCaseDate,
  type PackTranslate,
} from './pack-format';

/** Everything a section builder reads. `caseData` is already redacted when sensitive details are left out. */
export type PackContext = {
  caseData: Case;
  assessment: Assessment;
  selection: ReferralSelection;
  lang: Locale;
  t: PackTranslate;
  includeSensitive: boolean;
  /** Include the volunteer's follow-up notes (issue 14: they stay out unless chosen). */
  includeVolunteerNotes?: boolean;
  timeZone?: string;
};

const SUMMARY_SKIPPED_KINDS = new Set(['records', 'account']);
const SUMMARY_SKIPPED_IDS = new Set(['support_wanted']);

/** How an answer reads in the pack: option texts, a date, a country's name, or the text as typed. */
export function formatAnswer(question: Question, ctx: PackContext): string | null {
  return describeAnswer(question, getAnswer(ctx.caseData, question.id), {
    t: (key) => ctx.t(key),
    locale: ctx.lang,
    formatDate: (value) => formatCaseDate(value, ctx.lang, ctx.timeZone),
  });
}

/** The person's own account, what happened, and every answer given (sensitive ones only when included). */
export function buildSummaryBlocks(ctx: PackContext): PackBlock[] {
  const { t, caseData, assessment } = ctx;
  const blocks: PackBlock[] = [{ kind: 'subheading', text: t('pack:summary.own_words') }];
  const account = caseData.account.trim();
  blocks.push(
    account === ''
      ? { kind: 'paragraph', text: t('pack:summary.no_account'), style: 'small' }
      : { kind: 'paragraph', text: account, style: 'quote' },
  );
  if (assessment.incidentTypes.length > 0) {
    blocks.push({ kind: 'subheading', text: t('pack:summary.incident_types') });
    blocks.push({
      kind: 'list',
      items: assessment.incidentTypes.map((type) => t(`assessment:incident_types.${type}`)),
    });
  }
  blocks.push({ kind: 'subheading', text: t('pack:summary.facts') });
  blocks.push({ kind: 'fields', items: listAnsweredFacts(ctx) });
  if (!ctx.includeSensitive)
    blocks.push({ kind: 'paragraph', text: t('pack:summary.sensitive_left_out'), style: 'small' });
  return blocks;
}

function listAnsweredFacts(ctx: PackContext): PackField[] {
  const sensitive = getSensitiveQuestionIds();
  const items: PackField[] = [];
  for (const stepId of getVisibleSteps(ctx.caseData)) {
    for (const question of getVisibleQuestions(ctx.caseData, stepId)) {
      if (SUMMARY_SKIPPED_KINDS.has(question.kind) || SUMMARY_SKIPPED_IDS.has(question.id)) continue;
      if (!ctx.includeSensitive && sensitive.has(question.id)) continue;
      const value = formatAnswer(question, ctx);
      if (value !== null) items.push({ label: ctx.t(`questionnaire:questions.${question.id}.label`), value });
    }
  }
  return items;
}

/** The urgency level, the steps already taken and the steps still to take, with their deadlines. */
export function buildUrgencyBlocks(ctx: PackContext): PackBlock[] {
  const { t, assessment } = ctx;
  const level = assessment.urgency.level;
  const done = assessment.actions.filter((a) => a.doneAt !== null);
  const pending = assessment.actions.filter((a) => a.doneAt === null);
  const actionLine = (a: Assessment['actions'][number]) => {
    const title = t(`assessment:actions.${a.id}.title`, { context: a.variant });
    if (a.doneAt !== null)
      return t('pack:urgency.done_on', {
        action: title,
        date: formatCaseDate(a.doneAt, ctx.lang, ctx.timeZone),
      });
    return a.deadline === null ? title : `${title}: ${t(`assessment:deadlines.${a.deadline}`)}`;
  };
  const blocks: PackBlock[] = [
    { kind: 'paragraph', style: 'strong', text: t(`assessment:urgency.${level}.title`) },
    { kind: 'subheading', text: t('pack:urgency.steps_taken') },
  ];
  const reported = ctx.caseData.reportsMade.length;
  if (done.length === 0 && reported === 0)
    blocks.push({ kind: 'paragraph', text: t('pack:urgency.none_done'), style: 'small' });
  if (done.length > 0) blocks.push({ kind: 'list', items: done.map(actionLine) });
  if (reported > 0)
    blocks.push({ kind: 'paragraph', text: t('pack:urgency.reports_count', { count: reported }) });
  if (pending.length > 0) {
    blocks.push({ kind: 'subheading', text: t('pack:urgency.steps_pending') });
    blocks.push({ kind: 'list', items: pending.map(actionLine) });
  }
  return blocks;
}

/** Each offence with its UN Convention article, the Budapest equivalent, a plain explanation and the facts. */
export function buildOffenceBlocks(ctx: PackContext): PackBlock[] {
  const { t, assessment } = ctx;
  const blocks: PackBlock[] = [{ kind: 'paragraph', text: t('pack:offences.intro') }];
  if (assessment.offences.length === 0)
    blocks.push({ kind: 'paragraph', text: t('pack:offences.none'), style: 'small' });
  for (const offence of assessment.offences) {
    const number = offence.article.replace('unc_', '');
    blocks.push({
      kind: 'subheading',
      text: `${t('assessment:labels.article', { number })} · ${t(`assessment:offences.${offence.article}.title`)}`,
    });
    blocks.push({ kind: 'paragraph', text: t(`assessment:offences.${offence.article}.explanation`) });
    const items: PackField[] = [
      {
        label: t('assessment:labels.budapest_equivalent'),
        value: offence.budapest
          ? t(`assessment:budapest.${offence.budapest}`)
          : t('assessment:labels.no_budapest_equivalent'),
      },
    ];
    if (offence.facts.length > 0)
      items.push({
        label: t('pack:offences.facts_behind'),
        value: offence.facts.map((f) => t(`assessment:facts.${f}`)).join('; '),
      });
    blocks.push({ kind: 'fields', items });
  }
  for (const note of assessment.notes) {
    blocks.push({ kind: 'subheading', text: t(`assessment:notes.${note.code}.title`) });
    blocks.push({ kind: 'paragraph', text: t(`assessment:notes.${note.code}.text`), style: 'small' });
  }
  return blocks;
}

/** The rights of the person as a victim that apply (Art. 34 and others). */
export function buildRightsBlocks(ctx: PackContext): PackBlock[] {
  const { t, assessment } = ctx;
  return [
    { kind: 'paragraph', text: t('pack:rights.intro') },
    ...assessment.rights.flatMap((r): PackBlock[] => [
      { kind: 'subheading', text: t(`assessment:rights.${r.id}.title`) },
      { kind: 'paragraph', text: t(`assessment:rights.${r.id}.text`) },
    ]),
  ];
}

/** The support the person would like (the `support_wanted` answer). */
export function buildSupportBlocks(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  const wanted = getAnswer(ctx.caseData, 'support_wanted');
  const items = Array.isArray(wanted)
    ? wanted.map((o) => t(`questionnaire:questions.support_wanted.options.${o}`))
    : [];
  return [
    { kind: 'paragraph', text: t('pack:support.intro') },
    items.length > 0
      ? { kind: 'list', items }
      : { kind: 'paragraph', text: t('pack:support.none'), style: 'small' },
  ];
}

type TimelineEvent = { at: string | null; text: string };

/** Payments, first and last contact, evidence and reports, in date order; undated events last. */
export function buildTimelineBlocks(ctx: PackContext): PackBlock[] {
  const { t, caseData, lang } = ctx;
  const events: TimelineEvent[] = [];
  const first = getAnswer(caseData, 'first_contact_date');
  const last = getAnswer(caseData, 'last_contact_date');
  if (typeof first === 'string' && parseCaseDate(first))
    events.push({ at: first, text: t('pack:timeline.first_contact') });
  if (typeof last === 'string' && parseCaseDate(last))
    events.push({ at: last, text: t('pack:timeline.last_contact') });
  for (const p of caseData.payments) {
    const method = p.method === null ? '' : t(`questionnaire:records.options.payment_methods.${p.method}`);
    events.push({
      at: p.paidAt,
      text: t('pack:timeline.payment', { amount: formatPaymentAmount(p, lang), method }).trim(),
    });
  }
  for (const e of caseData.evidence)
    events.push({
      at: e.madeAt,
      text: t('pack:timeline.evidence', {
        name: e.fileName ?? t(`questionnaire:records.options.evidence_kinds.${e.kind}`),
      }),
    });
  for (const r of caseData.reportsMade)
    events.push({
      at: r.date,
      text: t('pack:timeline.report', {
        organisation: r.organisation ?? t(`questionnaire:records.options.report_kinds.${r.kind}`),
        reference: r.reference ?? '—',
      }),
    });
  const sorted = sortTimeline(events);
  return [
    {
      kind: 'table',
      columns: [
        { header: t('pack:timeline.date'), weight: 2 },
        { header: t('pack:timeline.event'), weight: 6 },
      ],
      rows: sorted.map((e) => [
        e.at === null ? t('pack:timeline.undated') : formatCaseDate(e.at, lang, ctx.timeZone),
        e.text,
      ]),
      emptyText: t('pack:timeline.empty'),
    },
  ];
}

function sortTimeline(events: TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((e, index) => ({
    e,
    index,
    instant: e.at ? parseCaseDate(e.at)?.instant : undefined,
  }));
  keyed.sort((a, b) => {
    if (a.instant === undefined || b.instant === undefined)
      return (a.instant === undefined ? 1 : 0) - (b.instant === undefined ? 1 : 0) || a.index - b.index;
    return a.instant - b.instant || a.index - b.index;
  });
  return keyed.map((k) => k.e);
}

/** The statement that the mapping is informative, the Convention's status, and that national law applies. */
export function buildDisclaimerBlocks(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  return [
    { kind: 'paragraph', text: t('pack:disclaimer.not_legal_advice') },
    { kind: 'paragraph', text: t('pack:disclaimer.convention_status') },
    { kind: 'paragraph', text: t('pack:disclaimer.national_law') },
    { kind: 'paragraph', text: t('assessment:labels.titles_caveat'), style: 'small' },
    { kind: 'paragraph', text: t('pack:disclaimer.made_on_device'), style: 'small' },
  ];
}
