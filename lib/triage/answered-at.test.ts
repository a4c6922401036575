import { describe, expect, it } from 'vitest';

import { createEmptyCase } from '../case/case-file';
import { setAnswer } from '../questionnaire/navigation';
import { assess } from './assess';

const ID = '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f';

function answered(at: string) {
  const when = new Date(at);
  let c = createEmptyCase({ id: ID, now: when });
  c = setAnswer(c, 'incident_types', ['romance_scam'], when);
  c = setAnswer(c, 'money_sent', 'yes', when);
  c = setAnswer(c, 'money_last_sent', 'last_24_hours', when);
  c = setAnswer(c, 'payment_methods', ['bank_transfer'], when);
  return c;
}

describe('time-bound answers are read as of when they were given', () => {
  it('money sent "in the last 24 hours" is urgent on the day it was said', () => {
    const c = answered('2026-11-20T09:00:00Z');
    const a = assess(c, { now: new Date('2026-11-20T10:00:00Z') });
    expect(a.flags.moneySentRecently).toBe(true);
    expect(a.actions.map((x) => x.id)).toContain('call_bank_now');
  });

  it('editing the case ten days later does not make that old answer urgent again', () => {
    const later = new Date('2026-11-30T09:00:00Z');
    let c = answered('2026-11-20T09:00:00Z');
    c = setAnswer(c, 'still_in_contact', 'no', later);
    expect(c.updatedAt).toBe(later.toISOString());
    expect(c.answeredAt.money_last_sent).toBe('2026-11-20T09:00:00.000Z');
    const a = assess(c, { now: later });
    expect(a.flags.moneySentRecently).toBe(false);
    expect(a.actions.map((x) => x.id)).not.toContain('call_bank_now');
  });

  it('giving the same answer again keeps its time; changing it records the new time', () => {
    const first = answered('2026-11-20T09:00:00Z');
    const same = setAnswer(first, 'money_last_sent', 'last_24_hours', new Date('2026-11-25T09:00:00Z'));
    expect(same.answeredAt.money_last_sent).toBe('2026-11-20T09:00:00.000Z');
    const changed = setAnswer(first, 'money_last_sent', 'last_3_days', new Date('2026-11-25T09:00:00Z'));
    expect(changed.answeredAt.money_last_sent).toBe('2026-11-25T09:00:00.000Z');
    const pruned = setAnswer(first, 'money_sent', 'no', new Date('2026-11-25T09:00:00Z'));
    expect(pruned.answers.money_last_sent).toBeUndefined();
    expect(pruned.answeredAt.money_last_sent).toBeUndefined();
  });
});
