/**
 * The record sections of the referral pack: payments with totals per currency, where the money went, the other
 * party's identifiers, the evidence manifest, reports already made and the referrals with contact details; and
 * the payments as CSV. Builders read the case as given: the caller redacts it first when sensitive details stay out.
 */
import type { Case, Payment } from '../case/schema';
import { formatMoney, totalsByCurrency } from '../case/payment-totals';
import { INTL_LOCALE } from '../i18n/config';
import { countryName } from '../i18n/country-name';
import { getAnswer } from '../questionnaire/answers';
import type { SelectedReferral } from '../referrals/select';
import { toCsv } from './csv';
import type { PackBlock, PackField } from './document';
import {
  formatBytes,
  formatCaseDate,
  formatPaymentAmount,
  isIntimateImageCase,
  type PackTranslate,
} from './pack-format';
import type { PackContext } from './pack-sections';

function describeRecipient(p: Payment, t: PackTranslate): string {
  const r = p.recipient;
  const parts = [r.name, r.bank, r.exchange].filter((v): v is string => v !== null && v !== '');
  if (p.recipientCountry !== null && p.recipientCountry !== 'other') parts.push(p.recipientCountry);
  return parts.join(' · ') || t('pack:common.unknown');
}

/** The payments table with totals per currency, and a note on payments left out of the totals. */
export function buildPaymentsBlocks(ctx: PackContext): PackBlock[] {
  const { t, lang, caseData } = ctx;
  const { totals, incomplete } = totalsByCurrency(caseData.payments);
  const method = (p: Payment) =>
    [
      p.method === null ? '' : t(`questionnaire:records.options.payment_methods.${p.method}`),
      p.scheme === null ? '' : t(`questionnaire:records.options.payment_schemes.${p.scheme}`),
    ]
      .filter(Boolean)
      .join(' · ');
  const blocks: PackBlock[] = [
    {
      kind: 'table',
      columns: [
        { header: t('pack:payments.date'), weight: 2 },
        { header: t('pack:payments.amount'), weight: 2, align: 'end' },
        { header: t('pack:payments.method'), weight: 2 },
        { header: t('pack:payments.recipient'), weight: 3 },
        { header: t('pack:payments.account'), weight: 3, isMonospace: true },
        { header: t('pack:payments.reference'), weight: 2 },
      ],
      rows: caseData.payments.map((p) => [
        formatCaseDate(p.paidAt, lang, ctx.timeZone),
        formatPaymentAmount(p, lang),
        method(p),
        describeRecipient(p, t),
        p.recipient.account ?? p.recipient.walletAddress ?? '',
        [p.reference, p.transactionHash].filter(Boolean).join(' · '),
      ]),
      totals: totals.map((total) => [
        t('pack:payments.total', { currency: total.currency }),
        formatMoney(total.amount, total.currency, INTL_LOCALE[lang]),
        t('pack:payments.total_count', { count: total.count }),
        '',
        '',
        '',
      ]),
      emptyText: t('pack:payments.empty'),
    },
  ];
  if (incomplete > 0)
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: t('pack:payments.incomplete', { count: incomplete }),
    });
  return blocks;
}

/** Where the money went: each receiving account or wallet once, for a recall or freeze request. */
export function buildRecipientBlocks(ctx: PackContext): PackBlock[] {
  const { t, lang } = ctx;
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const p of ctx.caseData.payments) {
    const r = p.recipient;
    const row = [
      r.name ?? '',
      r.bank ?? r.exchange ?? '',
      r.account ?? r.walletAddress ?? '',
      p.recipientCountry === null ? '' : countryName(p.recipientCountry, lang),
    ];
    const key = row.join('\u0000');
    if (row.every((cell) => cell === '') || seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return [
    {
      kind: 'table',
      columns: [
        { header: t('pack:recipients.name'), weight: 3 },
        { header: t('pack:recipients.bank'), weight: 3 },
        { header: t('pack:recipients.account'), weight: 4, isMonospace: true },
        { header: t('pack:recipients.country'), weight: 2 },
      ],
      rows,
      emptyText: t('pack:recipients.empty'),
    },
  ];
}

/** The other party's identifiers and the country they seem to be in. */
export function buildIdentifierBlocks(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  const country = describeOtherPartyCountry(ctx);
  const blocks: PackBlock[] = [];
  if (country !== null)
    blocks.push({ kind: 'fields', items: [{ label: t('pack:identifiers.country'), value: country }] });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('pack:identifiers.kind'), weight: 2 },
      { header: t('pack:identifiers.value'), weight: 4 },
      { header: t('pack:identifiers.platform'), weight: 2 },
      { header: t('pack:identifiers.notes'), weight: 3 },
    ],
    rows: ctx.caseData.identifiers.map((i) => [
      t(`questionnaire:records.options.identifier_kinds.${i.kind}`),
      i.value,
      i.platform ?? '',
      i.notes ?? '',
    ]),
    emptyText: t('pack:identifiers.empty'),
  });
  return blocks;
}

/** The evidence manifest: file name, type, size, date and SHA-256 (and the description unless left out). */
export function buildEvidenceBlocks(ctx: PackContext): PackBlock[] {
  const { t, lang } = ctx;
  const hideDescriptions = !ctx.includeSensitive && isIntimateImageCase(ctx.assessment.incidentTypes);
  const blocks: PackBlock[] = [
    { kind: 'paragraph', text: t('pack:evidence.intro'), style: 'small' },
    {
      kind: 'table',
      columns: [
        { header: t('pack:evidence.file'), weight: 3 },
        { header: t('pack:evidence.type'), weight: 2 },
        { header: t('pack:evidence.size'), weight: 1.6, align: 'end' },
        { header: t('pack:evidence.date'), weight: 1.8 },
        { header: t('pack:evidence.sha256'), weight: 4, isMonospace: true },
      ],
      rows: ctx.caseData.evidence.map((e) => [
        e.fileName ?? t('pack:evidence.no_file'),
        [t(`questionnaire:records.options.evidence_kinds.${e.kind}`), e.mimeType ?? '']
          .filter(Boolean)
          .join(' · '),
        formatBytes(e.sizeBytes, lang),
        formatCaseDate(e.madeAt, lang, ctx.timeZone),
        e.sha256 ?? '',
      ]),
      emptyText: t('pack:evidence.empty'),
    },
  ];
  const described = ctx.caseData.evidence.filter((e) => e.description.trim() !== '');
  if (hideDescriptions)
    blocks.push({ kind: 'paragraph', style: 'small', text: t('pack:evidence.descriptions_left_out') });
  else if (described.length > 0) {
    blocks.push({ kind: 'subheading', text: t('pack:evidence.descriptions') });
    blocks.push({
      kind: 'fields',
      items: described.map((e) => ({
        label: e.fileName ?? t(`questionnaire:records.options.evidence_kinds.${e.kind}`),
        value: e.description,
      })),
    });
  }
  return blocks;
}

/** Reports already made, with their reference numbers. */
export function buildReportBlocks(ctx: PackContext): PackBlock[] {
  const { t, lang } = ctx;
  return [
    {
      kind: 'table',
      columns: [
        { header: t('pack:reports.organisation'), weight: 3 },
        { header: t('pack:reports.date'), weight: 2 },
        { header: t('pack:reports.reference'), weight: 3, isMonospace: true },
        { header: t('pack:reports.notes'), weight: 3 },
      ],
      rows: ctx.caseData.reportsMade.map((r) => [
        [t(`questionnaire:records.options.report_kinds.${r.kind}`), r.organisation ?? '']
          .filter(Boolean)
          .join(': '),
        formatCaseDate(r.date, lang, ctx.timeZone),
        r.reference ?? '',
        r.notes ?? '',
      ]),
      emptyText: t('pack:reports.empty'),
    },
  ];
}

/** The referrals chosen for the case, with contact details. */
export function buildReferralBlocks(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  if (ctx.selection.referrals.length === 0)
    return [{ kind: 'paragraph', text: t('pack:referrals.empty'), style: 'small' }];
  return ctx.selection.referrals.flatMap((selected): PackBlock[] => [
    { kind: 'subheading', text: referralName(selected, ctx) },
    { kind: 'fields', items: referralFields(selected, ctx) },
  ]);
}

function referralName(selected: SelectedReferral, ctx: PackContext): string {
  if (selected.source === 'own') return selected.entry.name;
  const e = selected.entry;
  return e.isGeneric ? ctx.t(`referrals:entries.${e.id}.name`) : (e.nameByLocale?.[ctx.lang] ?? e.name);
}

function referralFields(selected: SelectedReferral, ctx: PackContext): PackField[] {
  const { t } = ctx;
  const items: PackField[] = [
    { label: t('pack:referrals.kind'), value: t(`referrals:kinds.${selected.kind}`) },
  ];
  const phones = selected.entry.phones.map((p) => p.display);
  if (phones.length > 0) items.push({ label: t('pack:referrals.phone'), value: phones.join('\n') });
  if (selected.source === 'own') {
    const url = selected.entry.urlText ?? selected.entry.url;
    if (url !== undefined) items.push({ label: t('pack:referrals.web'), value: url });
    if (selected.entry.notes !== undefined)
      items.push({ label: t('pack:referrals.notes'), value: selected.entry.notes });
    items.push({ label: t('pack:referrals.source'), value: t('pack:referrals.own_contact') });
    return items;
  }
  const e = selected.entry;
  const url = e.reportUrl ?? e.urlByLocale?.[ctx.lang] ?? e.url;
  if (url !== undefined) items.push({ label: t('pack:referrals.web'), value: url });
  const emails = (e.emails ?? []).map((m) => m.address);
  if (emails.length > 0) items.push({ label: t('pack:referrals.email'), value: emails.join('\n') });
  if (selected.needsCheck)
    items.push({ label: t('pack:referrals.note'), value: t('pack:referrals.needs_check') });
  return items;
}

const CSV_COLUMNS = [
  'paid_at',
  'amount',
  'currency',
  'method',
  'scheme',
  'own_bank',
  'recipient_name',
  'recipient_bank',
  'recipient_account',
  'recipient_wallet_address',
  'recipient_exchange',
  'recipient_country',
  'transaction_hash',
  'reference',
  'notes',
] as const;

/**
 * The payments as CSV for a bank clerk's spreadsheet: translated headers, amounts as numbers, dates as written
 * (ISO), method and scheme in words, every text cell guarded against formula injection by `toCsv`.
 * Pass the redacted case when sensitive details stay out.
 */
export function buildPaymentsCsv(caseData: Case, t: PackTranslate): string {
  const headers = CSV_COLUMNS.map((key) => t(`questionnaire:records.payments.fields.${key}.label`));
  const rows = caseData.payments.map((p) => [
    p.paidAt,
    p.amount,
    p.currency,
    p.method === null ? null : t(`questionnaire:records.options.payment_methods.${p.method}`),
    p.scheme === null ? null : t(`questionnaire:records.options.payment_schemes.${p.scheme}`),
    p.ownBank,
    p.recipient.name,
    p.recipient.bank,
    p.recipient.account,
    p.recipient.walletAddress,
    p.recipient.exchange,
    p.recipientCountry,
    p.transactionHash,
    p.reference,
    p.notes,
  ]);
  return toCsv(headers, rows, { bom: true });
}

/** The other party's country, when the person named one. */
function describeOtherPartyCountry(ctx: PackContext): string | null {
  const value = getAnswer(ctx.caseData, 'other_party_country');
  if (typeof value !== 'string' || value === '') return null;
  if (value === 'dont_know' || value === 'other')
    return ctx.t(`questionnaire:questions.other_party_country.options.${value}`);
  return countryName(value, ctx.lang);
}
