/**
 * Following referrals through (issue 14, point 2): where each referral of a case stands, the case's own status, and
 * whether its follow-up day has come. One place for these, so the case list, the results screen and the charity's
 * figures (lib/figures) all read a case the same way. Pure functions; the caller passes today's date.
 */
import type { ReferralKind } from './codes';
import { REFERRAL_STATUSES } from './enums';
import type { FollowUpSource, OTHER_REPORT_KIND, ReferralStatus } from './enums';
import type { Case, ReferralFollowUp } from './schema';

/** Where a case stands, as the volunteer's list shows it. */
export const CASE_STATUSES = ['new', 'in_progress', 'referred', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Whether a case's follow-up day has passed, is today, is later, or was not set. */
export type FollowUpDue = 'overdue' | 'today' | 'later' | 'none';

/** One referral that can be followed: a directory entry, an own contact, or a report already made. */
export type FollowUpTarget = {
  source: FollowUpSource;
  targetId: string;
  kind: ReferralKind | typeof OTHER_REPORT_KIND;
};

/** What a follow-up can be changed by: everything but what identifies it. */
export type FollowUpPatch = Partial<Omit<ReferralFollowUp, 'source' | 'targetId' | 'kind'>>;

/** The date field that records when a referral reached a status (none for "not contacted"). */
export const STATUS_DATE_FIELD = {
  not_contacted: null,
  contacted: 'contactedOn',
  report_filed: 'reportFiledOn',
  acknowledged: 'acknowledgedOn',
  closed: 'closedOn',
} as const satisfies Record<ReferralStatus, keyof ReferralFollowUp | null>;

/** Tells whether a referral has been made: someone contacted the organisation, or more. */
export function isReferralMade(status: ReferralStatus): boolean {
  return status !== 'not_contacted';
}

function isSameTarget(f: Pick<ReferralFollowUp, 'source' | 'targetId'>, target: FollowUpTarget): boolean {
  return f.source === target.source && f.targetId === target.targetId;
}

/**
 * The follow-up of one referral: the stored one, or what it is before anyone recorded anything. A report the person
 * already made counts as filed, on the day they gave, with the reference they were given.
 */
export function followUpOf(c: Case, target: FollowUpTarget): ReferralFollowUp {
  const stored = c.followUps.find((f) => isSameTarget(f, target));
  if (stored) return stored;
  const report =
    target.source === 'report_made' ? c.reportsMade.find((r) => r.id === target.targetId) : undefined;
  return {
    ...target,
    status: report ? 'report_filed' : 'not_contacted',
    contactedOn: null,
    reportFiledOn: report?.date?.slice(0, 10) ?? null,
    acknowledgedOn: null,
    closedOn: null,
    reference: report?.reference ?? null,
    notes: null,
  };
}

/**
 * Every referral the case itself knows of, as it stands: each one followed, and each report already made (filed,
 * unless its follow-up says otherwise). A follow-up of a report that was since removed no longer counts.
 */
export function followUpsOf(c: Case): ReferralFollowUp[] {
  const reportIds = new Set(c.reportsMade.map((r) => r.id));
  const followed = c.followUps.filter((f) => f.source !== 'report_made' || reportIds.has(f.targetId));
  const unfollowedReports = c.reportsMade.filter(
    (r) => !c.followUps.some((f) => f.source === 'report_made' && f.targetId === r.id),
  );
  return [
    ...followed,
    ...unfollowedReports.map((r) => followUpOf(c, { source: 'report_made', targetId: r.id, kind: r.kind })),
  ];
}

/** The status of every referral the case itself knows of (see followUpsOf). */
export function referralStatusesOf(c: Case): ReferralStatus[] {
  return followUpsOf(c).map((f) => f.status);
}

/** Tells whether a referral has reached a filed report (filed, acknowledged or closed). */
export function isReportFiled(status: ReferralStatus): boolean {
  return REFERRAL_STATUSES.indexOf(status) >= REFERRAL_STATUSES.indexOf('report_filed');
}

/** The furthest status any referral of the case has reached ("not contacted" when none has moved). */
export function furthestReferralStatus(c: Case): ReferralStatus {
  const reached = referralStatusesOf(c).map((s) => REFERRAL_STATUSES.indexOf(s));
  return REFERRAL_STATUSES[Math.max(0, ...reached)] ?? 'not_contacted';
}

/** Tells whether anything has been told or recorded in the case yet. */
function hasContent(c: Case): boolean {
  return (
    Object.keys(c.answers).length > 0 ||
    c.account.trim() !== '' ||
    c.payments.length + c.identifiers.length + c.evidence.length + c.reportsMade.length > 0 ||
    c.ownContacts.length + c.checklist.length + c.followUps.length > 0 ||
    c.country !== null
  );
}

/**
 * Where the case stands: closed once the volunteer closes it; referred once any referral has been made (contacted or
 * further, a report already made included); in progress once anything is told; new before.
 */
export function caseStatusOf(c: Case): CaseStatus {
  if (c.closedOn !== null) return 'closed';
  if (referralStatusesOf(c).some(isReferralMade)) return 'referred';
  return hasContent(c) ? 'in_progress' : 'new';
}

/** Whether a follow-up day (a date or date-time) has come, against today's date (YYYY-MM-DD, the person's own day). */
export function followUpDue(followUpOn: string | null, today: string): FollowUpDue {
  if (followUpOn === null) return 'none';
  const day = followUpOn.slice(0, 10);
  if (day < today) return 'overdue';
  return day === today ? 'today' : 'later';
}

/**
 * Records a change to one referral's follow-up. A status reached without a date gets today's, so the dates fill in
 * as the volunteer works; a date they type themselves is kept.
 */
export function changeFollowUp(c: Case, target: FollowUpTarget, patch: FollowUpPatch, today: string): Case {
  const next: ReferralFollowUp = { ...followUpOf(c, target), ...patch };
  const dateField = STATUS_DATE_FIELD[next.status];
  if (patch.status !== undefined && dateField !== null && next[dateField] === null) next[dateField] = today;
  const isStored = c.followUps.some((f) => isSameTarget(f, target));
  const followUps = isStored
    ? c.followUps.map((f) => (isSameTarget(f, target) ? next : f))
    : [...c.followUps, next];
  return { ...c, followUps };
}

/** The local date of a moment as YYYY-MM-DD (the day the person sees on their calendar). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
