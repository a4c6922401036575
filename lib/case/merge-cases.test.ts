import { describe, expect, it } from 'vitest';

import { createEmptyCase } from './case-file';
import { changeFollowUp } from './follow-up';
import { mergeCases } from './merge-cases';
import { PaymentSchema, type Case, type Payment } from './schema';

const base: Case = {
  ...createEmptyCase({ id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f', now: new Date('2026-03-01T10:00:00Z') }),
  answers: { incident_type: 'investment', money_sent: 'yes' },
  answeredAt: { incident_type: '2026-03-01T10:00:00.000Z', money_sent: '2026-03-01T10:00:00.000Z' },
};

function answered(c: Case, id: string, value: string, at: string): Case {
  return { ...c, answers: { ...c.answers, [id]: value }, answeredAt: { ...c.answeredAt, [id]: at } };
}

function payment(id: string, amount: number): Payment {
  return PaymentSchema.parse({ id, amount, currency: 'EUR' });
}

describe('merging two tabs’ changes to one case', () => {
  it('keeps both people’s answers to different questions', () => {
    const mine = answered(base, 'still_in_contact', 'yes', '2026-03-01T10:05:00.000Z');
    const theirs = answered(base, 'threats', 'no', '2026-03-01T10:04:00.000Z');
    const merged = mergeCases(base, mine, theirs);
    expect(merged.answers).toMatchObject({ still_in_contact: 'yes', threats: 'no', money_sent: 'yes' });
    expect(merged.answeredAt.threats).toBe('2026-03-01T10:04:00.000Z');
  });

  it('lets the later answer to the same question win, whichever tab saves last', () => {
    const mine = answered(base, 'money_sent', 'no', '2026-03-01T10:01:00.000Z');
    const theirs = answered(base, 'money_sent', 'unsure', '2026-03-01T10:02:00.000Z');
    expect(mergeCases(base, mine, theirs).answers.money_sent).toBe('unsure');
    expect(mergeCases(base, theirs, mine).answers.money_sent).toBe('unsure');
  });

  it('keeps an answer cleared on one side when the other did not touch it', () => {
    const mine = {
      ...base,
      answers: { incident_type: 'investment' },
      answeredAt: { incident_type: base.answeredAt.incident_type! },
    };
    expect(mergeCases(base, mine, base).answers).not.toHaveProperty('money_sent');
    expect(mergeCases(base, base, mine).answers).not.toHaveProperty('money_sent');
  });

  it('keeps records added on both sides and does not bring back one removed on one side', () => {
    const start = { ...base, payments: [payment('a', 1), payment('b', 2)] };
    const mine = { ...start, payments: [payment('a', 1), payment('c', 3)] };
    const theirs = { ...start, payments: [payment('a', 1), payment('b', 2), payment('d', 4)] };
    expect(mergeCases(start, mine, theirs).payments.map((p) => p.id)).toEqual(['a', 'c', 'd']);
  });

  it('takes the other side’s edit of a record this side did not change', () => {
    const start = { ...base, payments: [payment('a', 1)] };
    const theirs = { ...start, payments: [payment('a', 100)] };
    expect(mergeCases(start, start, theirs).payments[0]?.amount).toBe(100);
  });

  it('keeps one tab’s referral follow-up and the other tab’s follow-up day', () => {
    const start = { ...base, updatedAt: '2026-03-01T10:00:00.000Z' };
    const mine = changeFollowUp(
      start,
      { source: 'directory', targetId: 'es_policia', kind: 'police_cybercrime_report' },
      { status: 'contacted' },
      '2026-03-02',
    );
    const theirs = { ...start, followUpOn: '2026-03-09' };
    const merged = mergeCases(start, mine, theirs);
    expect(merged.followUps.map((f) => [f.targetId, f.status, f.contactedOn])).toEqual([
      ['es_policia', 'contacted', '2026-03-02'],
    ]);
    expect(merged.followUpOn).toBe('2026-03-09');
  });

  it('returns the side being saved unchanged when nothing else changed', () => {
    const mine = { ...base, account: 'What happened' };
    expect(mergeCases(base, mine, base)).toBe(mine);
  });
});
