import { describe, expect, it } from 'vitest';

import { restoreStoredCase } from './restore-case';
import { restoreSession } from './session';
import { makeStoredCase } from './testing';

describe('restoring a stored case', () => {
  it('rejects garbage with a reason and never throws', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'case',
      [],
      {},
      { case: null },
      { case: [] },
      { case: { id: 7 } },
    ];
    for (const raw of garbage) {
      const result = restoreStoredCase(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
    }
  });

  it('names the field that is wrong', () => {
    const stored = makeStoredCase();
    const result = restoreStoredCase({ case: { ...stored.case, payments: [{ id: 'p1', amount: 'ten' }] } });
    expect(result).toMatchObject({ ok: false, id: stored.case.id });
    if (!result.ok) expect(result.reason).toContain('payments[0].amount');
  });

  it('fills defaults for fields an older record did not have', () => {
    const { case: c } = makeStoredCase();
    const { ownContacts: _o, checklist: _c, reportsMade: _r, account: _a, ...rest } = c;
    const result = restoreStoredCase({ case: rest, session: { view: 'results' } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.case.ownContacts).toEqual([]);
      expect(result.value.case.account).toBe('');
      expect(result.value.session).toEqual({
        view: 'results',
        stepId: null,
        urgentSeen: [],
        returnToReview: false,
        recordForm: null,
      });
    }
  });

  it('migrates a case saved by an older version of the case file', () => {
    const { case: c } = makeStoredCase();
    const { ownContacts: _o, checklist: _c, definitionVersion: _d, language: _l, ...v1 } = c;
    const result = restoreStoredCase({
      case: { ...v1, schemaVersion: 1, payments: [{ id: 'p1', amount: 500, currency: 'EUR' }] },
    });
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (result.ok)
      expect(result.value.case.payments[0]).toMatchObject({ amount: 500, recipientCountry: null });
  });

  it('keeps a session only when it makes sense', () => {
    expect(restoreSession({ view: 'nowhere', stepId: 'DROP TABLE', urgentSeen: ['a', 3] })).toEqual({
      view: 'questions',
      stepId: null,
      urgentSeen: ['a'],
      returnToReview: false,
      recordForm: null,
    });
  });

  it('keeps a record form that was being filled in, and drops one that is not a form', () => {
    const form = {
      list: 'payments',
      isNew: true,
      draft: { id: 'p1', notes: 'half typed' },
      typed: { amount: '3.000' },
    };
    expect(restoreSession({ view: 'questions', recordForm: form }).recordForm).toEqual(form);
    expect(restoreSession({ recordForm: { ...form, list: 'secrets' } }).recordForm).toBeNull();
    expect(restoreSession({ recordForm: { ...form, draft: 'x' } }).recordForm).toBeNull();
  });
});
