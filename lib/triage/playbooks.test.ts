/**
 * Playbooks by kind of harm (issue #10, point 1): each kind of harm orders its own steps, and one documented
 * priority (tiers) merges several. The expected orders below come from the guidance summarised in docs/sources.md,
 * "Triage guidance", "Playbooks", written before the playbooks were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { caseArbitrary } from '../questionnaire/testing/arbitraries';
import { loadScenarios } from '../triage-evaluation/load';
import { caseOfScenario } from '../triage-evaluation/evaluate';
import { assess } from './assess';
import { ACTION_IDS, ACTION_TIERS, ACTIONS } from './codes';
import type { ActionId } from './codes';
import { PLAYBOOKS } from './playbooks';
import type { Assessment } from './types';
import { scenario } from './testing/scenario';

/** A case from answers (with `country`, `age_group` and `respondent` among them). */
function scenarioCase(answers: Record<string, string | string[]>) {
  const { country = 'US', age_group = 'age_18_to_59', respondent = 'person_harmed', ...rest } = answers;
  return scenario()
    .country(country as string)
    .age(age_group as Parameters<ReturnType<typeof scenario>['age']>[0])
    .respondent(respondent as Parameters<ReturnType<typeof scenario>['respondent']>[0])
    .answers(rest)
    .build();
}

const NOW = new Date('2026-12-02T12:00:00Z');
/** Shortly after the scenarios' answers were given (./testing/scenario.ts): "in the last 24 hours" is still recent. */
const SOON_AFTER_ANSWERS = new Date('2026-03-04T12:00:00Z');
const ids = (a: Assessment) => a.actions.map((x) => x.id);
const before = (a: Assessment, first: ActionId, second: ActionId) => {
  const list = ids(a);
  expect(list, `${first} and ${second} both shown`).toEqual(expect.arrayContaining([first, second]));
  expect(list.indexOf(first), `${first} before ${second} in ${list.join(', ')}`).toBeLessThan(
    list.indexOf(second),
  );
};

describe('the playbooks, as data', () => {
  it('have unique ids, steps without repeats, and a source each', () => {
    expect(new Set(PLAYBOOKS.map((p) => p.id)).size).toBe(PLAYBOOKS.length);
    for (const p of PLAYBOOKS) {
      expect(p.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(new Set(p.steps).size, p.id).toBe(p.steps.length);
      expect(p.source, p.id).toMatch(/docs\/sources\.md/);
    }
  });

  it('only move a step they list, to a tier that exists', () => {
    for (const p of PLAYBOOKS) {
      for (const [step, tier] of Object.entries('tiers' in p ? p.tiers : {})) {
        expect(p.steps as readonly string[], `${p.id} moves ${step}`).toContain(step);
        expect(ACTION_TIERS as readonly string[]).toContain(tier);
      }
    }
  });

  it('name only steps that exist in "supersededBy"', () => {
    for (const action of ACTIONS) {
      if (!('supersededBy' in action)) continue;
      for (const id of action.supersededBy) expect(ACTION_IDS as readonly string[]).toContain(id);
    }
  });

  it('each apply to at least one situation of the evaluation set written from published guidance', () => {
    const seen = new Set(
      loadScenarios('lib/triage-evaluation').flatMap(
        (s) => assess(caseOfScenario(s), { now: NOW }).playbooks,
      ),
    );
    for (const p of PLAYBOOKS) expect(seen, p.id).toContain(p.id);
  });
});

describe('one plan from several playbooks', () => {
  it('keeps the tiers in order, whatever the mix (generated cases)', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 3, oddness: 0.05 }), (c) => {
        const a = assess(c, { now: NOW });
        const active = PLAYBOOKS.filter((p) => a.playbooks.includes(p.id));
        const tierOf = (id: ActionId) => {
          const moved = active.find((p) => 'tiers' in p && id in p.tiers);
          const tier =
            moved && 'tiers' in moved
              ? (moved.tiers as Record<string, string>)[id]
              : ACTIONS.find((x) => x.id === id)?.tier;
          return ACTION_TIERS.indexOf(tier as (typeof ACTION_TIERS)[number]);
        };
        const tiers = a.actions.map((x) => tierOf(x.id));
        expect(tiers).toEqual([...tiers].sort((x, y) => x - y));
      }),
      { seed: 12, numRuns: 800 },
    );
  });

  it('never shows "stop paying" beside "stop replying, and don\'t pay"', () => {
    fc.assert(
      fc.property(caseArbitrary({ maxRecords: 3, oddness: 0.05 }), (c) => {
        const list = ids(assess(c, { now: NOW }));
        expect(list.includes('stop_paying') && list.includes('stop_replying_to_extortion')).toBe(false);
      }),
      { seed: 13, numRuns: 800 },
    );
  });
});

describe('each kind of harm in its own order', () => {
  it('ransomware at a business: isolate, report and keep the evidence before resetting passwords', () => {
    const a = assess(
      scenarioCase({
        respondent: 'organisation',
        country: 'US',
        incident_types: ['malware_ransomware_breach'],
        systems_affected: 'business_or_organisation',
        device_harm: ['files_locked_ransom'],
        attack_ongoing: 'yes',
        data_given: ['none'],
        affected_accounts: ['work'],
      }),
      { now: NOW },
    );
    expect(a.playbooks).toContain('device_attack');
    expect(ids(a)[0]).toBe('isolate_affected_systems');
    before(a, 'report_to_police', 'change_passwords_clean_device');
    before(a, 'keep_evidence', 'change_passwords_clean_device');
  });

  it('loans opened in the person’s name: the lenders, then a fraud alert or freeze, then the reports', () => {
    const a = assess(
      scenarioCase({
        country: 'CA',
        age_group: 'age_18_to_59',
        incident_types: ['identity_theft'],
        money_sent: 'no',
        identity_misuse: ['loan_or_credit'],
      }),
      { now: NOW },
    );
    expect(ids(a).slice(0, 2)).toEqual(['report_accounts_opened', 'protect_identity']);
    before(a, 'protect_identity', 'report_to_police');
  });

  it('an account still used by someone else: take it back through the platform before the police report', () => {
    const a = assess(
      scenarioCase({
        country: 'MX',
        age_group: 'age_18_to_59',
        incident_types: ['account_takeover'],
        money_sent: 'no',
        accounts_controlled: 'yes',
        affected_accounts: ['messaging'],
        contacts_asked_for_money: 'yes',
      }),
      { now: NOW },
    );
    expect(ids(a).slice(0, 3)).toEqual(['secure_accounts', 'warn_contacts', 'report_to_platform']);
  });

  it('intimate images already posted by an adult’s ex-partner: removal first, then evidence and the police', () => {
    const a = assess(
      scenarioCase({
        country: 'ES',
        age_group: 'age_18_to_59',
        incident_types: ['intimate_images_shared'],
        images_shared_already: 'yes',
        money_sent: 'no',
        perpetrator_relationship: 'former_partner',
      }),
      { now: NOW },
    );
    expect(ids(a)[0]).toBe('request_image_removal');
    before(a, 'keep_evidence', 'report_to_platform');
    before(a, 'report_to_police', 'report_to_platform');
  });

  it('a phone bought on a marketplace: report the seller on the platform before the police', () => {
    const a = assess(
      scenarioCase({
        country: 'PT',
        age_group: 'age_18_to_59',
        incident_types: ['shopping_fraud'],
        money_sent: 'yes',
        money_last_sent: 'last_2_weeks',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'i_made_them',
        contact_channels: ['online_marketplace'],
      }),
      { now: NOW },
    );
    before(a, 'report_to_platform', 'report_to_police');
  });

  it('a fake shop’s own website is not a platform to report the seller on first', () => {
    const a = assess(
      scenarioCase({
        country: 'PT',
        age_group: 'age_18_to_59',
        incident_types: ['shopping_fraud'],
        money_sent: 'yes',
        money_last_sent: 'last_2_weeks',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'i_made_them',
        contact_channels: ['website'],
      }),
      { now: NOW },
    );
    expect(a.playbooks).not.toContain('marketplace_purchase');
    before(a, 'report_to_police', 'report_to_platform');
  });
});

describe('the country’s own order of reports', () => {
  const shoppingLoss = (country: string) =>
    assess(
      scenarioCase({
        country,
        incident_types: ['shopping_fraud'],
        money_sent: 'yes',
        money_last_sent: 'last_2_weeks',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'i_made_them',
        contact_channels: ['website'],
      }),
      { now: NOW },
    );

  it('in the US and the UK, the national fraud reporting centre before the police (FTC, Report Fraud)', () => {
    for (const country of ['US', 'GB'])
      before(shoppingLoss(country), 'report_to_fraud_centre', 'report_to_police');
  });

  it('in Canada, the local police before the Canadian Anti-Fraud Centre', () => {
    before(shoppingLoss('CA'), 'report_to_police', 'report_to_fraud_centre');
  });

  it('in Australia, a scam online goes to ReportCyber (the police) first, one only by phone to Scamwatch first', () => {
    before(shoppingLoss('AU'), 'report_to_police', 'report_to_fraud_centre');
    const byPhone = assess(
      scenarioCase({
        country: 'AU',
        incident_types: ['official_impersonation'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['gift_card'],
        payments_authorised: 'i_made_them',
        contact_channels: ['phone_call'],
        impersonated: ['government_or_tax'],
      }),
      { now: NOW },
    );
    before(byPhone, 'report_to_fraud_centre', 'report_to_police');
    // Not outside Australia.
    const byPhoneInCanada = assess(
      scenarioCase({
        country: 'CA',
        incident_types: ['official_impersonation'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['gift_card'],
        payments_authorised: 'i_made_them',
        contact_channels: ['phone_call'],
      }),
      { now: NOW },
    );
    expect(byPhoneInCanada.playbooks).not.toContain('fraud_report_scamwatch_for_phone_scams');
  });

  it('in the US, identity misuse is reported to the FTC (IdentityTheft.gov) even when no money was lost', () => {
    const a = assess(
      scenarioCase({
        country: 'US',
        incident_types: ['identity_theft'],
        money_sent: 'no',
        identity_misuse: ['loan_or_credit'],
      }),
      { now: NOW },
    );
    expect(ids(a).slice(0, 3)).toEqual([
      'report_accounts_opened',
      'protect_identity',
      'report_to_fraud_centre',
    ]);
  });
});

describe('facts that changed the plan', () => {
  it('a video a child sent to an adult is not an identity document: no credit freeze', () => {
    const a = assess(
      scenarioCase({
        country: 'PE',
        age_group: 'under_18',
        respondent: 'parent_or_carer',
        child_at_risk: 'yes',
        child_relationship: 'my_child_or_family',
        incident_types: ['child_sexual_abuse'],
        child_harm_kinds: ['sexual_messages', 'asked_for_images'],
        data_given: ['selfie_or_video'],
      }),
      { now: NOW },
    );
    expect(ids(a)).not.toContain('protect_identity');
  });

  it('a selfie sent for a fake identity check still calls for protecting the identity', () => {
    const a = assess(
      scenarioCase({
        country: 'ES',
        incident_types: ['job_task_scam'],
        data_given: ['selfie_or_video', 'id_documents'],
      }),
      { now: NOW },
    );
    expect(ids(a)).toContain('protect_identity');
  });

  it('an ID number read out to a fake tax officer calls for protecting the identity; an address alone does not', () => {
    // FTC (IdentityTheft.gov) and the Government of Canada: a Social Insurance or Social Security number given to a
    // scammer is the start of identity theft: credit bureaus, a fraud alert, the agency that issued it.
    const given = (dataGiven: string[]) =>
      assess(
        scenarioCase({
          country: 'CA',
          incident_types: ['official_impersonation'],
          money_sent: 'asked_not_paid',
          impersonated: ['government_or_tax'],
          data_given: dataGiven,
        }),
        { now: NOW },
      );
    expect(ids(given(['id_numbers']))).toContain('protect_identity');
    expect(ids(given(['personal_details']))).not.toContain('protect_identity');
  });

  it('nothing paid and the caller gone: protect the identity, then report; "don\'t pay" comes after', () => {
    // CAFC: contact the credit bureaux if sensitive information was given, then report; there is no payment to stop.
    const a = assess(
      scenarioCase({
        country: 'CA',
        incident_types: ['official_impersonation'],
        money_sent: 'asked_not_paid',
        still_in_contact: 'no',
        more_money_requested: 'yes',
        impersonated: ['government_or_tax'],
        data_given: ['id_numbers'],
      }),
      { now: NOW },
    );
    expect(ids(a)[0]).toBe('protect_identity');
    before(a, 'report_to_police', 'stop_paying');
  });

  it('still in contact and asked for money: "stop paying" keeps its place before the reports', () => {
    const a = assess(
      scenarioCase({
        country: 'CA',
        incident_types: ['official_impersonation'],
        money_sent: 'asked_not_paid',
        still_in_contact: 'yes',
        more_money_requested: 'yes',
        impersonated: ['government_or_tax'],
      }),
      { now: NOW },
    );
    before(a, 'stop_paying', 'report_to_police');
  });

  it('a bank log-in given away, with nobody in the account: change passwords, not "take back your accounts"', () => {
    const a = assess(
      scenarioCase({
        country: 'CA',
        incident_types: ['phishing'],
        data_given: ['bank_login', 'one_time_codes'],
        accounts_controlled: 'no',
        support_wanted: ['help_securing_accounts'],
      }),
      { now: NOW },
    );
    expect(ids(a)).toContain('change_passwords_clean_device');
    expect(ids(a)).not.toContain('secure_accounts');
  });
});

describe('card payments the person did not make', () => {
  const cardFraud = (country: string) =>
    assess(
      scenarioCase({
        country,
        incident_types: ['phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_2_weeks',
        payment_methods: ['card'],
        payments_authorised: 'made_without_me',
        data_given: ['card_details'],
        support_wanted: ['help_reporting'],
      }),
      { now: NOW },
    );

  it('in Spain and Portugal (PSD2), the ombudsman comes right after the police report, before the evidence', () => {
    for (const country of ['ES', 'PT']) {
      const a = cardFraud(country);
      before(a, 'report_to_police', 'complain_to_ombudsman');
      before(a, 'complain_to_ombudsman', 'keep_evidence');
    }
  });

  it('in Peru (the bank answers a claim in 15 business days, then Indecopi), the same order', () => {
    const a = cardFraud('PE');
    before(a, 'tell_bank_about_fraud', 'report_to_police');
    before(a, 'report_to_police', 'complain_to_ombudsman');
    before(a, 'complain_to_ombudsman', 'keep_evidence');
  });

  it('one-time codes given with the card details only confirm card payments: block the card, no password to change', () => {
    const a = assess(
      scenarioCase({
        country: 'PE',
        incident_types: ['phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['card'],
        payments_authorised: 'made_without_me',
        data_given: ['card_details', 'one_time_codes'],
      }),
      { now: SOON_AFTER_ANSWERS },
    );
    expect(ids(a)[0]).toBe('call_bank_now');
    expect(ids(a)).not.toContain('change_passwords_clean_device');
    // With a password too, new passwords are still a step.
    const withPassword = assess(
      scenarioCase({
        country: 'PE',
        incident_types: ['phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['card'],
        payments_authorised: 'made_without_me',
        data_given: ['card_details', 'one_time_codes', 'passwords'],
      }),
      { now: SOON_AFTER_ANSWERS },
    );
    expect(ids(withPassword)).toContain('change_passwords_clean_device');
  });

  it('in Chile (Ley de Fraudes: the bank, then a police complaint), the default order stands', () => {
    expect(cardFraud('CL').playbooks).not.toContain('unauthorised_card_payments');
  });
});

describe('a scam that posed as an investment firm', () => {
  const investment = (claimed: string) =>
    assess(
      scenarioCase({
        country: 'GB',
        incident_types: ['investment_scam'],
        money_sent: 'yes',
        money_last_sent: 'last_13_months',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'i_made_them',
        contact_channels: ['website', 'phone_call'],
        more_money_requested: 'yes',
        claimed_authorised_firm: claimed,
      }),
      { now: NOW },
    );

  it('a broker or a copy of an authorised firm: the regulator first among the reports (FCA on clone firms)', () => {
    const a = investment('yes');
    before(a, 'report_to_financial_regulator', 'report_to_fraud_centre');
    before(a, 'report_to_financial_regulator', 'report_to_police');
  });

  it("otherwise the country's report order stands", () => {
    before(investment('no'), 'report_to_fraud_centre', 'report_to_financial_regulator');
  });
});

describe("a payment diverted from an organisation's mailbox", () => {
  it('the bank, the mailbox and the police complaint before warning others (INCIBE 017)', () => {
    const a = assess(
      scenarioCase({
        country: 'ES',
        respondent: 'organisation',
        age_group: 'prefer_not_to_say',
        incident_types: ['account_takeover', 'phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_3_days',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'i_made_them',
        contact_channels: ['email'],
        affected_accounts: ['email', 'work'],
      }),
      { now: SOON_AFTER_ANSWERS },
    );
    expect(ids(a).slice(0, 3)).toEqual(['call_bank_now', 'secure_accounts', 'report_to_police']);
    before(a, 'report_to_police', 'warn_contacts');
  });
});

describe('a partner or ex-partner threatening to share images', () => {
  it('the safety plan, the evidence and the report before going silent on their demands', () => {
    const a = assess(
      scenarioCase({
        country: 'AR',
        incident_types: ['sextortion'],
        intimate_image_threat: 'yes',
        threat_ongoing: 'yes',
        images_shared_already: 'no',
        perpetrator_relationship: 'former_partner',
        demand_kinds: ['get_back_together'],
      }),
      { now: NOW },
    );
    expect(ids(a)[0]).toBe('plan_safety_first');
    before(a, 'report_to_police', 'stop_replying_to_extortion');
  });

  it('for a teenager, stopping the contact stays before the report (NCMEC)', () => {
    const a = assess(
      scenarioCase({
        country: 'AR',
        age_group: 'under_18',
        incident_types: ['sextortion'],
        intimate_image_threat: 'yes',
        threat_ongoing: 'yes',
        images_shared_already: 'no',
        perpetrator_relationship: 'former_partner',
      }),
      { now: NOW },
    );
    before(a, 'stop_replying_to_extortion', 'report_to_police');
  });
});

describe("an organisation's online account taken over and used against its customers", () => {
  // NCSC "Recovering a hacked account": take the account back, check its settings, change the passwords; with nothing
  // running on the organisation's own systems, disconnecting them protects nothing. Written before the rule.
  it('takes the account back and warns the customers; does not disconnect its systems', () => {
    const a = assess(
      scenarioCase({
        respondent: 'organisation',
        country: 'ES',
        incident_types: ['phishing', 'account_takeover', 'malware_ransomware_breach'],
        money_sent: 'no',
        data_given: ['passwords'],
        accounts_controlled: 'dont_know',
        contacts_asked_for_money: 'yes',
        affected_accounts: ['work'],
        systems_affected: 'business_or_organisation',
        device_harm: ['data_stolen'],
        others_data_exposed: 'yes',
      }),
      { now: NOW },
    );
    expect(ids(a).slice(0, 2)).toEqual(['secure_accounts', 'warn_contacts']);
    expect(ids(a)).not.toContain('isolate_affected_systems');
  });
});

describe('ransomware still spreading, with a ransom note', () => {
  // Written from the CISA ransomware response checklist (isolate the affected systems, then report; do not pay) before
  // the rule: a ransom note is not a conversation to break off first.
  it('contain it, report it, keep the evidence; not replying or paying comes with the report', () => {
    const a = assess(
      scenarioCase({
        respondent: 'organisation',
        country: 'CO',
        incident_types: ['malware_ransomware_breach'],
        money_sent: 'asked_not_paid',
        systems_affected: 'business_or_organisation',
        device_harm: ['files_locked_ransom', 'data_stolen'],
        attack_ongoing: 'yes',
        attack_demand: 'yes',
      }),
      { now: NOW },
    );
    expect(ids(a).slice(0, 3)).toEqual(['isolate_affected_systems', 'report_to_police', 'keep_evidence']);
    before(a, 'keep_evidence', 'stop_replying_to_extortion');
  });
});

describe('an ex-partner asking to get back together', () => {
  // Written from the partner-abuse guidance (1800RESPECT, Refuge, Spain's 016: pressure and monitoring by an ex are
  // abuse; a safety plan first) and the extortion guidance (FBI: a demand backed by a threat): asking to get back
  // together is extortion only when a threat comes with it.
  const ex = (extra: Record<string, string | string[]>) =>
    assess(
      scenarioCase({
        country: 'PE',
        incident_types: ['harassment'],
        threat_ongoing: 'yes',
        demand_kinds: ['get_back_together'],
        harassment_kinds: ['stalking_or_monitoring'],
        perpetrator_relationship: 'former_partner',
        ...extra,
      }),
      { now: NOW },
    );

  it('with no threat: the safety plan first, and nothing about extortion', () => {
    const a = ex({ threat_of_violence: 'no', threatened_for_reporting: 'no' });
    expect(ids(a)[0]).toBe('plan_safety_first');
    expect(ids(a)).not.toContain('stop_replying_to_extortion');
    expect(a.urgency.ruleIds).not.toContain('urgency_ongoing_extortion');
  });

  it('with a threat of violence: extortion, and still the safety plan first', () => {
    const a = ex({ threat_of_violence: 'yes' });
    expect(ids(a)[0]).toBe('plan_safety_first');
    expect(a.urgency.ruleIds).toContain('urgency_ongoing_extortion');
  });
});

describe("malware on the person's own phone", () => {
  const trojan = (extra: Record<string, string | string[]>) =>
    assess(
      scenarioCase({
        country: 'AR',
        incident_types: ['malware_ransomware_breach', 'phishing'],
        money_sent: 'yes',
        money_last_sent: 'last_24_hours',
        payment_methods: ['bank_transfer'],
        payments_authorised: 'made_without_me',
        data_given: ['bank_login', 'passwords'],
        accounts_controlled: 'yes',
        affected_accounts: ['bank_or_payment', 'email'],
        systems_affected: 'personal',
        device_harm: ['unknown_programs', 'messages_intercepted'],
        ...extra,
      }),
      { now: SOON_AFTER_ANSWERS },
    );

  it('the bank, new passwords from a clean device, then the report, before taking back each account', () => {
    const a = trojan({});
    expect(ids(a).slice(0, 3)).toEqual([
      'call_bank_now',
      'change_passwords_clean_device',
      'report_to_police',
    ]);
    before(a, 'report_to_police', 'secure_accounts');
  });

  it('not when a partner put it there: the safety plan comes first', () => {
    const a = trojan({ perpetrator_relationship: 'current_partner' });
    expect(a.playbooks).not.toContain('malware_on_own_device');
    expect(ids(a)[0]).toBe('plan_safety_first');
  });
});
