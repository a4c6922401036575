/**
 * The record sections of the referral pack: payments with totals per currency, where the money went, the other
 * party's identifiers, the evidence manifest, reports already made, the person's own contacts and the referrals
 * with contact details. Builders read the case as given: the caller redacts it first when sensitive details stay
 * out.
 */
import type { Payment } from '../../case/schema';
import { totalsByCurrency } from '../../case/payment-totals';
import { countryName } from '../../i18n/country-name';
import { getAnswer } from '../../questionnaire/answers';
import type { SelectedDirectoryReferral } from '../../referrals/select';
import type { PackBlock, PackField } from './document';
import {
  formatAmount,
  formatBytes,
  formatCaseDate,
  formatCountry,
  formatPaymentAmount,
  isIntimateImageCase,
  type PackTranslate,
} from './pack-format';
import type { PackContext } from './pack-sections';

/** The non-empty values, one per line: a cell that holds several facts prints each in full. */
function lines(...values: (string | null | undefined)[]): string {
  return values.filter((v): v is string => v !== null && v !== undefined && v.trim() !== '').join('\n');
}

function describeRecipient(p: Payment, ctx: PackContext): string {
  const r = p.recipient;
  const country = p.recipientCountry === null ? null : formatCountry(p.recipientCountry, ctx.lang, ctx.t);
  return lines(r.name, r.bank, r.exchange, country) || ctx.t('pack:common.unknown');
}

function describeMethod(p: Payment, t: PackTranslate): string {
  const how = [
    p.method === null ? '' : t(`questionnaire:records.options.payment_methods.${p.method}`),
    p.scheme === null ? '' : t(`questionnaire:records.options.payment_schemes.${p.scheme}`),
  ]
    .filter(Boolean)
    .join(' · ');
  return lines(how, p.ownBank === null ? null : t('pack:payments.paid_from', { bank: p.ownBank }));
}

/**
 * The payments table with totals per currency, a note on payments left out of the totals, and each payment's
 * notes in full after the table. Every field of a payment is printed: account and wallet, bank and exchange,
 * reference and transaction hash each on their own line.
 */
export function buildPaymentsBlocks(ctx: PackContext): PackBlock[] {
  const { t, lang, caseData } = ctx;
  const { totals, incomplete } = totalsByCurrency(caseData.payments);
  const blocks: PackBlock[] = [
    {
      kind: 'table',
      columns: [
        { header: t('pack:payments.date'), weight: 2 },
        { header: t('pack:payments.amount'), weight: 2, align: 'end' },
        { header: t('pack:payments.method'), weight: 2.2 },
        { header: t('pack:payments.recipient'), weight: 3 },
        { header: t('pack:payments.account'), weight: 3.2, isMonospace: true },
        { header: t('pack:payments.reference'), weight: 2.6 },
      ],
      rows: caseData.payments.map((p) => [
        formatCaseDate(p.paidAt, lang, ctx.timeZone),
        formatPaymentAmount(p, lang),
        describeMethod(p, t),
        describeRecipient(p, ctx),
        lines(p.recipient.account, p.recipient.walletAddress),
        lines(p.reference, p.transactionHash),
      ]),
      totals: totals.map((total) => [
        t('pack:payments.total', { currency: total.currency }),
        formatAmount(total.amount, total.currency, lang),
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
  const noted = caseData.payments.flatMap((p, index) =>
    p.notes === null || p.notes.trim() === '' ? [] : [{ p, index, notes: p.notes }],
  );
  if (noted.length > 0) {
    blocks.push({ kind: 'subheading', text: t('pack:payments.notes') });
    blocks.push({
      kind: 'fields',
      items: noted.map(({ p, index, notes }) => ({
        label:
          [formatCaseDate(p.paidAt, lang, ctx.timeZone), formatPaymentAmount(p, lang)]
            .filter(Boolean)
            .join(' · ') || t('pack:payments.payment_number', { number: index + 1 }),
        value: notes,
      })),
    });
  }
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
      lines(r.bank, r.exchange),
      lines(r.account, r.walletAddress),
      p.recipientCountry === null ? '' : formatCountry(p.recipientCountry, lang, t),
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

/** The contacts the person added themselves (their bank's fraud line, a lawyer), every field of each. */
export function buildOwnContactBlocks(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  return [
    {
      kind: 'table',
      columns: [
        { header: t('pack:own_contacts.kind'), weight: 3 },
        { header: t('pack:own_contacts.name'), weight: 3 },
        { header: t('pack:own_contacts.phone'), weight: 2.4 },
        { header: t('pack:own_contacts.web'), weight: 3 },
        { header: t('pack:own_contacts.notes'), weight: 3 },
      ],
      rows: ctx.caseData.ownContacts.map((c) => [
        t(`questionnaire:records.options.contact_kinds.${c.kind}`),
        c.name,
        c.phone ?? '',
        c.url ?? '',
        c.notes ?? '',
      ]),
      emptyText: t('pack:own_contacts.empty'),
    },
  ];
}

/**
 * The services from the directory chosen for the case, with contact details. The person's own contacts have
 * their own section (`buildOwnContactBlocks`), in every pack.
 */
export function buildReferralBlocks(ctx: PackContext): PackBlock[] {
  const { t } = ctx;
  const referrals = ctx.selection.referrals.filter(
    (selected): selected is SelectedDirectoryReferral => selected.source !== 'own',
  );
  if (referrals.length === 0) return [{ kind: 'paragraph', text: t('pack:referrals.empty'), style: 'small' }];
  return referrals.flatMap((selected): PackBlock[] => [
    { kind: 'subheading', text: referralName(selected, ctx) },
    { kind: 'fields', items: referralFields(selected, ctx) },
  ]);
}

function referralName(selected: SelectedDirectoryReferral, ctx: PackContext): string {
  const e = selected.entry;
  return e.isGeneric ? ctx.t(`referrals:entries.${e.id}.name`) : (e.nameByLocale?.[ctx.lang] ?? e.name);
}

function referralFields(selected: SelectedDirectoryReferral, ctx: PackContext): PackField[] {
  const { t } = ctx;
  const e = selected.entry;
  const items: PackField[] = [
    { label: t('pack:referrals.kind'), value: t(`referrals:kinds.${selected.kind}`) },
  ];
  const phones = e.phones.map((p) => p.display);
  if (phones.length > 0) items.push({ label: t('pack:referrals.phone'), value: phones.join('\n') });
  const url = e.reportUrl ?? e.urlByLocale?.[ctx.lang] ?? e.url;
  if (url !== undefined) items.push({ label: t('pack:referrals.web'), value: url });
  const emails = (e.emails ?? []).map((m) => m.address);
  if (emails.length > 0) items.push({ label: t('pack:referrals.email'), value: emails.join('\n') });
  if (selected.needsCheck)
    items.push({ label: t('pack:referrals.note'), value: t('pack:referrals.needs_check') });
  return items;
}

/** The other party's country, when the person named one. */
function describeOtherPartyCountry(ctx: PackContext): string | null {
  const value = getAnswer(ctx.caseData, 'other_party_country');
  if (typeof value !== 'string' || value === '') return null;
  if (value === 'dont_know' || value === 'other')
    return ctx.t(`questionnaire:questions.other_party_country.options.${value}`);
  return countryName(value, ctx.lang);
}
