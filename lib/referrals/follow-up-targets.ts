/**
 * The referrals of a case that a volunteer can follow through (issue 14, point 2): the directory entries and own
 * contacts the results recommend, each report the person already made, and any referral followed earlier that the
 * results no longer recommend (a referral once made stays on the list). The status of each is in
 * lib/case/follow-up.ts; this module only says which they are and what they are called.
 */
import type { FollowUpTarget } from '../case/follow-up';
import type { Case } from '../case/schema';
import type { Locale } from '../i18n/config';
import { getEntry } from './directory';
import type { ReferralSelection } from './selection-types';

const keyOf = (t: Pick<FollowUpTarget, 'source' | 'targetId'>) => `${t.source}:${t.targetId}`;

/** Every referral of the case that can be followed, in the order the results show them, without duplicates. */
export function listFollowUpTargets(
  c: Case,
  selection: Pick<ReferralSelection, 'referrals'>,
): FollowUpTarget[] {
  const targets: FollowUpTarget[] = [
    ...selection.referrals.map((r): FollowUpTarget =>
      r.source === 'own'
        ? { source: 'own_contact', targetId: r.entry.contactId, kind: r.kind }
        : { source: 'directory', targetId: r.entry.id, kind: r.kind },
    ),
    ...c.reportsMade.map((r): FollowUpTarget => ({ source: 'report_made', targetId: r.id, kind: r.kind })),
    ...c.followUps
      .filter((f) => f.source !== 'report_made' || c.reportsMade.some((r) => r.id === f.targetId))
      .map(({ source, targetId, kind }): FollowUpTarget => ({ source, targetId, kind })),
  ];
  const byKey = new Map<string, FollowUpTarget>();
  for (const target of targets) if (!byKey.has(keyOf(target))) byKey.set(keyOf(target), target);
  return [...byKey.values()];
}

/**
 * What a followed referral is called, in words: the directory entry's name, the contact's name, or the report's
 * kind and organisation. `t` takes keys with their namespace (`referrals:kinds.bank_or_payment_provider`).
 */
export function followUpTargetName(
  target: FollowUpTarget,
  c: Case,
  lang: Locale,
  t: (key: string) => string,
): string {
  const kindText = t(`questionnaire:records.options.report_kinds.${target.kind}`);
  if (target.source === 'directory') {
    const entry = getEntry(target.targetId);
    if (!entry) return kindText;
    return entry.isGeneric
      ? t(`referrals:entries.${entry.id}.name`)
      : (entry.nameByLocale?.[lang] ?? entry.name);
  }
  if (target.source === 'own_contact')
    return c.ownContacts.find((o) => o.id === target.targetId)?.name ?? kindText;
  const report = c.reportsMade.find((r) => r.id === target.targetId);
  return [kindText, report?.organisation ?? ''].filter(Boolean).join(': ');
}
