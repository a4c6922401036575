/**
 * Playbooks by kind of harm (issue #10). Each playbook is the order its guidance gives to the steps of one kind of
 * harm; the rules decide which steps apply (each step keeps its own condition), the playbooks decide their order.
 *
 * How several playbooks merge into one plan:
 * 1. Steps are grouped by priority tier (ACTION_TIERS in ./codes.ts): danger to life or a child; stopping harm still
 *    going on; money still recoverable; securing accounts and identity; keeping evidence and reporting; support.
 *    A playbook may move a step to another tier (`tiers`) when its guidance gives that step another weight in that
 *    kind of harm: a credit freeze secures an identity being misused; resetting passwords after ransomware comes
 *    after the report and the evidence.
 * 2. Within a tier, steps follow the active playbooks, taken in the order of PLAYBOOKS (most serious harm first):
 *    the first active playbook that lists a step places it. Steps no active playbook lists come after, in the order
 *    of ACTIONS.
 *
 * The guidance behind each order, with its pages, is in docs/sources.md, "Triage guidance", "Playbooks".
 */
import type { ActionId, ActionTier } from './codes';
import type { RuleCondition } from './types';

export type Playbook = {
  /** Stable snake_case id, listed in the assessment (`playbooks`) and in explanations. */
  id: string;
  /** When this kind of harm is part of the case (derived facts, as in rules). */
  when: RuleCondition;
  /** The order this kind of harm's guidance gives to its steps. */
  steps: readonly ActionId[];
  /** Steps this kind of harm weighs differently from the default tier. */
  tiers?: Partial<Record<ActionId, ActionTier>>;
  /** Where the order comes from. */
  source: string;
};

export const PLAYBOOKS = [
  {
    id: 'child_sexual_exploitation',
    when: {
      any: [
        { fact: 'child_sexual_contact' },
        { fact: 'child_images_involved' },
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
    steps: [
      'call_emergency_services',
      'protect_child_now',
      'contact_crisis_line',
      'tell_someone_you_trust',
      'request_image_removal',
      'stop_replying_to_extortion',
      'report_to_police',
      'keep_evidence',
      'block_images_before_shared',
      'report_to_platform',
    ],
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": NCMEC and the FBI on sextortion of minors, Take It Down, Cybertip.ca.',
  },
  {
    // A partner, or an ex-partner who still threatens, watches or demands (the condition of plan_safety_first): the
    // plan with a domestic-abuse service comes first, then keeping the evidence quietly, then a report when the
    // person is ready. Removing spyware or remote access, changing passwords, taking accounts back, warning
    // contacts and platform reports can alert the abuser: they come after the plan (the plan step says so).
    id: 'partner_abuse',
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
    steps: [
      'call_emergency_services',
      'plan_safety_first',
      'keep_evidence',
      'report_to_police',
      'stop_replying_to_extortion',
      'talk_to_someone',
      'remove_remote_access',
      'secure_accounts',
      'change_passwords_clean_device',
      'warn_contacts',
      'report_to_platform',
    ],
    tiers: {
      // Going silent on a partner's demands can be noticed like blocking them: the safety plan says when.
      stop_replying_to_extortion: 'record_and_report',
      remove_remote_access: 'support',
      secure_accounts: 'support',
      change_passwords_clean_device: 'support',
      warn_contacts: 'support',
      report_to_platform: 'support',
    },
    source:
      'docs/sources.md, "Triage guidance", "Domestic-abuse safety planning" (plan safety with a specialist before removing spyware or confronting the abuser).',
  },
  {
    id: 'images_spreading',
    when: { fact: 'images_shared_already' },
    steps: [
      'request_image_removal',
      'stop_replying_to_extortion',
      'keep_evidence',
      'report_to_police',
      'report_to_platform',
    ],
    source: 'docs/sources.md, "Triage guidance", "Playbooks": StopNCII, eSafety (image-based abuse).',
  },
  {
    id: 'sextortion',
    when: {
      any: [{ fact: 'incident_sextortion' }, { fact: 'intimate_image_threat' }],
    },
    steps: [
      'stop_replying_to_extortion',
      'keep_evidence',
      'report_to_police',
      'block_images_before_shared',
      'report_to_platform',
      'call_bank_now',
      'request_swift_recall',
      'contact_crypto_exchange',
      'contact_gift_card_issuer',
      'contact_money_transfer_service',
      'request_pix_med',
      'tell_bank_about_fraud',
    ],
    // Money already paid to the extortionist was extorted, not tricked out of the person: the guidance puts no
    // payment step first (stop replying, keep the evidence, report); asking the bank or the card issuer follows.
    tiers: {
      call_bank_now: 'record_and_report',
      request_swift_recall: 'record_and_report',
      contact_crypto_exchange: 'record_and_report',
      contact_gift_card_issuer: 'record_and_report',
      contact_money_transfer_service: 'record_and_report',
      request_pix_med: 'record_and_report',
      tell_bank_about_fraud: 'record_and_report',
    },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": StopNCII, eSafety, Scamwatch, NCMEC (do not pay, stop replying, keep the evidence, report).',
  },
  {
    // Files locked with a ransom note: contain it, report it, keep the evidence; not replying to or paying the
    // attackers is said with the report, since a note is not a conversation to break off first (unlike a
    // denial-of-service with a deadline, below). Listed before device_attack, whose order it refines.
    id: 'ransomware',
    when: { fact: 'files_locked_ransom' },
    steps: [
      'isolate_affected_systems',
      'report_to_police',
      'keep_evidence',
      'stop_replying_to_extortion',
      'notify_data_protection_authority',
    ],
    tiers: { stop_replying_to_extortion: 'record_and_report' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "Ransomware and attacks on an organisation\'s systems" (CISA ransomware response checklist: isolate, then report; do not pay; keep the evidence).',
  },
  {
    id: 'device_attack',
    // An attack on devices or systems: not an organisation's account taken over or its work copied, which have their
    // own playbooks.
    when: {
      any: [
        { fact: 'files_locked_ransom' },
        {
          all: [
            { fact: 'device_attack_on_organisation' },
            { any: [{ fact: 'incident_malware_ransomware_breach' }, { fact: 'incident_ddos' }] },
          ],
        },
      ],
    },
    steps: [
      'isolate_affected_systems',
      'contact_host_or_provider',
      'stop_replying_to_extortion',
      'report_to_police',
      'keep_evidence',
      'contact_crypto_exchange',
      'notify_data_protection_authority',
      'report_to_platform',
      'change_passwords_clean_device',
    ],
    // A ransom already paid: the wallet address goes with the report (the exchange cannot undo a ransom). The
    // organisation's own systems are not a platform's to recover: a platform report stays with the reports.
    tiers: {
      contact_crypto_exchange: 'record_and_report',
      report_to_platform: 'record_and_report',
      change_passwords_clean_device: 'record_and_report',
    },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": ransomware and DDoS guidance (NCSC, CISA and IC3, Action Fraud).',
  },
  {
    // Someone used to receive and pass on money: stop, get legal advice, tell their own bank what happened (before
    // "stop paying", which is about their own money), then report.
    id: 'money_mule',
    when: { fact: 'may_have_moved_money' },
    steps: [
      'get_legal_help_first',
      'stop_moving_money',
      'tell_bank_about_fraud',
      'stop_paying',
      'report_to_police',
      'keep_evidence',
    ],
    source:
      'docs/sources.md, "Triage guidance", "Money mules" (stop moving money and cut contact, tell your bank, get legal advice, report).',
  },
  {
    // A "tech support" caller given remote access: cut the connection, then the bank, then new passwords from a
    // device they never touched. The caller could see what was typed during the session, so new passwords are part of
    // cutting them off, with removing the program.
    id: 'tech_support_remote_access',
    when: { all: [{ fact: 'incident_tech_support_scam' }, { fact: 'remote_access_given' }] },
    steps: [
      'remove_remote_access',
      'change_passwords_clean_device',
      'call_bank_now',
      'tell_bank_about_fraud',
    ],
    tiers: { change_passwords_clean_device: 'stop_harm' },
    source: 'docs/sources.md, "Triage guidance", "Playbooks", "Tech-support scams and remote access".',
  },
  {
    // Malware on the person's own phone or computer (a banking trojan that reads the codes): the bank first, new
    // passwords from another, clean device (changed on the infected one, the intruder reads them), then the report;
    // taking back each account, warning contacts and the platform reports follow. Listed before account_taken_over,
    // whose order assumes the intruder is in the account, not in the device.
    id: 'malware_on_own_device',
    when: { fact: 'malware_on_own_device' },
    steps: [
      'call_bank_now',
      'tell_bank_about_fraud',
      'change_passwords_clean_device',
      'report_to_police',
      'keep_evidence',
      'secure_accounts',
      'warn_contacts',
      'report_to_platform',
    ],
    tiers: {
      secure_accounts: 'record_and_report',
      warn_contacts: 'record_and_report',
      report_to_platform: 'record_and_report',
    },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "Malware on the person\'s own device" (BCRA: the bank first; cyber.gov.au: the bank, ReportCyber, change passwords).',
  },
  {
    // An organisation's mailbox or account entered and a payment diverted (a supplier's "new bank details"), with
    // nobody known to be asking its contacts for money: the bank first (a recall), the mailbox secured, the police
    // complaint; warning the supplier or customers and a report to the provider follow (INCIBE 017's advice on a
    // fake invoice). Listed before account_taken_over, whose order is for personal accounts used against friends.
    id: 'organisation_payment_diverted',
    when: {
      all: [
        { fact: 'answered_for_organisation' },
        { any: [{ fact: 'incident_account_takeover' }, { fact: 'account_accessed' }] },
        { fact: 'money_lost' },
        { fact: 'bank_route_used' },
        { not: { fact: 'contacts_asked_for_money' } },
      ],
    },
    steps: [
      'call_bank_now',
      'secure_accounts',
      'report_to_police',
      'keep_evidence',
      'warn_contacts',
      'report_to_platform',
    ],
    tiers: { warn_contacts: 'record_and_report', report_to_platform: 'record_and_report' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "A payment diverted from an organisation\'s mailbox" (INCIBE 017: claim to the bank, police complaint, new passwords and two-step verification, warn the company affected).',
  },
  {
    id: 'account_taken_over',
    when: {
      any: [
        { fact: 'incident_account_takeover' },
        { fact: 'accounts_controlled' },
        { fact: 'contacts_asked_for_money' },
        { fact: 'locked_out_of_account' },
      ],
    },
    steps: ['secure_accounts', 'warn_contacts', 'report_to_platform', 'report_to_police'],
    tiers: { report_to_platform: 'accounts' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": hacked-account guidance (recover through the platform, warn contacts).',
  },
  {
    // An account taken over and held for a payment not made: taking it back through the platform's own recovery
    // ends the hold the demand relies on, and the contacts the intruder reaches are warned; refusing the payment
    // comes with them, after the account steps.
    id: 'account_held_for_payment',
    when: {
      all: [
        { any: [{ fact: 'incident_account_takeover' }, { fact: 'accounts_controlled' }] },
        { fact: 'money_asked_not_paid' },
      ],
    },
    steps: ['secure_accounts', 'warn_contacts', 'report_to_platform', 'stop_paying'],
    tiers: { report_to_platform: 'accounts', stop_paying: 'accounts' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "An account taken over" (use the platform\'s official recovery immediately, warn contacts, report to the platform).',
  },
  {
    id: 'identity_misuse',
    when: { fact: 'accounts_opened_in_name' },
    // The reports that follow keep the country's order (the fraud-report playbooks below).
    steps: ['report_accounts_opened', 'protect_identity'],
    tiers: { protect_identity: 'accounts' },
    source: 'docs/sources.md, "Triage guidance", "IdentityTheft.gov “do right away” steps" and "Playbooks".',
  },
  {
    // Identity numbers or documents handed to a scammer, with nothing (yet) opened in the person's name and no money
    // lost: the identity is what is exposed, so protecting it (a fraud alert or credit freeze where the country has
    // one) comes with securing the accounts, before the reports.
    id: 'identity_given',
    when: {
      all: [
        { fact: 'id_documents_given' },
        { not: { fact: 'accounts_opened_in_name' } },
        { not: { fact: 'money_lost' } },
      ],
    },
    steps: ['protect_identity'],
    tiers: { protect_identity: 'accounts' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "Identity numbers or documents given" (CAFC: contact Equifax and TransUnion if sensitive information was given; IdentityTheft.gov: a fraud alert).',
  },
  {
    // Money asked for, nothing paid, and the contact over: there is nothing to stop. "Don't pay if they come back"
    // stays, after the reports and the evidence.
    id: 'demand_refused',
    when: { all: [{ fact: 'money_asked_not_paid' }, { not: { fact: 'still_in_contact' } }] },
    steps: ['stop_paying'],
    tiers: { stop_paying: 'support' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "A demand refused" (nothing paid and the contact over: the reports come first, there is no payment to stop).',
  },
  {
    id: 'marketplace_purchase',
    when: {
      all: [{ fact: 'incident_shopping_fraud' }, { fact: 'contacted_through_social_or_marketplace' }],
    },
    steps: ['report_to_platform', 'report_to_police', 'report_to_fraud_centre', 'keep_evidence'],
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": marketplace guidance (report the seller on the platform as well as to the police).',
  },
  {
    // Payments the person did not make, where the bank must put them right at once (PSD2 Art. 73: refund by the
    // next business day), or answer the claim within a set time (Peru: 15 business days, then Indecopi): the
    // ombudsman, regulator or consumer authority is where to go if it does not. Elsewhere (Chile's
    // Ley de Fraudes: the bank, then a police complaint within 30 days) the default order stands.
    id: 'unauthorised_card_payments',
    when: {
      all: [
        { fact: 'card_used_without_consent' },
        { any: [{ fact: 'unauthorised_payment_refund_rule' }, { fact: 'bank_claim_then_authority' }] },
      ],
    },
    steps: [
      'call_bank_now',
      'tell_bank_about_fraud',
      'report_to_police',
      'complain_to_ombudsman',
      'keep_evidence',
    ],
    source:
      'docs/sources.md, "Triage guidance", "PSD2 Art. 71" and "Complaining to the bank, then an ombudsman or regulator" (Peru: the bank answers a claim within 15 business days, then Indecopi).',
  },
  {
    // Bullying by other young people, with no threats of violence: evidence, the platform and support (the school
    // and a helpline) before a police report, which is for threats of physical harm.
    id: 'abuse_by_young_people',
    when: {
      all: [
        { fact: 'incident_harassment' },
        { fact: 'perpetrator_young_person' },
        { not: { fact: 'threat_of_violence' } },
      ],
    },
    steps: ['keep_evidence', 'report_to_platform', 'talk_to_someone', 'report_to_police'],
    tiers: { talk_to_someone: 'record_and_report' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": cyberbullying guidance (capture the evidence, use the platform\'s report tools, get support; the police for threats of physical harm) and APAV\'s Linha Internet Segura.',
  },
  {
    // A scam that posed as an investment firm, a broker or an adviser, or copied an authorised firm's name: the
    // financial regulator is who warns the public about it and looks into it (FCA on clone firms: report it to us;
    // the Superintendencia Financiera's guides on how to report forex and crypto offers), so its report comes first
    // among the reports. Listed before the UK APP and fraud-report playbooks.
    id: 'posed_as_investment_firm',
    when: { fact: 'posed_as_investment_firm' },
    steps: [
      'stop_paying',
      'report_to_financial_regulator',
      'report_to_fraud_centre',
      'report_to_police',
      'keep_evidence',
    ],
    source:
      'docs/sources.md, "Triage guidance", "Financial regulators and firms that pose as authorised" (FCA, clone firms; Superintendencia Financiera de Colombia).',
  },
  {
    // A UK bank transfer the person was tricked into making: reimbursement is mandatory (PSR rules), so the claim to
    // the bank is the main step, then the Report Fraud report, and the Financial Ombudsman right after if the bank
    // refuses (as for unauthorised card payments above). Listed before the fraud-report playbooks.
    id: 'uk_app_reimbursement',
    when: { fact: 'uk_bank_transfer_last_13_months' },
    // The claim keeps its place with the money steps (after a bank call still within 72 hours).
    steps: ['report_to_fraud_centre', 'complain_to_ombudsman', 'report_to_police', 'keep_evidence'],
    source:
      'docs/sources.md, "Triage guidance", "UK APP fraud reimbursement (Payment Systems Regulator)" and "Complaining to the bank, then an ombudsman or regulator" (the Financial Ombudsman Service).',
  },
  {
    // Abuse without threats of violence and not by a partner: the platform can stop it; threats of violence and a
    // partner's abuse keep the police report first (the default order).
    id: 'online_abuse',
    when: {
      all: [
        { fact: 'incident_harassment' },
        { not: { fact: 'threat_of_violence' } },
        { not: { fact: 'perpetrator_partner' } },
      ],
    },
    steps: ['keep_evidence', 'report_to_platform', 'report_to_police'],
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": eSafety and online-abuse guidance (collect the evidence, report to the platform, then to the police or the regulator).',
  },
  {
    // A "recovery" fee asked now by someone new, who came after the first scam, and not paid: refuse it, then report
    // the new contact (the FBI names IC3, the police report channel, before anything else). The steps about the
    // first loss (the exchange, the bank, the card issuer or the transfer service) are for money that went to other
    // people, often long ago: they come after the report.
    id: 'recovery_fee_from_someone_new',
    when: {
      all: [{ fact: 'incident_fund_recovery_scam' }, { fact: 'recovery_fee_asked_by_someone_new' }],
    },
    steps: [
      'never_pay_recovery_services',
      'stop_paying',
      'report_to_police',
      'keep_evidence',
      'report_to_fraud_centre',
      'report_to_financial_regulator',
      'contact_crypto_exchange',
      'tell_bank_about_fraud',
      'contact_gift_card_issuer',
      'contact_money_transfer_service',
    ],
    tiers: {
      contact_crypto_exchange: 'record_and_report',
      tell_bank_about_fraud: 'record_and_report',
      contact_gift_card_issuer: 'record_and_report',
      contact_money_transfer_service: 'record_and_report',
    },
    source:
      'docs/sources.md, "Triage guidance", "FBI warnings about fund-recovery scams" (do not pay; real authorities never charge; report to IC3).',
  },
  {
    id: 'fraud_report_national_centre_first',
    when: {
      all: [
        { fact: 'fraud_centre_reported_first' },
        {
          any: [
            { fact: 'money_lost' },
            { fact: 'money_asked_not_paid' },
            { fact: 'accounts_opened_in_name' },
          ],
        },
      ],
    },
    steps: ['report_to_fraud_centre', 'report_to_police', 'keep_evidence'],
    source:
      'docs/sources.md, "Triage guidance", fraud reporting centres and "IdentityTheft.gov “do right away” steps" (US, UK).',
  },
  {
    // Australia, a scam only by phone call or text message: Scamwatch, which takes every kind of scam, before the
    // police (ReportCyber, the police's online report, is for crimes committed online).
    id: 'fraud_report_scamwatch_for_phone_scams',
    when: {
      all: [
        { fact: 'scam_by_phone_only_in_australia' },
        { any: [{ fact: 'money_lost' }, { fact: 'money_asked_not_paid' }] },
      ],
    },
    steps: ['report_to_fraud_centre', 'report_to_police', 'keep_evidence'],
    source:
      'docs/sources.md, "Triage guidance", fraud reporting centres (Australia: ReportCyber for cybercrime, Scamwatch for scams).',
  },
  {
    id: 'fraud_report_police_then_national_centre',
    when: {
      all: [
        { fact: 'fraud_centre_reported_after_police' },
        { any: [{ fact: 'money_lost' }, { fact: 'money_asked_not_paid' }] },
      ],
    },
    steps: ['report_to_police', 'report_to_fraud_centre', 'keep_evidence'],
    source: 'docs/sources.md, "Triage guidance", fraud reporting centres (CAFC).',
  },
  {
    // A "new number" message from a son, daughter or friend ("Hi Mum"): the guidance is to check with them on the
    // number already known, call the bank straight away and report. Once the real family member has been reached
    // the impostor has nothing left to ask for, so "stop paying" comes after the bank and the report. Not when the
    // police or an official were impersonated too, when someone threatens violence (a "virtual kidnapping"), or when
    // a courier collects cash (those keep "stop paying" with the money: the courier comes back).
    // Listed after the fraud-report playbooks, so that the country's report order places the reports first.
    id: 'family_impersonation_message',
    when: {
      all: [
        { fact: 'incident_family_impersonation' },
        { not: { fact: 'impersonated_official' } },
        { not: { fact: 'threat_of_violence' } },
        { not: { fact: 'paid_by_cash_or_courier' } },
      ],
    },
    steps: ['call_bank_now', 'report_to_police', 'keep_evidence', 'stop_paying'],
    tiers: { stop_paying: 'record_and_report' },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks": Action Fraud and Which? on "Hi Mum" messages (call the family member on the number you know; anyone who paid contacts the bank straight away; report).',
  },
] as const satisfies readonly Playbook[];

export type PlaybookId = (typeof PLAYBOOKS)[number]['id'];
