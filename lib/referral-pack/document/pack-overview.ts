/**
 * The summary at the top of page 1, for a bank's fraud team or a police officer with half a minute: what happened,
 * when, how much went where, the references to quote and what is asked of the reader. It points to the sections
 * for the detail and holds only what the (already redacted) case says.
 */
import { totalsByCurrency } from '../../case/payment-totals';
import type { Payment } from '../../case/schema';
import { getAnswer } from '../../questionnaire/answers';
import type { PackField } from './document';
import { formatAmount, formatCaseDate, formatCountry, parseCaseDate } from './pack-format';
import type { PackContext } from './pack-sections';

type Preset = 'police' | 'bank' | 'platform' | 'support' | 'full';

/** How many receiving accounts and references the summary lists before it says how many more there are. */
const MAX_LISTED = 4;

/** The summary's facts, as label and value pairs, in one language. */
export function buildOverviewFields(preset: Preset, ctx: PackContext): PackField[] {
  const { t } = ctx;
  const notRecorded = t('pack:overview.not_recorded');
  const items: PackField[] = [
    { label: t('pack:overview.what_happened'), value: describeIncident(ctx) || notRecorded },
    { label: t('pack:overview.when'), value: describeWhen(ctx) || notRecorded },
    { label: t('pack:overview.how_much'), value: describeHowMuch(ctx) },
  ];
  const recipients = listRecipients(ctx);
  if (recipients.length > 0)
    items.push({ label: t('pack:overview.where_to'), value: capList(recipients, 'recipients', ctx) });
  const reports = ctx.caseData.reportsMade.map((r) =>
    [r.organisation ?? t(`questionnaire:records.options.report_kinds.${r.kind}`), r.reference]
      .filter(Boolean)
      .join(': '),
  );
  items.push({
    label: t('pack:overview.reports'),
    value: reports.length > 0 ? capList(reports, 'reports', ctx) : t('pack:overview.no_reports'),
  });
  const references = ctx.caseData.payments.flatMap((p) =>
    [p.reference, p.transactionHash].filter((v): v is string => v !== null && v.trim() !== ''),
  );
  if (references.length > 0)
    items.push({
      label: t('pack:overview.payment_references'),
      value: capList(references, 'payments', ctx),
    });
  items.push({ label: t('pack:overview.ask'), value: t(`pack:overview.asks.${preset}`) });
  return items;
}

function describeIncident(ctx: PackContext): string {
  return ctx.assessment.incidentTypes.map((type) => ctx.t(`assessment:incident_types.${type}`)).join('; ');
}

// The first and last payment, or else the first and last contact with the other party.
function describeWhen(ctx: PackContext): string {
  const { t, lang } = ctx;
  const date = (value: string) => formatCaseDate(value, lang, ctx.timeZone);
  const paid = sortByDate(ctx.caseData.payments.map((p) => p.paidAt));
  const [first] = paid;
  const last = paid.at(-1);
  if (first !== undefined && last !== undefined)
    return first === last
      ? t('pack:overview.when_payment', { date: date(first) })
      : t('pack:overview.when_payments', { first: date(first), last: date(last) });
  const contacts = [
    ['first_contact_date', 'pack:timeline.first_contact'],
    ['last_contact_date', 'pack:timeline.last_contact'],
  ].flatMap(([id = '', key = '']) => {
    const value = getAnswer(ctx.caseData, id);
    return typeof value === 'string' && parseCaseDate(value) ? [`${t(key)}: ${date(value)}`] : [];
  });
  return contacts.join('\n');
}

function sortByDate(values: readonly (string | null)[]): string[] {
  return values
    .flatMap((value) => {
      const instant = value === null ? undefined : parseCaseDate(value)?.instant;
      return value === null || instant === undefined ? [] : [{ value, instant }];
    })
    .sort((a, b) => a.instant - b.instant)
    .map((entry) => entry.value);
}

function describeHowMuch(ctx: PackContext): string {
  const { t, lang } = ctx;
  const { payments } = ctx.caseData;
  if (payments.length === 0) return t('pack:overview.no_payments');
  const { totals, incomplete } = totalsByCurrency(payments);
  const lines = [
    t('pack:overview.payments_count', { count: payments.length }),
    ...totals.map((total) => formatAmount(total.amount, total.currency, lang)),
  ];
  if (incomplete > 0) lines.push(t('pack:payments.incomplete', { count: incomplete }));
  return lines.join('\n');
}

// Each receiving account or wallet once: "name · bank · account · country".
function listRecipients(ctx: PackContext): string[] {
  const seen = new Set<string>();
  for (const p of ctx.caseData.payments) {
    const line = describeRecipient(p, ctx);
    if (line !== '') seen.add(line);
  }
  return [...seen];
}

function describeRecipient(p: Payment, ctx: PackContext): string {
  const r = p.recipient;
  const country = p.recipientCountry === null ? null : formatCountry(p.recipientCountry, ctx.lang, ctx.t);
  return [r.name, r.bank, r.exchange, r.account, r.walletAddress, country]
    .filter((v): v is string => v !== null && v.trim() !== '')
    .join(' · ');
}

// One per line; past MAX_LISTED, "and N more" with the section that has them all.
function capList(values: readonly string[], section: string, ctx: PackContext): string {
  if (values.length <= MAX_LISTED) return values.join('\n');
  return [
    ...values.slice(0, MAX_LISTED),
    ctx.t('pack:overview.more', {
      count: values.length - MAX_LISTED,
      section: ctx.t(`pack:sections.${section}`),
    }),
  ].join('\n');
}
