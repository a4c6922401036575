/**
 * Reads an amount of money as people write it in the app's language and currency, and formats it back.
 *
 * The separators come from Intl (`formatToParts` in the language's Intl locale: "," and "." in English, "." and ","
 * in Spanish and Brazilian Portuguese), never from a table of our own. The rules, in order:
 *
 * 1. A currency sign or code may come before or after the number ("R$ 3.000", "1.234,56 €", "$1,234.56",
 *    "3000 BRL"); it is set aside and, when it names one currency, reported (see `resolveCurrencySign`). A minus
 *    sign makes the amount invalid (`negative`): a payment is never negative.
 * 2. Spaces (plain, no-break, narrow no-break) only ever group thousands: "1 234,56".
 * 3. When both "." and "," appear, the last one is the decimal mark and the other groups, whatever the language:
 *    "1.234,56" and "1,234.56" are both 1234.56 everywhere.
 * 4. A mark that appears more than once groups: "1.234.567".
 * 5. One mark with spaces before it is the decimal mark: "1 234.5".
 * 6. One mark alone, not followed by exactly three digits, is the decimal mark: "3,5" and "1234.56" everywhere.
 * 7. One mark alone followed by exactly three digits, after one to three digits that do not start with 0:
 *    - if it is the language's own grouping mark, it groups: "3.000" is 3000 in Portuguese and Spanish, "3,000"
 *      and "¥3,000" are 3000 in English;
 *    - if it is the language's decimal mark, the text means two things (3 or 3000 for "3,000" in Portuguese,
 *      "3.000" in English): the result is `ambiguous` with both, and the person is asked. Never guessed.
 * 8. Groups must be whole: one to three digits, then groups of exactly three ("12.34" is a decimal, "1.23.456" is
 *    not a number). A mark typed last ("3,") is `incomplete`; a mark typed first (",5") is the decimal mark.
 * 9. A reading with more decimals than the currency has is not a reading (Intl's minor units: JPY 0, BRL 2,
 *    crypto and no currency 8; trailing zeros do not count): "3,125" in Portuguese with BRL is 3125, "3,5" with JPY
 *    is `too_many_decimals`. Amounts above a trillion are `too_large`, and more than 15 significant digits (what a
 *    number keeps exactly) are `too_precise`.
 *
 * A number formatted by Intl in the same language always reads back as itself, and it is `ambiguous` (with itself
 * as one option) only when rule 7 applies: exactly three decimals and no grouping, as in "1,234" in Spanish or
 * "1.281 BTC" in English. Amounts in ISO currencies formatted with their currency never are.
 */
import { INTL_LOCALE, type Locale } from '../i18n/config';
import {
  fractionDigitsOf,
  normaliseCurrency,
  OPEN_FRACTION_DIGITS,
  resolveCurrencySign,
} from './currency-signs';
import { formatMoney } from './payment-totals';

/** The largest amount a payment may have (as the case file schema says). */
export const MAX_AMOUNT = 1e12;

export type AmountProblem =
  'not_a_number' | 'incomplete' | 'negative' | 'too_many_decimals' | 'too_large' | 'too_precise';

/** What a piece of text says as an amount. `currency` is the currency the text itself names, if any. */
export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'amount'; value: number; currency: string | null }
  /** `options` is [read with the mark grouping thousands, read with it as the decimal mark]: [3000, 3]. */
  | { kind: 'ambiguous'; options: [number, number]; currency: string | null }
  | { kind: 'invalid'; reason: AmountProblem };

export type AmountOptions = { locale: Locale; currency: string | null };

type Digits = { int: string; frac: string };
type Parsed =
  { kind: 'one'; digits: Digits } | { kind: 'two'; asGroup: Digits; asDecimal: Digits } | AmountProblem;

// A minus sign (hyphen, minus, dash) before or after the rest of the text around the number.
const MINUS = /^[-\u2212\u2010\u2013]|[-\u2212\u2010\u2013]$/;
const separatorCache = new Map<string, { group: string; decimal: string }>();

/** The grouping and decimal marks Intl uses for a language ("." and "," in pt-BR). */
export function separatorsOf(locale: Locale): { group: string; decimal: string } {
  const intlLocale = INTL_LOCALE[locale];
  let found = separatorCache.get(intlLocale);
  if (!found) {
    const parts = new Intl.NumberFormat(intlLocale).formatToParts(1234567.5);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(intlLocale, found);
  }
  return found;
}

/** Reads what the person typed as an amount (see the rules above). */
export function readAmount(text: string, options: AmountOptions): AmountReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const first = trimmed.search(/\d/);
  if (first === -1) return { kind: 'invalid', reason: 'not_a_number' };
  const { group, decimal } = separatorsOf(options.locale);
  const isMark = (ch: string | undefined) => ch === '.' || ch === ',' || ch === group || ch === decimal;
  let start = first;
  let end = trimmed.search(/\d\D*$/) + 1;
  if (isMark(trimmed[start - 1])) start -= 1;
  if (isMark(trimmed[end])) end += 1;

  const chosen = normaliseCurrency(options.currency);
  const affixes = [trimmed.slice(0, start), trimmed.slice(end)].map((a) =>
    readAffix(a, options.locale, chosen),
  );
  if (affixes.some((a) => a === null)) return { kind: 'invalid', reason: 'not_a_number' };
  const named = [...new Set(affixes.map((a) => a?.currency ?? null).filter((c) => c !== null))];
  if (named.length > 1) return { kind: 'invalid', reason: 'not_a_number' };
  const currency = named[0] ?? null;

  const parsed = parseNumber(
    trimmed.slice(start, end),
    group,
    decimal,
    !WRITTEN_BOTH_WAYS.has(options.locale),
  );
  if (typeof parsed === 'string') return { kind: 'invalid', reason: parsed };
  const maxDecimals = fractionDigitsOf(currency ?? chosen);
  const readings = (parsed.kind === 'one' ? [parsed.digits] : [parsed.asGroup, parsed.asDecimal]).map((d) =>
    toValue(d, maxDecimals),
  );
  const [a, b] = readings.filter((r): r is number => typeof r === 'number');
  if (a === undefined)
    return { kind: 'invalid', reason: readings.find((r) => typeof r === 'string') ?? 'not_a_number' };
  if (affixes.some((affix) => affix?.isNegative)) return { kind: 'invalid', reason: 'negative' };
  if (b === undefined) return { kind: 'amount', value: a, currency };
  return { kind: 'ambiguous', options: [a, b], currency };
}

/**
 * The amount to keep for a reading: the amount read, or `chosen` when the text means two things and the person
 * chose one of them; otherwise null. Call it again when the payment's currency changes, since that can change the
 * reading ("3,125" in Portuguese is 3125 in reais, but asks when no currency is chosen).
 */
export function keptAmount(reading: AmountReading, chosen: number | null): number | null {
  if (reading.kind === 'amount') return reading.value;
  if (reading.kind === 'ambiguous' && chosen !== null && reading.options.includes(chosen)) return chosen;
  return null;
}

// The text around the number: a minus sign and at most one currency sign. Null when it is something else.
function readAffix(
  affix: string,
  locale: Locale,
  chosen: string | null,
): { isNegative: boolean; currency: string | null } | null {
  let rest = affix.trim();
  const isNegative = MINUS.test(rest);
  rest = rest.replace(MINUS, '').replace(MINUS, '').trim();
  if (rest === '') return { isNegative, currency: null };
  const sign = resolveCurrencySign(rest, INTL_LOCALE[locale], chosen);
  return sign.isSign ? { isNegative, currency: sign.currency } : null;
}

/**
 * Languages whose speakers write numbers both ways. Spanish is read across Spain (1.234,56) and Latin America, where
 * Mexico, Peru and most of Central America write 1,234.56 (Intl's es-MX and es-PE data): there "3.000" may be three
 * thousand or three, so the person is asked, in both directions.
 */
const WRITTEN_BOTH_WAYS: ReadonlySet<Locale> = new Set(['es']);

// Splits the number into digit runs and the marks between them, then applies rules 2 to 8.
function parseNumber(core: string, group: string, decimal: string, isGroupingClear: boolean): Parsed {
  const runs = core.split(/[^\d]/);
  const marks = core.replace(/\d+/g, '').split('');
  if (marks.some((m) => m !== '.' && m !== ',' && m !== group && m !== decimal && !/\s/.test(m)))
    return 'not_a_number';
  if (runs.slice(1, -1).some((r) => r === '')) return 'not_a_number';
  if (runs.at(-1) === '') return 'incomplete';
  if (runs[0] === '') {
    if (runs.length !== 2 || /\s/.test(marks[0] ?? '')) return 'not_a_number';
    return { kind: 'one', digits: { int: '0', frac: runs[1] ?? '' } };
  }
  if (marks.length === 0) return { kind: 'one', digits: { int: core, frac: '' } };

  const isSpace = (m: string) => /\s/.test(m);
  const punct = [...new Set(marks.filter((m) => !isSpace(m)))];
  const last = marks.at(-1) ?? '';
  const lastRun = runs.at(-1) ?? '';
  const before = runs.slice(0, -1);
  // Rules 3 and 5: the last mark is the decimal mark, everything before it groups with one kind of mark.
  if (punct.length === 2 || (punct.length === 1 && marks.length > 1 && marks.slice(0, -1).every(isSpace))) {
    const groupMarks = new Set(marks.slice(0, -1));
    if (isSpace(last) || marks.indexOf(last) !== marks.length - 1 || groupMarks.size !== 1)
      return 'not_a_number';
    return isWellGrouped(before)
      ? { kind: 'one', digits: { int: before.join(''), frac: lastRun } }
      : 'not_a_number';
  }
  // Rules 2 and 4: spaces only, or one mark written several times, group thousands.
  if (punct.length === 0 || marks.length > 1) {
    if (new Set(marks).size !== 1) return 'not_a_number';
    return isWellGrouped(runs) ? { kind: 'one', digits: { int: runs.join(''), frac: '' } } : 'not_a_number';
  }
  // Rules 6 and 7: one mark alone.
  const [head = '', tail = ''] = runs;
  const asDecimal = { int: head, frac: tail };
  const asGroup = { int: head + tail, frac: '' };
  if (!isWellGrouped(runs)) return { kind: 'one', digits: asDecimal };
  if (last === group && isGroupingClear) return { kind: 'one', digits: asGroup };
  return { kind: 'two', asGroup, asDecimal };
}

// One to three digits (not starting with 0 unless alone), then groups of exactly three.
function isWellGrouped(runs: readonly string[]): boolean {
  const [head = '', ...tail] = runs;
  if (!/^[1-9]\d{0,2}$/.test(head) && !(head === '0' && tail.length === 0)) return false;
  return tail.every((r) => /^\d{3}$/.test(r));
}

// Rule 9: the number a reading stands for, or why it cannot be one.
function toValue({ int, frac }: Digits, maxDecimals: number): number | AmountProblem {
  const decimals = frac.replace(/0+$/, '');
  if (decimals.length > maxDecimals) return 'too_many_decimals';
  const value = Number(`${int}.${decimals || '0'}`);
  if (value > MAX_AMOUNT) return 'too_large';
  if ((int.replace(/^0+/, '') + decimals).replace(/^0+/, '').length > 15) return 'too_precise';
  return value;
}

/** Formats an amount to show it back: with its currency ("R$ 3.000,00", "0,5 BTC"), or as a plain number. */
export function formatAmountForDisplay(value: number, options: AmountOptions): string {
  const currency = normaliseCurrency(options.currency);
  const intlLocale = INTL_LOCALE[options.locale];
  if (currency) return formatMoney(value, currency, intlLocale);
  return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: OPEN_FRACTION_DIGITS }).format(value);
}

/** Formats a kept amount as text to edit again ("3.000,5" in Portuguese); `readAmount` reads it back. */
export function formatAmountForInput(value: number, locale: Locale): string {
  // Without grouping, and never with exactly three decimals, so that a kept amount shown again to edit never reads
  // as two things ("12.500" in Spanish, "1.281" in English): "1.2810" can only be a decimal.
  const text = new Intl.NumberFormat(INTL_LOCALE[locale], {
    maximumFractionDigits: OPEN_FRACTION_DIGITS,
    useGrouping: false,
  }).format(value);
  return /[.,]\d{3}$/.test(text) ? `${text}0` : text;
}
