import { describe, expect, it } from 'vitest';

import { assess } from './assess';
import { getAllScenarios, NOW } from './testing/scenarios';
import type { Scenario } from './testing/scenarios';

function check({ case: c, now, expect: want }: Scenario): void {
  const result = assess(c, { now: new Date(now ?? NOW) });
  const actionIds = result.actions.map((a) => a.id);
  expect(result.urgency.level, 'urgency').toBe(want.urgency);
  if (want.offences)
    expect(
      result.offences.map((o) => o.article),
      'offences',
    ).toEqual(want.offences);
  for (const [article, budapest] of Object.entries(want.budapest ?? {})) {
    expect(result.offences.find((o) => o.article === article)?.budapest, `budapest of ${article}`).toBe(
      budapest,
    );
  }
  if (want.notes)
    expect(
      result.notes.map((n) => n.code),
      'notes',
    ).toEqual(want.notes);
  if (want.rights)
    expect(
      result.rights.map((r) => r.id),
      'rights',
    ).toEqual(want.rights);
  if (want.firstActions)
    expect(actionIds.slice(0, want.firstActions.length), 'first actions').toEqual(want.firstActions);
  for (const id of want.actions ?? []) expect(actionIds, 'actions').toContain(id);
  for (const id of want.noActions ?? []) expect(actionIds, 'actions').not.toContain(id);
  if (want.firstReferral) expect(result.referralNeeds[0]?.kind, 'first referral').toBe(want.firstReferral);
  for (const kind of want.referrals ?? [])
    expect(
      result.referralNeeds.map((r) => r.kind),
      'referrals',
    ).toContain(kind);
  if (want.incidentTypes) expect(result.incidentTypes, 'incident types').toEqual(want.incidentTypes);
  if (want.flags) expect(result.flags).toMatchObject(want.flags);
}

describe('golden scenarios', () => {
  it.each(getAllScenarios().map((s) => [s.name, s] as const))('%s', (_name, s) => check(s));
});

describe('the facts behind an offence', () => {
  it('names the facts and the answers they came from', () => {
    const hiMum = getAllScenarios()[0];
    if (!hiMum) throw new Error('no scenarios');
    const fraud = assess(hiMum.case, { now: new Date(NOW) }).offences.find((o) => o.article === 'unc_13');
    expect(fraud?.facts).toEqual(['money_lost', 'deceived_through_ict']);
    expect(fraud?.answerIds).toEqual([
      'money_sent',
      'payments',
      'recovery_fee_paid',
      'incident_types',
      'contact_channels',
    ]);
  });
});

describe('what every assessment carries', () => {
  const all = getAllScenarios().map((s) => assess(s.case, { now: new Date(s.now ?? NOW) }));

  it('gives every offence the facts and the rules behind it', () => {
    for (const offence of all.flatMap((a) => a.offences)) {
      expect(offence.facts.length).toBeGreaterThan(0);
      expect(offence.answerIds.length).toBeGreaterThan(0);
      expect(offence.ruleIds.length).toBeGreaterThan(0);
    }
  });

  it('explains the urgency with the rules that set it', () => {
    for (const a of all) {
      expect(a.urgency.ruleIds.length).toBeGreaterThan(0);
      for (const id of a.urgency.ruleIds) expect(a.firedRules).toContain(id);
    }
  });

  it('always says to keep the evidence, and shows the shared steps only where their facts hold', () => {
    for (const a of all) {
      const ids = a.actions.map((x) => x.id);
      expect(ids).toContain('keep_evidence');
      const has = (fact: string) => (a.facts as readonly string[]).includes(fact);
      if (ids.includes('stop_paying'))
        expect(has('more_money_requested') || has('money_asked_not_paid') || has('money_lost')).toBe(true);
      if (ids.includes('never_pay_recovery_services'))
        expect(has('money_lost') || has('incident_fund_recovery_scam')).toBe(true);
    }
  });

  it('marks an action done from the checklist, and only that one', () => {
    const ticked = getAllScenarios().find((s) => s.case.checklist.length > 0);
    if (!ticked) throw new Error('no scenario ticks an action');
    const result = assess(ticked.case, { now: new Date(NOW) });
    expect(result.actions.find((a) => a.id === 'keep_evidence')?.doneAt).toBe('2026-03-01T12:00:00.000Z');
    expect(result.actions.filter((a) => a.doneAt !== null)).toHaveLength(1);
  });
});
