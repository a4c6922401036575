/**
 * Steps and services appear only for situations they apply to (issue #10), over many generated cases: random
 * answers to every question, random records and every country. Each property names the fact a step needs, written
 * from the guidance behind the step, not from the rule that fires it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { caseArbitrary } from '../questionnaire/testing/arbitraries';
import { selectReferrals } from '../referrals/select';
import { assess } from './assess';
import type { Assessment } from './types';

const NOW = new Date('2026-12-02T12:00:00Z');
const RUNS = { seed: 10, numRuns: 1_500 };

const has = (a: Assessment, fact: string) => (a.facts as readonly string[]).includes(fact);
const shows = (a: Assessment, action: string) => a.actions.some((x) => x.id === action);
const anyFact = (a: Assessment, ...facts: string[]) => facts.some((f) => has(a, f));

/** Runs a property over generated cases and their assessment. */
function forEveryCase(check: (a: Assessment, c: Parameters<typeof assess>[0]) => void) {
  fc.assert(
    fc.property(caseArbitrary({ maxRecords: 3, oddness: 0.05 }), (c) => check(assess(c, { now: NOW }), c)),
    RUNS,
  );
}

describe('steps appear only where they apply, over generated cases', () => {
  it('"stop paying" never without money asked for or sent', () => {
    forEveryCase((a) => {
      if (shows(a, 'stop_paying'))
        expect(anyFact(a, 'more_money_requested', 'money_asked_not_paid', 'money_lost')).toBe(true);
    });
  });

  it('image removal and image blocking never without intimate images involved', () => {
    const imageFacts = [
      'images_shared_already',
      'intimate_image_threat',
      'incident_sextortion',
      'incident_intimate_images_shared',
      'child_images_involved',
    ];
    forEveryCase((a, c) => {
      const imageSteps = ['request_image_removal', 'block_images_before_shared'].filter((s) => shows(a, s));
      if (imageSteps.length > 0) expect(anyFact(a, ...imageFacts), imageSteps.join()).toBe(true);
      // The person's own contacts are theirs to keep, whatever the situation.
      const kinds = selectReferrals(a, c)
        .referrals.filter((r) => r.source !== 'own')
        .map((r) => r.kind);
      if (kinds.includes('intimate_image_removal')) expect(anyFact(a, ...imageFacts)).toBe(true);
    });
  });

  it('services only for under-18s are never offered for an adult, and adult-only ones never for a child', () => {
    forEveryCase((a, c) => {
      for (const r of selectReferrals(a, c).referrals) {
        if (r.source === 'own') continue;
        if (r.entry.audience === 'minors') expect(a.flags.isMinor, r.entry.id).toBe(true);
        if (r.entry.audience === 'adults') expect(a.flags.isMinor, r.entry.id).toBe(false);
      }
    });
  });

  it('people’s services (crisis lines, personal credit files) are never offered to someone answering for an organisation', () => {
    forEveryCase((a, c) => {
      const forOrganisation = c.respondent === 'organisation';
      for (const r of selectReferrals(a, c).referrals) {
        if (r.source === 'own') continue;
        if (forOrganisation)
          expect(['minors', 'adults', 'people'], r.entry.id).not.toContain(r.entry.audience);
        else expect(r.entry.audience, r.entry.id).not.toBe('organisations');
      }
    });
  });

  it('"protect the child now" is never addressed to the young person, and "tell someone you trust" only to one', () => {
    forEveryCase((a) => {
      if (shows(a, 'protect_child_now')) expect(has(a, 'answered_by_young_person')).toBe(false);
      if (shows(a, 'tell_someone_you_trust')) expect(has(a, 'person_is_minor')).toBe(true);
      if (has(a, 'answered_by_parent')) expect(shows(a, 'tell_someone_you_trust')).toBe(false);
    });
  });

  it('extortion steps never without a demand, and disconnecting never for a denial-of-service alone', () => {
    forEveryCase((a) => {
      if (shows(a, 'stop_replying_to_extortion')) expect(has(a, 'extortion_demand')).toBe(true);
      if (shows(a, 'isolate_affected_systems'))
        expect(has(a, 'incident_malware_ransomware_breach')).toBe(true);
    });
  });

  it('passwords, recovery-scam warnings and money-recall steps only after the facts that call for them', () => {
    const access = [
      'credentials_given',
      'account_accessed',
      'accounts_controlled',
      'remote_access_given',
      'remote_access_installed',
      'unknown_programs',
      'messages_intercepted',
      'incident_account_takeover',
      'contacts_asked_for_money',
      'locked_out_of_account',
    ];
    forEveryCase((a) => {
      for (const step of ['change_passwords_clean_device', 'secure_accounts'])
        if (shows(a, step)) expect(anyFact(a, ...access), step).toBe(true);
      if (shows(a, 'watch_for_recovery_scams')) expect(has(a, 'money_lost')).toBe(true);
      if (shows(a, 'call_bank_now')) expect(has(a, 'money_sent_last_72_hours')).toBe(true);
      if (shows(a, 'contact_host_or_provider')) expect(has(a, 'incident_ddos')).toBe(true);
      if (shows(a, 'notify_data_protection_authority')) expect(has(a, 'others_data_exposed')).toBe(true);
    });
  });

  it('articles only with facts for their elements, and never laundering against the person', () => {
    forEveryCase((a) => {
      const articles = a.offences.map((o) => o.article);
      expect(articles).not.toContain('unc_17');
      if (articles.includes('unc_11')) expect(has(a, 'credentials_given')).toBe(true);
      if (articles.includes('unc_15'))
        expect(
          has(a, 'child_sexual_contact') || (has(a, 'person_is_minor') && has(a, 'incident_sextortion')),
        ).toBe(true);
      if (articles.includes('unc_16')) expect(has(a, 'person_is_minor')).toBe(false);
      if (articles.includes('unc_13')) expect(has(a, 'money_lost')).toBe(true);
    });
  });
});
