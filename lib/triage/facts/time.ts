/**
 * Time arithmetic for payment windows. Case dates may be a date only (2026-03-01), a local date and time without a
 * zone (2026-03-01T14:30) or a full ISO instant. Without a zone we read them as UTC; a date alone is read as the
 * END of that day, so that "sent yesterday" is never judged older than it may be (urgency errs on the side of acting).
 */

const HOUR = 3_600_000;

/** The latest instant a case date may stand for, or null when it cannot be read. */
export function latestInstantOf(value: string | null | undefined): Date | null {
  if (!value) return null;
  let text = value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text = `${text}T23:59:59.999Z`;
  else if (!/(Z|[+-]\d{2}:\d{2})$/.test(text)) text = `${text}Z`;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}

/** Tells whether `then` is at most `hours` before `now` (and not more than a day in the future: a typo or a zone). */
export function isWithinHours(then: Date, now: Date, hours: number): boolean {
  const diff = now.getTime() - then.getTime();
  return diff <= hours * HOUR && diff >= -24 * HOUR;
}

/** Tells whether `then` is at most `days` days before `now`. */
export function isWithinDays(then: Date, now: Date, days: number): boolean {
  return isWithinHours(then, now, days * 24);
}

/** Tells whether `then` is at most `months` calendar months before `now`. */
export function isWithinMonths(then: Date, now: Date, months: number): boolean {
  const limit = new Date(
    Date.UTC(then.getUTCFullYear(), then.getUTCMonth() + months, then.getUTCDate(), 23, 59, 59, 999),
  );
  return now.getTime() <= limit.getTime() && now.getTime() - then.getTime() >= -24 * HOUR;
}

/**
 * Business days (Monday to Friday, public holidays ignored) after the day of `then`, up to and including the day
 * of `now`. A payment on Friday, checked on Monday, is 1 business day old.
 */
export function businessDaysSince(then: Date, now: Date): number {
  const start = Date.UTC(then.getUTCFullYear(), then.getUTCMonth(), then.getUTCDate());
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (end <= start) return 0;
  const days = Math.min(Math.round((end - start) / (24 * HOUR)), 3660);
  let count = 0;
  for (let d = 1; d <= days; d += 1) {
    const weekday = new Date(start + d * 24 * HOUR).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}
