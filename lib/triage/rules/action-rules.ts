/**
 * Action rules that are not about urgency: reporting, platforms, identity, money routes and support wanted. The
 * guidance each `source` names, with its pages (or an UNVERIFIED mark), is in docs/sources.md, "Triage guidance".
 */
import type { Rule, RuleCondition } from '../types';

/**
 * An intruder whose known foothold is an account they still hold (a web-store or mail admin account), with data
 * copied out and nothing known to be running on the systems: no files locked, no unknown programs, nothing
 * intercepted, deleted or changed, no attack still going on. Taking the account back shuts them out.
 */
const INTRUSION_THROUGH_ACCOUNT_ONLY: RuleCondition = {
  all: [
    // An account held by someone else, or taken over and used against others (its holder may not know yet whether
    // the intruder is still in it).
    {
      any: [
        { fact: 'accounts_controlled' },
        { all: [{ fact: 'incident_account_takeover' }, { fact: 'contacts_asked_for_money' }] },
      ],
    },
    { not: { fact: 'files_locked_ransom' } },
    { not: { fact: 'unknown_programs' } },
    { not: { fact: 'messages_intercepted' } },
    { not: { fact: 'data_deleted_or_changed' } },
    { not: { fact: 'attack_ongoing' } },
  ],
};

export const ACTION_RULES = [
  {
    id: 'action_report_police_offence',
    when: { offence: 'any' },
    then: { actions: ['report_to_police'] },
    source:
      'A Convention offence is a crime to report; a police reference is what banks and insurers ask for (docs/sources.md, "Triage guidance", fraud reporting centres).',
  },
  {
    id: 'action_report_police_harassment',
    when: { any: [{ fact: 'incident_harassment' }, { fact: 'extortion_demand' }] },
    then: { actions: ['report_to_police'] },
    source:
      'Harassment and extortion are crimes under national law even where no Convention article applies.',
  },
  {
    id: 'action_report_police_images_shared',
    // Made or altered images too: no Convention article, but a crime in many countries' own law.
    when: { fact: 'images_shared_already' },
    then: { actions: ['report_to_police'] },
    source:
      'docs/sources.md, "Triage guidance", "Images made or altered": image-based abuse includes images faked to look like the person (eSafety), and its evidence is kept for a police report; no Convention article covers them (Art. 16 is a private recording), national law may.',
  },
  {
    id: 'action_report_police_impersonated_official',
    when: { fact: 'impersonated_official' },
    then: { actions: ['report_to_police'] },
    source:
      'Posing as the police, a bank or a government body to ask for money is a crime to report even when nothing was paid (docs/sources.md, "Triage guidance", "Playbooks").',
  },
  {
    id: 'action_report_fraud_centre',
    // Identity misuse too where the centre is the identity-theft report (IdentityTheft.gov in the US; Report Fraud).
    when: {
      any: [
        { fact: 'money_lost' },
        { fact: 'money_asked_not_paid' },
        { fact: 'deceived_through_ict' },
        { all: [{ fact: 'accounts_opened_in_name' }, { fact: 'fraud_centre_reported_first' }] },
      ],
    },
    then: { actions: ['report_to_fraud_centre'] },
    source:
      'docs/sources.md, "Triage guidance", fraud reporting centres (ReportFraud.ftc.gov, IC3, Report Fraud, Scamwatch, CAFC).',
  },
  {
    id: 'action_tell_bank',
    when: {
      any: [
        { all: [{ fact: 'bank_route_used' }, { not: { fact: 'money_sent_last_72_hours' } }] },
        // Where the payment rules make the bank refund a card payment the person did not make, claiming that refund
        // is a step of its own beside blocking the card, even in the first hours.
        { all: [{ fact: 'card_used_without_consent' }, { fact: 'unauthorised_payment_refund_rule' }] },
      ],
    },
    then: { actions: ['tell_bank_about_fraud'] },
    source:
      'Banks and payment providers can dispute, block or refund payments; they need to know (docs/sources.md, "Triage guidance", money and its time limits). For unauthorised card payments in the EU and the UK: block the card at once, then claim the refund (up to 13 months; the bank refunds by the next business day): docs/sources.md, "Triage guidance", "PSD2 Art. 71".',
  },
  {
    id: 'action_contact_crypto_exchange',
    when: {
      all: [{ fact: 'paid_by_crypto' }, { fact: 'money_lost' }, { not: { fact: 'may_have_moved_money' } }],
    },
    then: { actions: ['contact_crypto_exchange'] },
    source:
      'docs/sources.md, "Triage guidance" (FBI guidance for cryptocurrency scam victims): addresses, amounts, hashes and the exchanges used. Not for someone who passed on other people\'s money (a money mule): the money answers then describe money sent on, and the guidance for them is to stop, tell their own bank and get legal advice ("Money mules").',
  },
  {
    id: 'action_contact_gift_card_issuer',
    when: { fact: 'paid_by_gift_card' },
    then: { actions: ['contact_gift_card_issuer'] },
    source:
      'The company that issued the gift card is the only one that can block its balance. No shared reference: UNVERIFIED.',
  },
  {
    id: 'action_contact_money_transfer_service',
    when: { all: [{ fact: 'paid_by_money_transfer_service' }, { not: { fact: 'may_have_moved_money' } }] },
    then: { actions: ['contact_money_transfer_service'] },
    source:
      'The transfer service holds the sender and receiver records. No shared reference: UNVERIFIED. Not for someone who passed on other people\'s money (a money mule): see docs/sources.md, "Triage guidance", "Money mules".',
  },
  {
    id: 'action_report_platform',
    when: {
      any: [
        { fact: 'contacted_through_platform' },
        { fact: 'account_accessed' },
        { fact: 'images_shared_already' },
        { fact: 'incident_harassment' },
        { fact: 'incident_content_copied' },
      ],
    },
    then: { actions: ['report_to_platform'] },
    source: 'Platforms can remove accounts and content and keep data for the police.',
  },
  {
    id: 'action_accounts_opened',
    when: { fact: 'accounts_opened_in_name' },
    then: { actions: ['report_accounts_opened'] },
    source:
      'docs/sources.md, "Triage guidance" (IdentityTheft.gov "do right away" steps): contact the companies where accounts were opened.',
  },
  {
    id: 'action_warn_contacts',
    when: {
      any: [
        { fact: 'incident_account_takeover' },
        { fact: 'contacts_asked_for_money' },
        { all: [{ fact: 'accounts_controlled' }, { not: { fact: 'answered_for_organisation' } }] },
      ],
    },
    then: { actions: ['warn_contacts'] },
    source: 'Taken-over accounts and "new number" scams target the person’s contacts next.',
  },
  {
    id: 'action_isolate_systems',
    when: {
      all: [
        { fact: 'incident_malware_ransomware_breach' },
        { any: [{ fact: 'files_locked_ransom' }, { fact: 'device_attack_on_organisation' }] },
        // Spyware put there by a partner: removing it may alert them; the safety plan comes first.
        { not: { fact: 'perpetrator_partner' } },
        // An intruder known only through an account they hold: taking the account back (secure_accounts) is the step.
        { not: INTRUSION_THROUGH_ACCOUNT_ONLY },
      ],
    },
    then: { actions: ['isolate_affected_systems'] },
    source:
      'CISA #StopRansomware guide and NCSC ransomware guidance: disconnect affected systems from the network, do not wipe them, then report. Not for a denial-of-service, which does not come from inside the network, nor for an intruder known only through an account they still hold, with nothing running on the systems (NCSC "Recovering a hacked account": take the account back, check its settings, change the passwords).',
  },
  {
    id: 'action_contact_host_during_ddos',
    when: { fact: 'incident_ddos' },
    then: { actions: ['contact_host_or_provider'] },
    source:
      'NCSC "Denial of Service (DoS) guidance" and CISA "Understanding and responding to DDoS attacks": the hosting provider, the internet provider or a DDoS-protection service is who can filter the traffic.',
  },
  {
    id: 'action_notify_data_protection_authority',
    when: {
      all: [
        { fact: 'others_data_exposed' },
        { any: [{ fact: 'answered_for_organisation' }, { fact: 'device_attack_on_organisation' }] },
      ],
    },
    then: { actions: ['notify_data_protection_authority'] },
    source:
      "GDPR Art. 33 (EU, UK GDPR): notify the supervisory authority within 72 hours of becoming aware of a personal-data breach; Australia's Notifiable Data Breaches scheme (OAIC); Brazil's LGPD Art. 48 (ANPD). Deadlines differ by country.",
  },
  {
    id: 'action_financial_regulator',
    when: { any: [{ fact: 'incident_investment_scam' }, { fact: 'incident_fund_recovery_scam' }] },
    then: { actions: ['report_to_financial_regulator'] },
    source:
      'Financial regulators warn the public about unauthorised and clone firms and take reports of them (docs/sources.md, "Triage guidance", "Financial regulators and firms that pose as authorised": FCA and Superintendencia Financiera seen; other countries\' lists UNVERIFIED).',
  },
  {
    id: 'action_ombudsman',
    // If the bank refuses: complain to the ombudsman or regulator. Said at once where a bank is likely to be asked
    // to refund (payments the person did not make, a fake bank or official) or has already been told.
    when: {
      all: [
        { fact: 'money_lost' },
        { fact: 'bank_route_used' },
        {
          any: [
            { fact: 'reported_to_bank' },
            { fact: 'payments_unauthorised' },
            { fact: 'impersonated_official' },
          ],
        },
      ],
    },
    then: { actions: ['complain_to_ombudsman'] },
    source:
      'docs/sources.md, "Triage guidance" (complaining to the bank, then an ombudsman or regulator): complain to the bank first, then to the ombudsman or regulator (e.g. OBSI, Banco de España).',
  },
  {
    id: 'support_talk_to_someone',
    when: {
      any: [
        { fact: 'wants_someone_to_talk_to' },
        { fact: 'incident_romance_scam' },
        { fact: 'incident_sextortion' },
        { fact: 'images_shared_already' },
      ],
    },
    then: { actions: ['talk_to_someone'] },
    source:
      'docs/sources.md, "Peer services" and "Triage guidance" (crisis lines): victim support (INCIBE 017, SaferNet, APAV, SCARS) for the emotional harm.',
  },
  {
    id: 'support_crisis_line_when_harm_is_likely',
    when: {
      all: [
        {
          any: [
            { fact: 'incident_sextortion' },
            { fact: 'intimate_image_threat' },
            { fact: 'images_shared_already' },
            { fact: 'incident_intimate_images_shared' },
            { fact: 'incident_romance_scam' },
            { fact: 'child_at_risk' },
            { all: [{ fact: 'person_is_minor' }, { fact: 'extortion_ongoing' }] },
          ],
        },
        // A "yes" to thoughts of self-harm already puts the crisis line first (contact_crisis_line).
        { not: { fact: 'self_harm_thoughts' } },
      ],
    },
    then: { actions: ['crisis_line_any_time'] },
    source:
      'Issue #10: a crisis line wherever emotional harm is likely (sextortion, image abuse, romance scams, a child involved), not only after a "yes" to thoughts of self-harm. FBI and NCMEC sextortion guidance: tell the young person they are not alone and point to help; Revenge Porn Helpline and StopNCII point to emotional support.',
  },
  {
    id: 'support_tell_someone',
    when: {
      all: [
        { fact: 'person_is_minor' },
        // A parent answering is the trusted adult; an organisation has its own people.
        { not: { fact: 'answered_by_parent' } },
        { not: { fact: 'answered_for_organisation' } },
      ],
    },
    then: { actions: ['tell_someone_you_trust'] },
    source: 'Sextortion relies on isolation and shame; a trusted person breaks that.',
  },
  {
    id: 'tell_bank_after_remote_access_to_banking',
    // Someone was given remote access to a device used for banking: the bank can watch and block the accounts even
    // when nothing has gone yet (a payment in the last 72 hours already calls the bank now).
    when: {
      all: [
        { fact: 'remote_access_given' },
        { fact: 'bank_accounts_affected' },
        { not: { fact: 'money_sent_last_72_hours' } },
        { not: { fact: 'may_have_moved_money' } },
      ],
    },
    then: { actions: ['tell_bank_about_fraud'] },
    source:
      'docs/sources.md, "Triage guidance", "Playbooks", "Tech-support scams and remote access" (disconnect, contact the bank, uninstall the remote tool, change passwords from a separate trusted device, report).',
  },
  {
    id: 'mule_tells_own_bank',
    when: { fact: 'may_have_moved_money' },
    then: { actions: ['tell_bank_about_fraud'] },
    source:
      'UK Money Mules guidance (Cifas, Take Five) and Europol #DontBeAMule: tell your bank what happened; banks treat someone who comes forward differently from someone who keeps going.',
  },
  {
    id: 'support_financial_help',
    when: { fact: 'wants_financial_help' },
    then: { actions: ['get_financial_help'] },
    source: 'Support the person asked for.',
  },
  {
    id: 'support_legal_help',
    when: { fact: 'wants_legal_help' },
    then: { actions: ['get_legal_help'] },
    source: 'Support the person asked for.',
  },
  {
    id: 'support_help_reporting',
    when: { fact: 'wants_help_reporting' },
    then: { actions: ['get_help_reporting'] },
    source:
      'Support the person asked for (INCIBE 017 and APAV help people report: docs/sources.md, "Peer services").',
  },
  {
    id: 'support_securing_accounts',
    // Asking for help is not a sign that an account is in someone else's hands: only with a fact of access.
    when: {
      all: [
        { fact: 'wants_help_securing_accounts' },
        {
          // Passwords or codes given, with nobody else in the account: changing them is the step
          // (change_passwords_clean_device), not taking the account back.
          any: [{ fact: 'accounts_controlled' }, { fact: 'incident_account_takeover' }],
        },
      ],
    },
    then: { actions: ['secure_accounts'] },
    source: 'Support the person asked for.',
  },
] as const satisfies readonly Rule[];
