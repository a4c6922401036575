/**
 * Pure formatting for referrals: opening hours and dates for the active language (the UI wraps them in t()), and
 * one-line summaries for the command line (`npm run triage`), where a volunteer checks a batch of case files.
 */
import type { Locale } from '../i18n/config';
import { INTL_LOCALE } from '../i18n/config';
import { listFactsToCheck } from './directory';
import { phoneHref } from './phone';
import type { ReferralNotice, ReferralSelection, SelectedReferral } from './select';
import type { Hours, PhoneChannel } from './types';

export { formatPhoneForDisplay, isDialableFromAbroad, phoneHref, telHref, toDialString } from './phone';

/** What the UI needs to word opening hours: a key in `referrals` and its values. */
export type HoursText = {
  /** `hours.always`, `hours.every_day`, `hours.mon_fri`, `hours.working_days` or `hours.times_only`. */
  key: string;
  params: { opens?: string; closes?: string };
  /** IANA time zone when the source gives one; word it with formatTimeZone. */
  timeZone?: string;
};

/** Opening hours as a locale key and times formatted for the language (8:00 AM in English, 08:00 in Portuguese). */
export function describeHours(hours: Hours, locale: Locale): HoursText {
  if ('always' in hours) return { key: 'hours.always', params: {} };
  const text: HoursText = {
    key: `hours.${hours.days ?? 'times_only'}`,
    params: { opens: formatTime(hours.opens, locale), closes: formatTime(hours.closes, locale) },
  };
  if (hours.timeZone) text.timeZone = hours.timeZone;
  return text;
}

/** A time of day (`08:30`) in the language's usual form. */
export function formatTime(time: string, locale: Locale): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hour, minute)));
}

/** The name of a time zone in the language, e.g. "Eastern Time" or "hora de Melbourne"-style generic names. */
export function formatTimeZone(timeZone: string, locale: Locale): string {
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    timeZoneName: 'longGeneric',
  }).formatToParts(new Date(Date.UTC(2000, 0, 1)));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A date as the reference gives it (a year, a month or a day) in the language: "2021", "September 2024",
 * "4 March 2026". Used for the source's own date ("Source dated {{date}}") and the day of a live check.
 */
export function formatReferenceDate(date: string, locale: Locale): string {
  const [year = 2000, month, day] = date.split('-').map(Number);
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(at);
}

const CHECK_MARK = 'CHECK BEFORE RELYING ON THIS';

/**
 * One referral on one line, for the command line: id, kind, name, phones, web address, verification level (with
 * the check mark where needed) and the rule ids that asked for it.
 */
export function formatReferralLine(selected: SelectedReferral): string {
  const where = selected.source === 'foreign' ? `foreign:${selected.foreignCountry ?? '?'}` : selected.source;
  const phones: { display: string; dial: string | null; channel?: PhoneChannel }[] = selected.entry.phones;
  const phoneText = phones.map((phone) => {
    const href = phone.dial === null ? null : phoneHref({ dial: phone.dial, channel: phone.channel });
    return href === null ? phone.display : `${phone.display} <${href}>`;
  });
  const url =
    selected.source === 'own'
      ? (selected.entry.url ?? selected.entry.urlText)
      : (selected.entry.url ?? selected.entry.reportUrl);
  return [
    selected.entry.id,
    selected.kind,
    where,
    selected.entry.name,
    phoneText.join('; ') || '-',
    url ?? '-',
    describeVerification(selected),
    `reasons: ${selected.reasons.join(', ') || '-'}`,
  ].join(' | ');
}

function describeVerification(selected: SelectedReferral): string {
  if (selected.source === 'own') return 'own contact (not verified)';
  const facts = listFactsToCheck(selected.entry).map(
    (fact) => `${fact.field}${fact.index === undefined ? '' : ` ${fact.index + 1}`} ${fact.verification}`,
  );
  const level = selected.needsCheck ? `${selected.verification} (${CHECK_MARK})` : selected.verification;
  return facts.length > 0 ? `${level}; ${facts.join(', ')}` : level;
}

/** One notice on one line, for the command line. */
export function formatNoticeLine(notice: ReferralNotice): string {
  const about = [notice.kind, notice.country].filter(Boolean).join(', ');
  const reasons = notice.reasons.length > 0 ? ` | reasons: ${notice.reasons.join(', ')}` : '';
  return `notice: ${notice.code}${about ? ` (${about})` : ''}${reasons}`;
}

/** A whole selection for the command line: numbered referrals, then notices. */
export function formatSelectionLines(selection: ReferralSelection): string[] {
  return [
    ...selection.referrals.map((referral, index) => `${index + 1}. ${formatReferralLine(referral)}`),
    ...selection.notices.map(formatNoticeLine),
  ];
}
