// Which referrals of a case can be followed through, and what they are called (issue 14, point 2).
import { describe, expect, it } from 'vitest';

import { changeFollowUp } from '../case/follow-up';
import { createEmptyCase } from '../case/case-file';
import type { Case } from '../case/schema';
import { createPackTranslator } from '../referral-pack/testing/pack-translator';
import { assess } from '../triage/assess';
import { followUpTargetName, listFollowUpTargets } from './follow-up-targets';
import { selectReferrals } from './select';

const NOW = new Date('2026-03-05T10:00:00Z');
const t = createPackTranslator('en');

const spain: Case = {
  ...createEmptyCase({ id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f', now: NOW }),
  country: 'ES',
  answers: { incident_types: ['investment_scam'], money_sent: 'yes' },
  ownContacts: [{ id: 'c1', kind: 'legal_help', name: 'Abogada Ruiz' }],
  reportsMade: [
    {
      id: 'r1',
      kind: 'police_cybercrime_report',
      organisation: 'Guardia Civil',
      date: '2026-03-01',
      reference: null,
      notes: null,
    },
  ],
};
const selection = selectReferrals(assess(spain, { now: NOW }), spain);

describe('the referrals a volunteer can follow', () => {
  it('lists the recommended ones in the results’ order, then the reports already made, each once', () => {
    const targets = listFollowUpTargets(spain, selection);
    const recommended = selection.referrals.length;
    expect(recommended).toBeGreaterThan(1);
    expect(targets.slice(0, recommended).map((x) => x.source)).not.toContain('report_made');
    expect(targets.at(-1)).toEqual({
      source: 'report_made',
      targetId: 'r1',
      kind: 'police_cybercrime_report',
    });
    expect(targets).toContainEqual({ source: 'own_contact', targetId: 'c1', kind: 'legal_help' });
    expect(new Set(targets.map((x) => `${x.source}:${x.targetId}`)).size).toBe(targets.length);
  });

  it('keeps a referral followed earlier that the results no longer recommend', () => {
    const gone = { source: 'directory', targetId: 'no_longer_listed', kind: 'victim_support' } as const;
    const followed = changeFollowUp(spain, gone, { status: 'contacted' }, '2026-03-02');
    expect(listFollowUpTargets(followed, selection).at(-1)).toEqual(gone);
    // Following a recommended one does not list it twice.
    const [first] = listFollowUpTargets(spain, selection);
    if (!first) throw new Error('expected a referral');
    const again = changeFollowUp(spain, first, { status: 'contacted' }, '2026-03-02');
    expect(listFollowUpTargets(again, selection)).toHaveLength(listFollowUpTargets(spain, selection).length);
  });

  it('names each by the directory, the contact or the report', () => {
    const names = listFollowUpTargets(spain, selection).map((x) => followUpTargetName(x, spain, 'en', t));
    expect(names).toContain('Abogada Ruiz');
    expect(names).toContain('Police (cybercrime report): Guardia Civil');
    const unknown = { source: 'directory', targetId: 'no_longer_listed', kind: 'victim_support' } as const;
    expect(followUpTargetName(unknown, spain, 'en', t)).toBe('Victim support');
  });
});
