/**
 * What the record editor shows and keeps for a draft, apart from the screen: the one-line summary of a kept
 * record, the text an amount field starts with, and amounts read again when the currency changes. Pure functions,
 * so the editor only renders them (issue #13).
 */
import { formatAmountForInput, keptAmount, readAmount } from '../case/amount-input';
import { formatMoney } from '../case/payment-totals';
import type { Locale } from '../i18n/config';
import { getDraftValue, setDraftValue, type Draft } from './record-drafts';
import { RECORD_FIELDS, type RecordListId } from './records';

/** Text typed in the amount fields of an open form, by field key, as the person typed it. */
export type TypedAmounts = Readonly<Record<string, string>>;

/** The number kept at a path of a draft, or null. */
export function numberAt(draft: Draft, path: readonly string[]): number | null {
  const value = getDraftValue(draft, path);
  return typeof value === 'number' ? value : null;
}

/** The text an amount field starts with when a kept record is edited again. */
export function amountText(draft: Draft, path: readonly string[], locale: Locale): string {
  const value = numberAt(draft, path);
  return value === null ? '' : formatAmountForInput(value, locale);
}

/** After the currency changes, reads each typed amount again: the currency can change what the text means. */
export function withAmountsReadAgain(
  list: RecordListId,
  draft: Draft,
  typed: TypedAmounts,
  locale: Locale,
): Draft {
  const currency = typeof draft.currency === 'string' ? draft.currency : null;
  let next = draft;
  for (const [key, raw] of Object.entries(typed)) {
    const field = RECORD_FIELDS[list].find((f) => f.key === key && f.input === 'number');
    if (!field) continue;
    const kept = keptAmount(readAmount(raw, { locale, currency }), numberAt(draft, field.path));
    next = setDraftValue(next, field.path, kept ?? undefined);
  }
  return next;
}

/**
 * The first amount field whose typed text is not a clear amount yet (it asks a question, or is not a number):
 * it is not saved as "no amount", the person answers the field first.
 */
export function firstUnclearAmount(list: RecordListId, draft: Draft, typed: TypedAmounts): string | null {
  const unclear = RECORD_FIELDS[list].find(
    (f) => f.input === 'number' && (typed[f.key] ?? '').trim() !== '' && numberAt(draft, f.path) === null,
  );
  return unclear?.key ?? null;
}

/** One line that tells a kept record apart from the others in its list. */
export function summaryOf(list: RecordListId, record: Draft, intlLocale: string): string {
  const s = (path: string[]) => {
    const v = getDraftValue(record, path);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  if (list === 'payments') {
    const amount = getDraftValue(record, ['amount']);
    const currency = s(['currency']);
    const money = typeof amount === 'number' && currency ? formatMoney(amount, currency, intlLocale) : '';
    return [money, s(['paidAt']).replace('T', ' '), s(['recipient', 'name'])].filter(Boolean).join(' · ');
  }
  if (list === 'identifiers') return s(['value']);
  if (list === 'evidence')
    return [s(['fileName']) || s(['description']), s(['sha256']).slice(0, 12)].filter(Boolean).join(' · ');
  if (list === 'reports_made') return [s(['organisation']), s(['reference'])].filter(Boolean).join(' · ');
  return [s(['name']), s(['phone'])].filter(Boolean).join(' · ');
}
