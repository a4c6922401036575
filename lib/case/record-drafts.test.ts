import { describe, expect, it } from 'vitest';

import { RECORD_FIELDS } from '../questionnaire/records';
import { checkDraft, createDraft, getDraftValue, inputToValue, setDraftValue } from './record-drafts';

describe('record drafts', () => {
  it('makes a payment with every field empty, and fills nested fields by path', () => {
    const draft = createDraft('payments', 'p1');
    expect(getDraftValue(draft, ['recipient', 'account'])).toBeNull();
    const next = setDraftValue(draft, ['recipient', 'account'], 'ES91 2100 0418 4502 0005 1332');
    expect(getDraftValue(next, ['recipient', 'account'])).toBe('ES91 2100 0418 4502 0005 1332');
    expect(checkDraft('payments', RECORD_FIELDS.payments, next).ok).toBe(true);
  });

  it('reads amounts typed with a comma or spaces, and currencies in lower case', () => {
    const amount = RECORD_FIELDS.payments.find((f) => f.key === 'amount');
    const currency = RECORD_FIELDS.payments.find((f) => f.key === 'currency');
    if (!amount || !currency) throw new Error('fields missing');
    expect(inputToValue(amount, '1 250,50')).toBe(1250.5);
    expect(inputToValue(amount, '')).toBeNull();
    expect(inputToValue(currency, 'brl')).toBe('BRL');
  });

  it('names the field that is wrong', () => {
    const draft = setDraftValue(createDraft('payments', 'p1'), ['amount'], 'lots');
    expect(checkDraft('payments', RECORD_FIELDS.payments, draft)).toMatchObject({
      ok: false,
      fieldKey: 'amount',
    });
    const identifier = createDraft('identifiers', 'i1');
    expect(checkDraft('identifiers', RECORD_FIELDS.identifiers, identifier)).toMatchObject({
      ok: false,
      fieldKey: 'value',
    });
  });
});
