import { describe, expect, it } from 'vitest';

import { amountText, firstUnclearAmount, summaryOf, withAmountsReadAgain } from './record-amounts';

describe('a kept record in its list', () => {
  it('reads as its amount, when and to whom for a payment', () => {
    const line = summaryOf(
      'payments',
      { id: 'p1', amount: 800, currency: 'EUR', paidAt: '2026-03-03T18:40', recipient: { name: 'Ana' } },
      'en-GB',
    );
    expect(line).toBe('€800.00 · 2026-03-03 18:40 · Ana');
  });

  it('reads as the start of its fingerprint for evidence, and the organisation and reference for a report', () => {
    expect(summaryOf('evidence', { id: 'e1', fileName: 'chat.png', sha256: 'ab'.repeat(32) }, 'en-GB')).toBe(
      'chat.png · abababababab',
    );
    expect(
      summaryOf('reports_made', { id: 'r1', organisation: 'Policía', reference: 'DEN-1' }, 'es-ES'),
    ).toBe('Policía · DEN-1');
    expect(summaryOf('identifiers', { id: 'i1', kind: 'phone', value: '+34 600' }, 'es-ES')).toBe('+34 600');
  });
});

describe('amounts in an open form', () => {
  it('start from the kept number written for the language, with nothing for no amount', () => {
    expect(amountText({ amount: 1234.5 }, ['amount'], 'pt')).toBe('1234,5');
    expect(amountText({}, ['amount'], 'en')).toBe('');
  });

  it('are read again in the new currency: "12,50" typed in Brazil is twelve reais fifty', () => {
    const draft = withAmountsReadAgain('payments', { id: 'p1', currency: 'BRL' }, { amount: '12,50' }, 'pt');
    expect(draft.amount).toBe(12.5);
  });

  it('that are not clear yet are named, so they are not saved as "no amount"', () => {
    expect(firstUnclearAmount('payments', { id: 'p1' }, { amount: 'about a thousand?' })).toBe('amount');
    expect(firstUnclearAmount('payments', { id: 'p1', amount: 12 }, { amount: '12' })).toBeNull();
    expect(firstUnclearAmount('payments', { id: 'p1' }, { amount: '  ' })).toBeNull();
  });
});
