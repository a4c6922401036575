/**
 * Urgency rules: danger and time windows. The highest urgency fired wins. Sources: the issue brief and
 * docs/sources.md, "Triage guidance" (FBI IC3 Recovery Asset Team and Financial Fraud Kill Chain; danger to life first;
 * Banco Central do Brasil Pix MED; money and its time limits).
 */
import type { Rule, RuleCondition } from '../types';

/** A child used to receive and pass on money, with nothing sexual known. */
const CHILD_USED_FOR_MONEY_ONLY: RuleCondition = {
  all: [
    { fact: 'incident_money_mule' },
    { not: { fact: 'child_sexual_contact' } },
    { not: { fact: 'child_images_involved' } },
    { not: { fact: 'incident_child_sexual_abuse' } },
  ],
};

export const URGENCY_RULES = [
  {
    id: 'urgency_self_harm',
    when: { fact: 'self_harm_thoughts' },
    then: { urgency: 'emergency', actions: ['contact_crisis_line', 'talk_to_someone'] },
    source: 'Issue 3 brief: thoughts of self-harm are an emergency, crisis line first.',
  },
  {
    id: 'urgency_in_danger_now',
    when: { fact: 'in_danger_now' },
    then: { urgency: 'emergency', actions: ['call_emergency_services'] },
    source:
      'docs/sources.md, "Triage guidance" (danger to life first): danger to life goes to the emergency number first (999, 000), before any report.',
  },
  {
    id: 'urgency_child_at_risk',
    // An emergency unless what is known says otherwise: another young person behind it (a school and youth-justice
    // route, urgent), or a child used to move money with no sexual harm (legal help and stopping, urgent).
    when: {
      all: [
        { fact: 'child_at_risk' },
        { not: { fact: 'perpetrator_young_person' } },
        { not: CHILD_USED_FOR_MONEY_ONLY },
      ],
    },
    then: { urgency: 'emergency', actions: ['report_to_police'] },
    source:
      'Issue 3 brief: a child at risk is an emergency. UN Convention Arts 14-15 (C/R, docs/sources.md, "UN Convention against Cybercrime"). Exceptions: docs/sources.md, "Triage guidance", "Playbooks".',
  },
  {
    id: 'urgency_child_at_risk_peer_or_money',
    when: { fact: 'child_at_risk' },
    then: { urgency: 'urgent', actions: ['report_to_police'] },
    source:
      'A child harmed by another young person, or used to move money, still needs action today (docs/sources.md, "Triage guidance", "Playbooks").',
  },
  {
    id: 'crisis_line_for_child_images_shared',
    when: {
      all: [
        { fact: 'person_is_minor' },
        { fact: 'images_shared_already' },
        { not: { fact: 'self_harm_ruled_out' } },
      ],
    },
    then: { actions: ['contact_crisis_line'] },
    source:
      'FBI and NCMEC on sextortion of minors and eSafety on image-based abuse: young people whose images spread are at risk of self-harm; a crisis or kids line now (docs/sources.md, "Triage guidance", "Playbooks").',
  },
  {
    id: 'urgency_minor_sextortion',
    when: {
      all: [
        { fact: 'person_is_minor' },
        { any: [{ fact: 'incident_sextortion' }, { fact: 'intimate_image_threat' }] },
      ],
    },
    then: { urgency: 'emergency', actions: ['contact_crisis_line'] },
    source:
      'Issue 3 brief: a child at risk is an emergency; sexual images of a person under 18 are CSAM (Art. 14, C/R).',
  },
  {
    id: 'protect_child_when_an_adult_answers',
    when: {
      all: [
        {
          any: [
            { fact: 'child_at_risk' },
            { fact: 'child_sexual_contact' },
            { fact: 'incident_child_sexual_abuse' },
            {
              all: [
                { fact: 'person_is_minor' },
                {
                  any: [
                    { fact: 'incident_sextortion' },
                    { fact: 'intimate_image_threat' },
                    { fact: 'images_shared_already' },
                  ],
                },
              ],
            },
          ],
        },
        { not: { fact: 'answered_by_young_person' } },
        { not: CHILD_USED_FOR_MONEY_ONLY },
      ],
    },
    then: { actions: ['protect_child_now'] },
    source:
      'NCMEC and FBI sextortion guidance for parents: stay with the child, stop the contact, keep the evidence, report. Issue #10: "stay with the child" is for the adult answering, never for the teenager.',
  },
  {
    id: 'young_person_tells_a_trusted_adult',
    when: {
      all: [
        { fact: 'answered_by_young_person' },
        {
          any: [
            { fact: 'incident_sextortion' },
            { fact: 'intimate_image_threat' },
            { fact: 'images_shared_already' },
            { fact: 'child_sexual_contact' },
            { fact: 'child_at_risk' },
          ],
        },
      ],
    },
    then: { actions: ['tell_someone_you_trust', 'contact_crisis_line'] },
    source:
      'NCMEC "Sextortion" and Childline / Kids Helpline advice to young people: you are not in trouble, tell a trusted adult, a helpline can talk now.',
  },
  {
    id: 'urgency_child_contact_ongoing',
    when: {
      all: [
        { fact: 'child_contact_ongoing' },
        { any: [{ fact: 'child_sexual_contact' }, { fact: 'incident_child_sexual_abuse' }] },
      ],
    },
    then: { urgency: 'emergency' },
    source: 'Issue 3 brief: a child still being contacted by an adult is at risk (emergency). Art. 15 (C/R).',
  },
  {
    id: 'urgency_money_sent_72h_bank',
    when: { all: [{ fact: 'money_sent_last_72_hours' }, { fact: 'bank_route_used' }] },
    then: { urgency: 'urgent', actions: ['call_bank_now'] },
    source:
      'Issue 3 brief and docs/sources.md, "Triage guidance": within 72 hours a bank recall or freeze may still work (IC3 Recovery Asset Team).',
  },
  {
    id: 'urgency_international_wire_72h',
    when: { all: [{ fact: 'money_sent_last_72_hours' }, { fact: 'paid_by_international_wire' }] },
    then: { urgency: 'urgent', actions: ['request_swift_recall'] },
    source:
      'docs/sources.md, "Triage guidance" (Financial Fraud Kill Chain, efraudprevention.net): a SWIFT recall started quickly is what makes recovery of a wire possible.',
  },
  {
    id: 'urgency_ffkc_wire',
    when: { fact: 'international_wire_50k_usd_last_72_hours' },
    then: { urgency: 'urgent', actions: ['request_swift_recall', 'report_ic3_ffkc'] },
    source:
      'docs/sources.md, "Triage guidance": FBI Financial Fraud Kill Chain, international wires of US$50,000+, recall within 72 h.',
  },
  {
    id: 'urgency_us_unauthorised_transfer',
    when: { fact: 'us_unauthorised_transfer_last_2_business_days' },
    then: { urgency: 'urgent', actions: ['report_unauthorised_us_transfer'] },
    source:
      'docs/sources.md, "Triage guidance" (US EFTA and Regulation E): US debit/EFT, reporting within 2 business days keeps liability at US$50 (EFTA, Reg. E; secondary sources).',
  },
  {
    id: 'urgency_crypto_72h',
    when: { all: [{ fact: 'money_sent_last_72_hours' }, { fact: 'paid_by_crypto' }] },
    then: { urgency: 'urgent', actions: ['contact_crypto_exchange'] },
    source:
      'docs/sources.md, "Triage guidance" (FBI guidance for cryptocurrency scam victims): exchanges can sometimes freeze funds that have not moved on; act fast.',
  },
  {
    id: 'urgency_gift_card_72h',
    when: { all: [{ fact: 'money_sent_last_72_hours' }, { fact: 'paid_by_gift_card' }] },
    then: { urgency: 'urgent', actions: ['contact_gift_card_issuer'] },
    source:
      'Issue 3 brief (72-hour window); the card issuer may freeze balance not yet spent. No shared reference: UNVERIFIED.',
  },
  {
    id: 'urgency_money_transfer_72h',
    when: { all: [{ fact: 'money_sent_last_72_hours' }, { fact: 'paid_by_money_transfer_service' }] },
    then: { urgency: 'urgent', actions: ['contact_money_transfer_service'] },
    source:
      'Issue 3 brief (72-hour window); a transfer not yet collected may be stopped. No shared reference: UNVERIFIED.',
  },
  {
    id: 'urgency_cash_courier_72h',
    when: { all: [{ fact: 'money_sent_last_72_hours' }, { fact: 'paid_by_cash_or_courier' }] },
    then: { urgency: 'urgent', actions: ['report_to_police'] },
    source:
      'Issue 3 brief (72-hour window): couriers often come back for more; the police can act while it is fresh.',
  },
  {
    id: 'urgency_ongoing_extortion',
    when: { fact: 'extortion_ongoing' },
    then: { urgency: 'urgent', actions: ['stop_replying_to_extortion'] },
    source:
      'Ongoing extortion drives urgency (FBI sextortion PSA; NCSC and CISA ransomware and DDoS-extortion guidance: do not engage, do not pay, report). Threats with no demand are harassment (issue #10).',
  },
  {
    id: 'block_images_when_threatened',
    when: {
      all: [
        { any: [{ fact: 'intimate_image_threat' }, { fact: 'incident_sextortion' }] },
        { not: { fact: 'images_shared_already' } },
      ],
    },
    then: { actions: ['block_images_before_shared'] },
    source:
      'StopNCII and NCMEC Take It Down hash images before they are shared, so platforms can block them; only where intimate images are threatened.',
  },
  {
    id: 'take_it_down_for_images_a_child_sent',
    // Images a child sent to an adult, with no threat to share them (a threat calls for blocking them before they
    // are shared: block_images_before_shared): Take It Down works on images taken before 18 whether or not they
    // were shared.
    when: {
      all: [
        { fact: 'child_sent_images' },
        { not: { fact: 'intimate_image_threat' } },
        { not: { fact: 'incident_sextortion' } },
      ],
    },
    then: { actions: ['request_image_removal'] },
    source:
      'docs/sources.md, "Triage guidance", "NCMEC CyberTipline and Take It Down": images taken before 18 can be hashed and removed, from anywhere in the world, even when it is not known whether they were shared.',
  },
  {
    id: 'urgency_harassment',
    when: { fact: 'incident_harassment' },
    then: { urgency: 'soon', actions: ['report_to_police'] },
    source:
      'Harassment without immediate danger: report and keep records (Met Police and eSafety cyberabuse guidance).',
  },
  {
    id: 'urgency_partner_abuse',
    // A partner, or an ex-partner who still threatens, watches or demands: what the person does next may be noticed.
    when: {
      any: [
        { fact: 'perpetrator_current_partner' },
        {
          all: [
            { fact: 'perpetrator_partner' },
            {
              any: [
                { fact: 'extortion_ongoing' },
                { fact: 'threats_without_demand' },
                { fact: 'threat_of_violence' },
                { fact: 'messages_intercepted' },
              ],
            },
          ],
        },
      ],
    },
    then: { urgency: 'urgent', actions: ['plan_safety_first', 'talk_to_someone'] },
    source:
      'Coalition Against Stalkerware and domestic-abuse services (1800RESPECT, Refuge, 016): when a partner or ex-partner is behind it, plan safety with a specialist before removing spyware or confronting them.',
  },
  {
    id: 'urgency_remote_access_installed',
    when: { fact: 'remote_access_installed' },
    then: { urgency: 'urgent', actions: ['remove_remote_access'] },
    source: 'Issue 3 brief: remote access software still installed drives urgency.',
  },
  {
    id: 'urgency_accounts_controlled',
    when: {
      any: [
        { fact: 'accounts_controlled' },
        { fact: 'contacts_asked_for_money' },
        { fact: 'locked_out_of_account' },
      ],
    },
    then: { urgency: 'urgent', actions: ['secure_accounts'] },
    source: 'Issue 3 brief: accounts still controlled by someone else drive urgency.',
  },
  {
    id: 'urgency_more_money_requested',
    when: { fact: 'more_money_requested' },
    // The step itself comes from stop_paying_when_asked, which knows when another step already says it.
    then: { urgency: 'soon' },
    source:
      'FTC and Scamwatch: stop paying when more money is asked for. A demand alone is not a recall deadline: soon, not urgent (issue #10).',
  },
  {
    id: 'urgency_recovery_fee_now',
    when: { all: [{ fact: 'incident_fund_recovery_scam' }, { fact: 'more_money_requested' }] },
    then: { urgency: 'urgent', actions: ['never_pay_recovery_services'] },
    source:
      'FBI IC3 PSA on fund-recovery scams (2023): a "recovery" service asking for a fee now is the scam; do not pay it.',
  },
  {
    id: 'urgency_attack_ongoing',
    when: { fact: 'attack_ongoing' },
    then: { urgency: 'urgent' },
    source:
      'docs/sources.md, "Triage guidance" (a live attack by phone): a live cyber attack on a business is reported by phone, not by a web form.',
  },
  {
    id: 'urgency_attack_with_demand',
    // A denial-of-service with a demand: a deadline is set even when the attack has paused.
    when: { all: [{ fact: 'extortion_demand' }, { fact: 'service_disrupted' }] },
    then: { urgency: 'urgent', actions: ['stop_replying_to_extortion'] },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks" (CISA relaying IC3 on DDoS extortion: do not communicate with the attackers or pay).',
  },
  {
    id: 'urgency_mule_still_asked',
    when: { fact: 'mule_still_asked' },
    then: { urgency: 'urgent', actions: ['stop_moving_money', 'get_legal_help_first'] },
    source:
      'Issue 3 brief: being used to move money is a possible Art. 17 exposure (R/C); stop now, legal help first.',
  },
  {
    id: 'urgency_mule_account_frozen',
    when: { fact: 'mule_account_frozen' },
    then: { urgency: 'urgent', actions: ['get_legal_help_first', 'tell_bank_about_fraud'] },
    source:
      'docs/sources.md, "Triage guidance" (money mules: tell the bank what happened); a frozen account means the bank is already acting, so legal advice comes first.',
  },
  {
    id: 'urgency_threat_of_violence',
    when: { fact: 'threat_of_violence' },
    then: { urgency: 'urgent', actions: ['report_to_police'] },
    source:
      'Threats of violence are for the police; Art. 34(1) protection from intimidation (R, docs/sources.md, "UN Convention against Cybercrime").',
  },
  {
    id: 'urgency_threat_of_violence_danger_unsure',
    // A caller threatening to hurt someone close (a "virtual kidnapping") while the person cannot tell whether it is
    // true: the emergency number first.
    when: { all: [{ fact: 'threat_of_violence' }, { fact: 'danger_unsure' }] },
    then: { urgency: 'emergency', actions: ['call_emergency_services'] },
    source:
      'docs/sources.md, "Triage guidance" (danger to life first): someone who may be in danger calls the emergency number before any report.',
  },
  {
    id: 'urgency_pix_med',
    when: { fact: 'pix_payment_last_80_days' },
    then: { urgency: 'soon', actions: ['request_pix_med'] },
    source:
      'docs/sources.md, "Triage guidance" (Banco Central do Brasil, Pix MED): Pix MED refund request through the bank within 80 days of the payment.',
  },
  {
    id: 'urgency_uk_app_reimbursement',
    when: { fact: 'uk_bank_transfer_last_13_months' },
    then: { urgency: 'soon', actions: ['claim_uk_app_reimbursement'] },
    source:
      'docs/sources.md, "Triage guidance" (UK APP fraud reimbursement): UK APP reimbursement claim (Faster Payments/CHAPS, up to £85,000) within 13 months of the last payment.',
  },
  {
    id: 'support_after_partner_abuse',
    when: { fact: 'perpetrator_partner' },
    then: { actions: ['talk_to_someone'] },
    source:
      "Revenge Porn Helpline, 1800RESPECT, Refuge and Spain's 016: image abuse or harassment by an ex-partner is domestic abuse; specialist services support and advise on protection orders.",
  },
  {
    id: 'urgency_recent_loss',
    when: { all: [{ fact: 'money_lost' }, { fact: 'money_sent_last_13_months' }] },
    then: { urgency: 'soon' },
    source:
      'Most claim and recovery routes close with time (docs/sources.md, "Triage guidance"); report while the trail is fresh.',
  },
  {
    id: 'urgency_images_shared',
    when: { fact: 'images_shared_already' },
    then: { urgency: 'urgent', actions: ['request_image_removal'] },
    source:
      'Art. 34(6): removal of Art. 16 content (R, wording unverified, docs/sources.md, "UN Convention against Cybercrime").',
  },
  {
    id: 'urgency_identity_misuse',
    when: { any: [{ fact: 'accounts_opened_in_name' }, { fact: 'id_documents_given' }] },
    then: { urgency: 'soon', actions: ['protect_identity'] },
    source: 'docs/sources.md, "Triage guidance" (IdentityTheft.gov "do right away" steps).',
  },
  {
    id: 'urgency_credentials_given',
    when: { fact: 'credentials_given' },
    then: { urgency: 'soon' },
    source: 'Given passwords or codes can be used again until they are changed.',
  },
  {
    id: 'baseline_keep_evidence',
    when: { fact: 'always' },
    then: { urgency: 'routine', actions: ['keep_evidence'] },
    source:
      'Every reporting service asks for the evidence first (IC3, Action Fraud, Scamwatch, INCIBE 017: keep messages, receipts and account details); nothing in it is ever wrong to keep.',
  },
  {
    id: 'stop_paying_when_asked',
    when: {
      all: [
        {
          any: [
            { fact: 'more_money_requested' },
            {
              all: [
                { fact: 'deceived_through_ict' },
                {
                  any: [
                    { fact: 'money_asked_not_paid' },
                    { all: [{ fact: 'money_lost' }, { fact: 'still_in_contact' }] },
                  ],
                },
              ],
            },
          ],
        },
        // Nothing ever paid, and the demand is a "recovery" fee: "never pay to get money back" is the whole advice.
        {
          not: {
            all: [{ fact: 'incident_fund_recovery_scam' }, { fact: 'money_asked_not_paid' }],
          },
        },
      ],
    },
    then: { actions: ['stop_paying'] },
    source:
      'FTC "Paid someone you think is a scammer?" and Scamwatch: stop sending money when someone is still asking for it. Only when money was asked for or is still being asked for (issue #10: never for images published, ransomware not paid, grooming or copied photos with no demand). Where nothing was ever paid and the demand is a "recovery" fee, the FBI\'s fund-recovery warning ("never pay to get money back") says it.',
  },
  {
    id: 'stop_paying_after_ransom_paid',
    // A ransom already paid: the attackers come back for more (a second demand not to leak the data).
    when: { all: [{ fact: 'files_locked_ransom' }, { fact: 'money_lost' }] },
    then: { actions: ['stop_paying'] },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks" (NI Cyber Security Centre and NCSC ransomware guidance: paying gives no guarantee; the attackers can ask again and leak the data anyway): no second payment.',
  },
  {
    id: 'recovery_warning_after_loss',
    when: {
      all: [
        { fact: 'money_lost' },
        { fact: 'deceived_through_ict' },
        { not: { fact: 'incident_fund_recovery_scam' } },
      ],
    },
    then: { actions: ['watch_for_recovery_scams'] },
    source:
      'FBI IC3 PSA on fund-recovery scams (2023): people who lost money to a scam are targeted again by fake recovery services. Only after a loss to deception.',
  },
  {
    id: 'recovery_service_is_the_scam',
    when: { fact: 'incident_fund_recovery_scam' },
    then: { actions: ['never_pay_recovery_services'] },
    source:
      'FBI IC3 PSA on fund-recovery scams (2023): a "recovery" service that asks for a fee is a scam; real police and regulators never charge. Put with stopping payments, because the fee is asked for now.',
  },
  {
    id: 'secure_taken_over_accounts',
    when: { fact: 'incident_account_takeover' },
    then: { actions: ['secure_accounts'] },
    source:
      'NCSC "Recovering a hacked account" and Meta / WhatsApp account recovery: use the service\'s recovery, change the password, turn on two-step verification, sign out other sessions.',
  },
  {
    id: 'passwords_after_access',
    when: {
      all: [
        {
          any: [
            // One-time codes that only confirmed card payments: blocking the card stops them (no password to change).
            { all: [{ fact: 'credentials_given' }, { not: { fact: 'codes_only_for_card_payments' } }] },
            { fact: 'account_accessed' },
            { fact: 'remote_access_given' },
            { fact: 'remote_access_installed' },
            { fact: 'unknown_programs' },
            { fact: 'messages_intercepted' },
          ],
        },
        // Taking back an account someone still holds already includes new passwords (secure_accounts), unless the
        // way in is malware on the person's own device: then the passwords are changed from another, clean device.
        { any: [{ not: { fact: 'accounts_controlled' } }, { fact: 'malware_on_own_device' }] },
        { not: { fact: 'incident_account_takeover' } },
        { not: { fact: 'contacts_asked_for_money' } },
      ],
    },
    then: { actions: ['change_passwords_clean_device'] },
    source:
      'NCSC "Recovering a hacked account" and IdentityTheft.gov: change passwords, from a device you trust, when someone had a password, a code, the account or the device. Not for situations where no access was involved, nor for one-time codes given with a card\'s details for card payments, with no password or log-in: Peruvian bank guidance (BCP, as reported) blocks the card and claims the payments (docs/sources.md, "Triage guidance", "Complaining to the bank, then an ombudsman or regulator").',
  },
] as const satisfies readonly Rule[];
