import { describe, expect, it } from 'vitest';

import { DIRECTORY_COUNTRIES, REFERRAL_KINDS } from '../case/codes';
import type { ReferralKind, Urgency } from '../case/codes';
import type { OwnContact } from '../case/schema';
import { formatSelectionLines } from './format';
import { selectReferrals } from './select';
import type { ReferralAssessment, ReferralCaseData, ReferralSelection } from './select';

/** An assessment as the engine would return it, written by hand so these tests do not depend on its rules. */
function assessment(parts: {
  urgency?: Urgency;
  needs: ReferralKind[];
  incidentTypes?: string[];
  moneySentRecently?: boolean;
  isMinor?: boolean;
  hasSafetyRisk?: boolean;
  foreignCountries?: string[];
}): ReferralAssessment {
  return {
    urgency: { level: parts.urgency ?? 'soon', ruleIds: [`urgency_${parts.urgency ?? 'soon'}`] },
    referralNeeds: parts.needs.map((kind) => ({ kind, ruleIds: [`needs_${kind}`] })),
    incidentTypes: parts.incidentTypes ?? [],
    flags: {
      moneySentRecently: parts.moneySentRecently ?? false,
      isMinor: parts.isMinor ?? false,
      hasSafetyRisk: parts.hasSafetyRisk ?? false,
      foreignCountries: parts.foreignCountries ?? [],
    },
  };
}

function caseIn(country: string | null, ownContacts: OwnContact[] = [], recipientCountries: string[] = []) {
  return {
    country,
    ownContacts,
    payments: recipientCountries.map((recipientCountry) => ({ recipientCountry })),
  } satisfies ReferralCaseData;
}

const ids = (selection: ReferralSelection) => selection.referrals.map((r) => r.entry.id);
const codes = (selection: ReferralSelection) => selection.notices.map((n) => n.code);
const indexOf = (selection: ReferralSelection, id: string) => ids(selection).indexOf(id);

describe('a Brazilian teenager facing sextortion', () => {
  const teen = assessment({
    urgency: 'emergency',
    needs: [
      'child_protection',
      'intimate_image_removal',
      'police_cybercrime_report',
      'crisis_line',
      'victim_support',
    ],
    incidentTypes: ['sextortion'],
    isMinor: true,
    hasSafetyRisk: true,
  });
  const selection = selectReferrals(teen, caseIn('BR'));

  it('starts with the emergency numbers and the crisis line', () => {
    expect(ids(selection).slice(0, 2)).toEqual(['br_190_192_193', 'br_cvv']);
    expect(selection.referrals[0]?.reasons).toEqual(['urgency_emergency']);
  });

  it('offers Brazil’s child-protection lines first, then the police report, then international services', () => {
    expect(ids(selection).slice(2, 6)).toEqual([
      'br_disque_100',
      'br_safernet_denuncie',
      'br_policia_civil_online',
      'br_sinesp_devir',
    ]);
    expect(indexOf(selection, 'take_it_down')).toBe(6);
    // The state police's online stations have one site per state: a generic card says how to find the person's own.
    const civil = selection.referrals.find((r) => r.entry.id === 'br_policia_civil_online');
    expect(civil?.source === 'residence' && civil.entry.isGeneric).toBe(true);
  });

  it('offers the SaferNet helpline for support, and says there is no national removal service', () => {
    expect(ids(selection)).toContain('br_safernet_helpline');
    expect(selection.notices).toContainEqual(
      expect.objectContaining({
        code: 'no_national_service_for_kind',
        kind: 'intimate_image_removal',
        country: 'BR',
      }),
    );
  });

  it('leaves out services only for adults', () => {
    expect(ids(selection)).not.toContain('stopncii');
  });

  it('gives every directory referral the rule ids that asked for it', () => {
    for (const referral of selection.referrals)
      expect(referral.reasons.length, referral.entry.id).toBeGreaterThan(0);
  });

  it('puts emergency numbers last when the urgency is not an emergency and nobody is at risk', () => {
    const calmer = selectReferrals(
      assessment({ urgency: 'urgent', needs: ['emergency_services', 'child_protection'], isMinor: true }),
      caseIn('BR'),
    );
    expect(ids(calmer).at(-1)).toBe('br_190_192_193');
  });
});

describe('a Canadian who sent crypto to an exchange abroad', () => {
  const investor = assessment({
    urgency: 'urgent',
    needs: ['police_cybercrime_report', 'fraud_reporting_centre', 'victim_support'],
    incidentTypes: ['investment_scam'],
    foreignCountries: ['US'],
  });
  const selection = selectReferrals(investor, caseIn('CA'));

  it('reports to the Canadian Anti-Fraud Centre first, and is told to go to local police first', () => {
    expect(ids(selection)[0]).toBe('ca_cafc');
    expect(codes(selection)).toContain('report_to_local_police_first');
  });

  it('adds the reporting channel of the country where the exchange is, and the cross-border site', () => {
    const ic3 = selection.referrals.find((r) => r.entry.id === 'us_ic3');
    expect(ic3).toMatchObject({ source: 'foreign', foreignCountry: 'US' });
    expect(ids(selection)).toContain('econsumer_gov');
    expect(indexOf(selection, 'ca_cafc')).toBeLessThan(indexOf(selection, 'us_ic3'));
  });

  it('leaves out the deceptive-marketing bureau, which is for shopping fraud', () => {
    expect(ids(selection)).not.toContain('ca_competition_bureau');
  });

  it('says Canada has no national fraud-victim support and falls back to an international service', () => {
    expect(selection.notices).toContainEqual(
      expect.objectContaining({ code: 'no_national_fraud_victim_support', kind: 'victim_support' }),
    );
    expect(selection.referrals.find((r) => r.entry.id === 'scars_institute')?.source).toBe('international');
  });

  it('sends the person to their own police when the foreign country’s channels may not take reports from abroad', () => {
    const toUk = selectReferrals(
      { ...investor, flags: { ...investor.flags, foreignCountries: ['GB'] } },
      caseIn('CA'),
    );
    expect(toUk.notices).toContainEqual(
      expect.objectContaining({ code: 'foreign_report_through_local_police', country: 'GB' }),
    );
    expect(ids(toUk)).not.toContain('gb_report_fraud');
  });

  it('says so when the exchange is in a country outside the directory (from the payment records too)', () => {
    const elsewhere = selectReferrals(
      { ...investor, flags: { ...investor.flags, foreignCountries: [] } },
      caseIn('CA', [], ['LT']),
    );
    expect(elsewhere.notices).toContainEqual(
      expect.objectContaining({ code: 'foreign_country_not_in_directory', country: 'LT' }),
    );
    expect(ids(elsewhere)).toContain('econsumer_gov');
  });
});

describe('a Portuguese phishing victim with a card payment yesterday', () => {
  const victim = assessment({
    urgency: 'urgent',
    needs: [
      'police_cybercrime_report',
      'bank_or_payment_provider',
      'financial_regulator_or_ombudsman',
      'victim_support',
    ],
    incidentTypes: ['phishing'],
    moneySentRecently: true,
  });
  const bank: OwnContact = {
    id: 'bank',
    kind: 'bank_or_payment_provider',
    name: 'Meu banco',
    phone: '+351 21 000 0000',
  };

  it('puts the bank first, then the police, then the bank regulator, then support', () => {
    const selection = selectReferrals(victim, caseIn('PT'));
    expect(ids(selection)).toEqual([
      'your_bank_or_payment_provider',
      'pt_pj_unc3t',
      'pt_queixa_eletronica',
      'pt_banco_de_portugal',
      'pt_apav',
      'pt_linha_internet_segura',
    ]);
  });

  it('asks the person to save their bank’s fraud line, and puts it first once saved', () => {
    expect(codes(selectReferrals(victim, caseIn('PT')))).toContain('add_own_bank_contact');
    const selection = selectReferrals(victim, caseIn('PT', [bank]));
    expect(selection.referrals[0]).toMatchObject({
      source: 'own',
      kind: 'bank_or_payment_provider',
      reasons: ['needs_bank_or_payment_provider'],
      needsCheck: false,
    });
    expect(codes(selection)).not.toContain('add_own_bank_contact');
  });

  it('leaves out the technical incident notification, which is not for phishing', () => {
    expect(ids(selectReferrals(victim, caseIn('PT')))).not.toContain('pt_cncs_cert');
  });

  it('puts the bank after the reports when the money went long ago', () => {
    const later = selectReferrals(
      { ...victim, flags: { ...victim.flags, moneySentRecently: false } },
      caseIn('PT'),
    );
    expect(indexOf(later, 'pt_pj_unc3t')).toBeLessThan(indexOf(later, 'your_bank_or_payment_provider'));
  });

  it('keeps the bank first when the rule that asked for it also set the urgency (a recall still possible)', () => {
    const older = assessment({
      urgency: 'soon',
      needs: ['police_cybercrime_report', 'bank_or_payment_provider'],
    });
    const recall = {
      ...older,
      urgency: { level: 'soon' as const, ruleIds: ['needs_bank_or_payment_provider'] },
    };
    expect(ids(selectReferrals(recall, caseIn('PT')))[0]).toBe('your_bank_or_payment_provider');
    expect(ids(selectReferrals(older, caseIn('PT')))[0]).toBe('pt_pj_unc3t');
  });

  it('adds Spain’s online complaint, open to EU citizens, when the money went to Spain', () => {
    const toSpain = selectReferrals(victim, caseIn('PT', [], ['ES']));
    expect(toSpain.referrals.find((r) => r.entry.id === 'es_guardia_civil_denuncia')).toMatchObject({
      source: 'foreign',
      foreignCountry: 'ES',
    });
  });
});

describe('a Nigerian user (a country not in the directory)', () => {
  const person = assessment({
    urgency: 'urgent',
    needs: ['police_cybercrime_report', 'fraud_reporting_centre', 'victim_support', 'crisis_line'],
    incidentTypes: ['romance_scam'],
  });
  const selection = selectReferrals(person, caseIn('NG'));

  it('offers international services only', () => {
    expect(selection.residence).toBeNull();
    expect(selection.referrals.every((r) => r.source === 'international')).toBe(true);
    expect(ids(selection)).toEqual(expect.arrayContaining(['econsumer_gov', 'scars_institute']));
  });

  it('prompts to call the local emergency number and to report to local police, once each', () => {
    expect(codes(selection)).toEqual(
      expect.arrayContaining([
        'country_not_in_directory',
        'call_local_emergency_number',
        'report_to_local_police',
      ]),
    );
    expect(codes(selection).filter((code) => code === 'report_to_local_police')).toHaveLength(1);
    expect(selection.notices.find((n) => n.code === 'country_not_in_directory')?.country).toBe('NG');
  });

  it('says there is no crisis line for the country instead of inventing one', () => {
    expect(codes(selection)).toContain('no_crisis_line_listed');
  });

  it('treats a missing country, or "other", the same way', () => {
    for (const country of [null, 'other']) {
      const unknown = selectReferrals(person, caseIn(country));
      expect(codes(unknown)).toEqual(
        expect.arrayContaining(['country_not_given', 'call_local_emergency_number']),
      );
      expect(unknown.notices[0]).toMatchObject({ code: 'country_not_given', country: 'other' });
    }
  });
});

describe('the person’s own contacts', () => {
  const contacts: OwnContact[] = [
    { id: 'charity', kind: 'victim_support', name: 'Local charity', url: 'charity.example.org/help' },
    { id: 'lawyer', kind: 'legal_help', name: 'A lawyer', url: 'javascript:alert(1)', notes: 'Tuesdays' },
  ];

  it('appear among the referrals, marked as their own, even when no rule asked for their kind', () => {
    const selection = selectReferrals(assessment({ needs: ['victim_support'] }), caseIn('GB', contacts));
    const own = selection.referrals.filter((r) => r.source === 'own');
    expect(own.map((r) => [r.entry.id, r.reasons])).toEqual([
      ['own:charity', ['needs_victim_support']],
      ['own:lawyer', []],
    ]);
    expect(indexOf(selection, 'own:charity')).toBeLessThan(indexOf(selection, 'gb_victim_support'));
  });

  it('link only to safe web addresses', () => {
    const selection = selectReferrals(assessment({ needs: [] }), caseIn('US', contacts));
    const [charity, lawyer] = selection.referrals.map((r) => (r.source === 'own' ? r.entry : null));
    expect(charity?.url).toBe('https://charity.example.org/help');
    expect(lawyer?.url).toBeUndefined();
    expect(lawyer?.urlText).toBe('javascript:alert(1)');
  });
});

describe('ordering and marks', () => {
  it('adds emergency numbers first when the urgency is an emergency even if no rule asked for them', () => {
    const selection = selectReferrals(
      assessment({ urgency: 'emergency', needs: ['victim_support'] }),
      caseIn('AU'),
    );
    expect(ids(selection)[0]).toBe('au_000');
  });

  it('never presents an unconfirmed entry without its mark, in the result or on the command line', () => {
    const selection = selectReferrals(assessment({ needs: ['police_cybercrime_report'] }), caseIn('ES'));
    const police = selection.referrals.find((r) => r.entry.id === 'es_policia_nacional');
    expect(police).toMatchObject({ verification: 'partial', needsCheck: true });
    const line = formatSelectionLines(selection).find((l) => l.includes('es_policia_nacional'));
    expect(line).toContain('CHECK BEFORE RELYING ON THIS');
    expect(line).toContain('url unverified');
  });

  it('keeps services for under-18s from adults and adult services from children', () => {
    const needs: ReferralKind[] = ['intimate_image_removal', 'child_protection'];
    const adult = ids(
      selectReferrals(assessment({ needs, incidentTypes: ['intimate_images_shared'] }), caseIn('GB')),
    );
    expect(adult).toEqual(expect.arrayContaining(['gb_revenge_porn_helpline', 'stopncii']));
    expect(adult).not.toContain('gb_report_remove');
    const child = ids(
      selectReferrals(assessment({ needs, incidentTypes: ['sextortion'], isMinor: true }), caseIn('GB')),
    );
    expect(child).toEqual(expect.arrayContaining(['gb_report_remove', 'gb_ceop']));
    expect(child).not.toContain('gb_revenge_porn_helpline');
  });

  it('lists each entry once, merging the reasons of every rule that asked for it', () => {
    const selection = selectReferrals(
      assessment({ needs: ['police_cybercrime_report', 'fraud_reporting_centre'] }),
      caseIn('GB'),
    );
    const reportFraud = selection.referrals.filter((r) => r.entry.id === 'gb_report_fraud');
    expect(reportFraud).toHaveLength(1);
    expect(reportFraud[0]?.reasons).toEqual([
      'needs_police_cybercrime_report',
      'needs_fraud_reporting_centre',
    ]);
  });

  it('gives the same result for the same input', () => {
    const input = assessment({
      urgency: 'emergency',
      needs: ['crisis_line', 'victim_support'],
      hasSafetyRisk: true,
    });
    expect(selectReferrals(input, caseIn('MX'))).toEqual(selectReferrals(input, caseIn('MX')));
  });

  it('resolves every kind in every country without throwing, to entries or notices', () => {
    const kinds: readonly ReferralKind[] = REFERRAL_KINDS;
    for (const country of [...DIRECTORY_COUNTRIES, 'NG'])
      for (const kind of kinds)
        for (const isMinor of [false, true]) {
          const selection = selectReferrals(assessment({ needs: [kind], isMinor }), caseIn(country));
          const answered = selection.referrals.some((r) => r.reasons.includes(`needs_${kind}`));
          const noticed = selection.notices.some((n) => n.reasons.includes(`needs_${kind}`));
          expect(answered || noticed, `${country} ${kind} minor=${isMinor}`).toBe(true);
        }
  });
});

describe('legal help in Colombia', () => {
  // Written from the right of petition (Ley 1755 de 2015) and the two offices' own concepts: they answer questions on
  // the law they administer, so they fit someone whose work was copied, and nobody else.
  it('offers the copyright and industrial-property offices when someone’s work was copied', () => {
    const copied = assessment({
      urgency: 'routine',
      needs: ['legal_help'],
      incidentTypes: ['content_copied'],
    });
    const selection = selectReferrals(copied, caseIn('CO'));
    expect(ids(selection)).toEqual(expect.arrayContaining(['co_dnda', 'co_sic_propiedad_industrial']));
    expect(codes(selection)).not.toContain('no_free_legal_help_listed');
  });

  it('offers neither for a fraud, and says no free legal help is listed', () => {
    const fraud = assessment({ urgency: 'soon', needs: ['legal_help'], incidentTypes: ['investment_scam'] });
    const selection = selectReferrals(fraud, caseIn('CO'));
    expect(ids(selection)).not.toContain('co_dnda');
    expect(ids(selection)).not.toContain('co_sic_propiedad_industrial');
    expect(codes(selection)).toContain('no_free_legal_help_listed');
  });
});
