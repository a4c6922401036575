/**
 * Formatting and masking for the referral pack: dates and money in the pack's language, the neutral case
 * reference, and the redacted copy of a case that every format (PDF, print view, CSV, JSON) is made from
 * when the person has not chosen to include sensitive details.
 */
import { OTHER_COUNTRY } from '../../case/codes';
import { formatMoney, isIsoCurrency } from '../../case/payment-totals';
import type { Case, Payment } from '../../case/schema';
import { INTL_LOCALE, type Locale } from '../../i18n/config';
import { countryName } from '../../i18n/country-name';
import { getAllQuestions } from '../../questionnaire/definition';

/** Translates one key (with `ns:` prefix) into the pack's language. */
export type PackTranslate = (key: string, params?: Record<string, unknown>) => string;

/** Incident types whose evidence descriptions are left out of the pack unless the person includes them. */
export const INTIMATE_INCIDENTS = ['sextortion', 'intimate_images_shared', 'child_sexual_abuse'] as const;

const MASK = '••••';

/** A short neutral reference derived from the case id: its first 8 characters, upper case. */
export function toCaseReference(caseId: string): string {
  return caseId.replaceAll('-', '').slice(0, 8).toUpperCase();
}

/**
 * Shortens an account number, IBAN, CLABE or Pix key to its last 4 characters (spaces ignored), e.g.
 * "•••• 1332", so a bank can match it without the pack carrying the whole number.
 */
export function maskAccount(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length <= 6) return MASK;
  return `${MASK} ${Array.from(compact).slice(-4).join('')}`;
}

/** Tells whether the case involves intimate images, so evidence descriptions stay out of the pack. */
export function isIntimateImageCase(incidentTypes: readonly string[]): boolean {
  return incidentTypes.some((type) => (INTIMATE_INCIDENTS as readonly string[]).includes(type));
}

let sensitiveIds: Set<string> | null = null;

/** Ids of the questions marked sensitive in the questionnaire definition. */
export function getSensitiveQuestionIds(): Set<string> {
  sensitiveIds ??= new Set(
    getAllQuestions()
      .filter((q) => q.sensitive === true)
      .map((q) => q.id),
  );
  return sensitiveIds;
}

/**
 * The case as the pack shows it without sensitive details: recipient accounts and bank-account identifiers
 * masked to their last 4 characters, answers to sensitive questions left out, and evidence descriptions left
 * out for intimate-image cases (file name, type, size, date and SHA-256 stay). The original is not changed.
 */
export function redactCase(caseData: Case, incidentTypes: readonly string[]): Case {
  const sensitive = getSensitiveQuestionIds();
  const answers = Object.fromEntries(Object.entries(caseData.answers).filter(([id]) => !sensitive.has(id)));
  const hideDescriptions = isIntimateImageCase(incidentTypes);
  return {
    ...caseData,
    answers,
    payments: caseData.payments.map((p) =>
      p.recipient.account === null
        ? p
        : { ...p, recipient: { ...p.recipient, account: maskAccount(p.recipient.account) } },
    ),
    identifiers: caseData.identifiers.map((i) =>
      i.kind === 'bank_account' ? { ...i, value: maskAccount(i.value) } : i,
    ),
    evidence: hideDescriptions
      ? caseData.evidence.map((e) => ({ ...e, description: '' }))
      : caseData.evidence,
  };
}

type DateParts = { instant: number; hasTime: boolean; hasZone: boolean };

/** Reads a case date (`2026-03-01`, `2026-03-01T14:30`, `2026-03-01T14:30:00Z`), or null when it is not one. */
export function parseCaseDate(value: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const hasTime = match[4] !== undefined;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const instant = hasZone
    ? Date.parse(value)
    : Date.UTC(
        Number(match[1]),
        Number(match[2]) - 1,
        Number(match[3]),
        Number(match[4] ?? 0),
        Number(match[5] ?? 0),
        Number(match[6] ?? 0),
      );
  return Number.isNaN(instant) ? null : { instant, hasTime, hasZone };
}

/**
 * A case date in the pack's language. Dates and local times are shown as typed (no time zone shift); times
 * with a zone are shown in `timeZone` (the device's when not given).
 */
export function formatCaseDate(value: string | null, lang: Locale, timeZone?: string): string {
  if (value === null || value === '') return '';
  const parts = parseCaseDate(value);
  if (!parts) return value;
  return getDateFormat(lang, parts.hasTime, parts.hasZone ? timeZone : 'UTC').format(new Date(parts.instant));
}

// Making an Intl.DateTimeFormat is slow; a pack with hundreds of payments formats hundreds of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function getDateFormat(lang: Locale, hasTime: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${lang}|${String(hasTime)}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      dateStyle: 'medium',
      ...(hasTime ? { timeStyle: 'short' } : {}),
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** The moment the pack was made, with its time zone, in the pack's language. */
export function formatGeneratedAt(iso: string, lang: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone,
  }).format(new Date(iso));
}

/** A file size in bytes, KB or MB in the pack's language. */
export function formatBytes(bytes: number | null, lang: Locale): string {
  if (bytes === null) return '';
  const format = (n: number, unit: string) =>
    `${new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

/**
 * An amount in the pack's language with its currency code, never a symbol ("EUR 1,234.50", "0.25 BTC"): a
 * fraud team reads "$" as any of a dozen currencies, the code as one.
 */
export function formatAmount(amount: number, currency: string, lang: Locale): string {
  if (!isIsoCurrency(currency)) return formatMoney(amount, currency, INTL_LOCALE[lang]);
  return new Intl.NumberFormat(INTL_LOCALE[lang], {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
  }).format(amount);
}

/** A payment's amount with its currency in the pack's language, or what is known of it. */
export function formatPaymentAmount(p: Payment, lang: Locale): string {
  if (p.amount === null) return p.currency ?? '';
  if (p.currency === null)
    return new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 8 }).format(p.amount);
  return formatAmount(p.amount, p.currency, lang);
}

/** A country as the pack prints it: its name in the pack's language and its ISO code, e.g. "Spain (ES)". */
export function formatCountry(code: string, lang: Locale, t: PackTranslate): string {
  if (code === OTHER_COUNTRY) return t('pack:common.other_country');
  const name = countryName(code, lang);
  return name === code ? code : `${name} (${code})`;
}
