/**
 * The pack's "where each referral stands" section (issue 14, point 2): each referral followed through, with its
 * status, the date it reached it and the reference number. The volunteer's notes are theirs: they appear only when
 * the pack is asked to include them (`includeVolunteerNotes`); otherwise preparePackCase has already removed them.
 */
import { followUpsOf, STATUS_DATE_FIELD } from '../../case/follow-up';
import type { Case } from '../../case/schema';
import { followUpTargetName } from '../../referrals/follow-up-targets';
import type { PackBlock } from './document';
import { formatCaseDate } from './pack-format';
import type { PackContext } from './pack-sections';

/** The referrals the case records a follow-up for (a report already made only once someone followed it). */
export function listPackFollowUps(c: Case) {
  return followUpsOf(c).filter((f) =>
    c.followUps.some((s) => s.source === f.source && s.targetId === f.targetId),
  );
}

/** Where each followed referral stands; the notes column only when the volunteer chose to include notes. */
export function buildFollowUpBlocks(ctx: PackContext): PackBlock[] {
  const { t, lang, caseData } = ctx;
  const withNotes = ctx.includeVolunteerNotes === true;
  const columns = [
    { header: t('pack:follow_up.referral'), weight: 3 },
    { header: t('pack:follow_up.status'), weight: 2 },
    { header: t('pack:follow_up.date'), weight: 2 },
    { header: t('pack:follow_up.reference'), weight: 2.5, isMonospace: true },
    ...(withNotes ? [{ header: t('pack:follow_up.notes'), weight: 3 }] : []),
  ];
  return [
    {
      kind: 'table',
      columns,
      rows: listPackFollowUps(caseData).map((f) => {
        const dateField = STATUS_DATE_FIELD[f.status];
        const date = dateField === null ? null : f[dateField];
        return [
          followUpTargetName(f, caseData, lang, t),
          t(`referrals:follow_up.statuses.${f.status}`),
          formatCaseDate(date, lang, ctx.timeZone),
          f.reference ?? '',
          ...(withNotes ? [f.notes ?? ''] : []),
        ];
      }),
      emptyText: t('pack:follow_up.empty'),
    },
  ];
}
