import { describe, expect, it } from 'vitest';

import { assess } from './assess';
import { scenario } from './testing/scenario';
import { NOW as SCENARIO_NOW } from './testing/scenarios';

// The scenario builder dates its answers at the golden scenarios' clock.
const NOW = new Date(SCENARIO_NOW);
const variantOf = (c: ReturnType<ReturnType<typeof scenario>['build']>, id: string) =>
  assess(c, { now: NOW }).actions.find((a) => a.id === id)?.variant;

describe('a stolen or copied card: block it, then dispute (PSD2 Art. 71; issue #10)', () => {
  const card = (authorised: string) =>
    scenario()
      .country('ES')
      .answers({
        incident_types: ['phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['card'],
        payments_authorised: authorised,
        data_given: ['card_details'],
      })
      .build();

  it('turns "call the bank" into "block the card" when a card paid without consent', () => {
    expect(variantOf(card('made_without_me'), 'call_bank_now')).toBe('card');
    expect(variantOf(card('both'), 'call_bank_now')).toBe('card');
  });

  it('keeps the bank call as it is for a card payment the person made, and for a bank transfer', () => {
    expect(variantOf(card('i_made_them'), 'call_bank_now')).toBeUndefined();
    const transfer = scenario()
      .country('ES')
      .answers({
        incident_types: ['family_impersonation'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'made_without_me',
      })
      .build();
    expect(variantOf(transfer, 'call_bank_now')).toBeUndefined();
  });

  it('says "block the card, then dispute" after the first 72 hours too', () => {
    const later = scenario()
      .country('PT')
      .answers({
        incident_types: ['phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_80_days',
        payment_methods: ['card'],
        payments_authorised: 'made_without_me',
      })
      .build();
    expect(variantOf(later, 'call_bank_now')).toBeUndefined();
    expect(variantOf(later, 'tell_bank_about_fraud')).toBe('card');
  });
});
