/**
 * Collects the referrals and notices of one selection: no entry or message twice, the reasons of every rule that
 * asked for them merged, suitability to the person applied, and the final order.
 */
import type { DirectoryCountry, ReferralKind } from '../case/codes';
import type { AssessmentFlags } from '../triage/types';
import { hasWayToAct, needsCheck } from './directory';
import type { NoticeCode } from './gaps';
import { compareSelected } from './order';
import type { OwnContactEntry } from './own-contacts';
import type {
  ReferralAssessment,
  ReferralNotice,
  SelectedDirectoryReferral,
  SelectedOwnContact,
  SelectedReferral,
} from './selection-types';
import type { Audience, DirectoryEntry, OnlyWhen } from './types';

/** The values without repeats, in first-seen order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Collects referrals and notices without duplicates, merging the reasons of an entry chosen more than once. */
/** Whether a service is for the person harmed, or the organisation someone answers for (issue #10, point 4). */
function servesWhoIsAnswering(
  audience: Audience | undefined,
  flags: Pick<AssessmentFlags, 'isMinor'> & Partial<Pick<AssessmentFlags, 'forOrganisation'>>,
): boolean {
  if (flags.forOrganisation === true) return audience === undefined || audience === 'organisations';
  if (audience === 'organisations') return false;
  return audience !== (flags.isMinor ? 'adults' : 'minors');
}

export class SelectionBuilder {
  readonly notices: ReferralNotice[] = [];
  private readonly referrals = new Map<string, SelectedReferral>();

  constructor(private readonly assessment: ReferralAssessment) {}

  /**
   * Keeps entries that give a way to act (a number or an address) and are meant for the person's age; among those,
   * the ones that suit the incident types and urgency, unless none does (suitability narrows a list, it never
   * empties it).
   */
  suitable(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
    const { flags, incidentTypes, urgency } = this.assessment;
    // An entry only for some circumstances (onlyWhen) is offered when the case says they hold; a federal crime is
    // not something the questionnaire can say yet.
    const holds: Record<OnlyWhen, boolean> = {
      partner_or_ex_partner: flags.partnerAbuse === true,
      copied_work: incidentTypes.includes('content_copied'),
      federal_crime: false,
    };
    const forAge = entries.filter(
      (e) =>
        hasWayToAct(e) &&
        (e.onlyWhen ?? []).every((w) => holds[w]) &&
        servesWhoIsAnswering(e.audience, flags),
    );
    const suiting = forAge.filter((e) => {
      const types = e.suits?.incidentTypes ?? [];
      const levels = e.suits?.urgencies ?? [];
      const typeOk =
        types.length === 0 || incidentTypes.length === 0 || types.some((t) => incidentTypes.includes(t));
      return typeOk && (levels.length === 0 || levels.includes(urgency.level));
    });
    return suiting.length > 0 ? suiting : forAge;
  }

  add(
    entry: DirectoryEntry,
    kind: ReferralKind,
    reasons: readonly string[],
    source: SelectedDirectoryReferral['source'],
    foreignCountry?: DirectoryCountry,
  ) {
    const existing = this.referrals.get(entry.id);
    if (existing) {
      existing.reasons = unique([...existing.reasons, ...reasons]);
      return;
    }
    const selected: SelectedDirectoryReferral = {
      source,
      entry,
      kind,
      reasons: [...reasons],
      verification: entry.verification,
      needsCheck: needsCheck(entry),
    };
    if (foreignCountry) selected.foreignCountry = foreignCountry;
    this.referrals.set(entry.id, selected);
  }

  addOwn(entry: OwnContactEntry, reasons: readonly string[]) {
    const own: SelectedOwnContact = {
      source: 'own',
      entry,
      kind: entry.kind,
      reasons: [...reasons],
      verification: null,
      needsCheck: false,
    };
    this.referrals.set(entry.id, own);
  }

  notice(
    code: NoticeCode,
    reasons: readonly string[],
    about: { kind?: ReferralKind; country?: string } = {},
  ) {
    // The same message about the same country is said once, with every reason. Only a message that names the kind
    // of help (no_national_service_for_kind) is said once per kind.
    const same = this.notices.find(
      (n) =>
        n.code === code &&
        n.country === about.country &&
        (code !== 'no_national_service_for_kind' || n.kind === about.kind),
    );
    if (same) {
      same.reasons = unique([...same.reasons, ...reasons]);
      return;
    }
    this.notices.push({ code, ...about, reasons: unique(reasons) });
  }

  sortedReferrals(): SelectedReferral[] {
    const inOrder = [...this.referrals.values()];
    return inOrder
      .map((referral, index) => ({ referral, index }))
      .sort((a, b) => compareSelected(a.referral, b.referral, this.assessment) || a.index - b.index)
      .map(({ referral }) => referral);
  }
}
