import { describe, expect, it } from 'vitest';

import { DIRECTORY_COUNTRIES } from '../case/codes';
import { INCIDENT_TYPES } from '../questionnaire/options';
import { assess } from '../triage/assess';
import { getAllScenarios, NOW } from '../triage/testing/scenarios';
import { DIRECTORY } from './directory';
import { selectReferrals } from './select';

const COUNTRIES = [...DIRECTORY_COUNTRIES, 'NG', 'other'];

describe('with the triage engine', () => {
  it('refers only to incident types the questionnaire defines', () => {
    const known: readonly string[] = INCIDENT_TYPES;
    for (const entry of DIRECTORY)
      for (const type of entry.suits?.incidentTypes ?? []) expect(known, entry.id).toContain(type);
  });

  it.each(getAllScenarios().map((s) => [s.name, s] as const))(
    'answers every referral need of "%s", in every country, with a service or a notice',
    (_name, scenario) => {
      const assessment = assess(scenario.case, { now: new Date(scenario.now ?? NOW) });
      for (const country of COUNTRIES) {
        const selection = selectReferrals(assessment, { ...scenario.case, country });
        for (const need of assessment.referralNeeds) {
          const answered =
            selection.referrals.some((r) => need.ruleIds.every((id) => r.reasons.includes(id))) ||
            selection.notices.some((n) => need.ruleIds.every((id) => n.reasons.includes(id)));
          expect(answered, `${country} ${need.kind}`).toBe(true);
        }
      }
    },
  );

  it.each([
    ['someone in Portugal who gave MB WAY codes', 'your_bank_or_payment_provider'],
    ['someone in Brazil who paid a fake bank employee by Pix ten days ago', 'br_pix_med'],
    ['a woman in the US who wired US$60,000 to Nigeria', 'your_bank_or_payment_provider'],
  ])('puts the bank first while the money can be recalled: "%s…"', (start, firstId) => {
    const scenario = getAllScenarios().find((s) => s.name.startsWith(start));
    if (!scenario) throw new Error('the engine scenario was renamed');
    const assessment = assess(scenario.case, { now: new Date(scenario.now ?? NOW) });
    expect(selectReferrals(assessment, scenario.case).referrals[0]?.entry.id).toBe(firstId);
  });
});
