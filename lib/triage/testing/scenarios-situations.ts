/**
 * Golden scenarios about safety, children, intimate images, accounts, devices, identity, money mules and the
 * honest "no Convention offence" cases. See ./scenarios.ts for the shape.
 */
import { scenario, type Scenario } from './scenario';

const CONTENT_RIGHTS_NO_MONEY = ['unc_34_1', 'unc_34_3', 'unc_34_4', 'unc_34_5', 'unc_34_6'] as const;

export const SAFETY_SCENARIOS: readonly Scenario[] = [
  {
    name: 'a person who lost their savings in a romance scam and has thoughts of ending their life is offered a crisis line first',
    case: scenario()
      .country('US')
      .answers({
        in_danger_now: 'no',
        self_harm_thoughts: 'yes',
        incident_types: ['romance_scam'],
        money_sent: 'yes',
      })
      .build(),
    expect: {
      urgency: 'emergency',
      firstActions: ['contact_crisis_line'],
      firstReferral: 'crisis_line',
      // "Tell someone you trust" with a child line is for under-18s (issue #10); an adult gets someone to talk to.
      actions: ['talk_to_someone'],
      noActions: ['tell_someone_you_trust'],
      flags: { hasSafetyRisk: true },
    },
  },
  {
    name: 'someone whose scammer knows where they live and who is in danger now is told to call emergency services first',
    case: scenario()
      .country('GB')
      .answers({ in_danger_now: 'yes', incident_types: ['harassment'], threat_of_violence: 'yes' })
      .build(),
    expect: {
      urgency: 'emergency',
      firstActions: ['call_emergency_services'],
      firstReferral: 'emergency_services',
      offences: [],
      notes: ['harassment_national_law', 'no_convention_offence_identified'],
      flags: { hasSafetyRisk: true },
    },
  },
  {
    // Police forces' rule (docs/sources.md, "Triage guidance", danger to life first): if someone may be in danger,
    // the emergency number comes before anything else, even when the person cannot tell whether the threat is real.
    name: 'a caller who says a relative will be hurt unless money is paid, when the person cannot tell if it is true, is an emergency',
    case: scenario()
      .country('MX')
      .answers({
        in_danger_now: 'dont_know',
        incident_types: ['family_impersonation', 'harassment'],
        money_sent: 'asked_not_paid',
        threat_of_violence: 'yes',
        still_in_contact: 'yes',
        more_money_requested: 'yes',
      })
      .build(),
    expect: {
      urgency: 'emergency',
      firstActions: ['call_emergency_services'],
      firstReferral: 'emergency_services',
      flags: { hasSafetyRisk: true },
    },
  },
  {
    // eSafety and NCMEC: images of a young person passed around by classmates are urgent (removal, support), and
    // a young person in that situation should be offered a kids or crisis line even without saying they are at risk.
    name: 'a teenager whose intimate photo classmates are sharing is urgent, with removal and a crisis line, not an emergency call',
    case: scenario()
      .country('AU')
      .age('under_18')
      .respondent('parent_or_carer')
      .answers({
        in_danger_now: 'no',
        self_harm_thoughts: 'prefer_not_to_say',
        child_at_risk: 'yes',
        child_relationship: 'my_child_or_family',
        incident_types: ['intimate_images_shared'],
        images_shared_already: 'yes',
        child_harm_kinds: ['images_shared'],
        perpetrator_relationship: 'another_young_person',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      actions: ['contact_crisis_line', 'request_image_removal', 'protect_child_now'],
      noActions: ['call_emergency_services'],
    },
  },
  {
    name: '"I don\'t know" to the safety questions does not raise an emergency',
    case: scenario()
      .answers({ in_danger_now: 'dont_know', child_at_risk: 'dont_know', incident_types: ['dont_know'] })
      .build(),
    expect: { urgency: 'routine', offences: [], incidentTypes: [], flags: { hasSafetyRisk: false } },
  },
  {
    name: 'a case that has only just been opened gets the four things everyone should do, and nothing invented',
    case: scenario().build(),
    expect: {
      urgency: 'routine',
      offences: [],
      rights: [],
      notes: ['no_convention_offence_identified'],
      // Issue #10: no step that needs a fact (stop paying, passwords, recovery services) on an empty case.
      actions: ['keep_evidence'],
      noActions: ['report_to_police', 'call_bank_now'],
      flags: { moneyLost: false, foreignCountries: [], lastPaymentAt: null, totalsByCurrency: [] },
    },
  },
  {
    name: 'a 15-year-old in Mexico threatened with their images unless they pay is treated as an emergency, with the child not to blame',
    case: scenario()
      .country('MX')
      .age('under_18')
      .answers({
        in_danger_now: 'no',
        intimate_image_threat: 'yes',
        child_at_risk: 'yes',
        incident_types: ['sextortion'],
      })
      .answers({ threat_ongoing: 'yes', images_shared_already: 'no', child_relationship: 'i_am_under_18' })
      .answers({
        child_harm_kinds: ['asked_for_images', 'threats', 'money_demanded'],
        child_contact_ongoing: 'yes',
      })
      .build(),
    expect: {
      urgency: 'emergency',
      offences: ['unc_14', 'unc_15'],
      budapest: { unc_14: 'ets185_9', unc_15: null },
      notes: ['child_not_to_blame'],
      rights: CONTENT_RIGHTS_NO_MONEY,
      // The teenager is answering: "stay with the child" is for an adult (issue #10). A crisis line and a trusted
      // adult come first (NCMEC and Kids Helpline advice to young people), and images not yet shared can be blocked.
      firstActions: ['contact_crisis_line', 'tell_someone_you_trust'],
      actions: ['stop_replying_to_extortion', 'block_images_before_shared'],
      noActions: ['protect_child_now', 'request_image_removal'],
      firstReferral: 'crisis_line',
      referrals: ['child_protection', 'police_cybercrime_report', 'intimate_image_removal'],
      flags: { isMinor: true, ongoingExtortion: true },
    },
  },
  {
    name: 'a parent whose child is being groomed by an adult in a game chat, still in contact, is told to protect the child now',
    case: scenario()
      .country('AR')
      .respondent('helper')
      .answers({
        child_at_risk: 'yes',
        incident_types: ['child_sexual_abuse'],
        child_relationship: 'my_child_or_family',
      })
      .answers({ child_harm_kinds: ['sexual_messages', 'wants_to_meet'], child_contact_ongoing: 'yes' })
      .answers({ contact_channels: ['video_game'] })
      .build(),
    expect: {
      urgency: 'emergency',
      offences: ['unc_15'],
      rights: ['unc_34_1', 'unc_34_3', 'unc_34_4', 'unc_34_5'],
      notes: ['child_not_to_blame'],
      firstActions: ['protect_child_now'],
      actions: ['report_to_platform', 'report_to_police'],
    },
  },
  {
    name: 'an adult whose ex posted intimate images online is told about removal and recovery support',
    case: scenario()
      .country('BR')
      .age('age_18_to_59')
      .answers({
        incident_types: ['intimate_images_shared'],
        images_shared_already: 'yes',
        threat_ongoing: 'no',
      })
      .build(),
    expect: {
      // Images already published are spreading: urgent (issue #10).
      urgency: 'urgent',
      offences: ['unc_16'],
      budapest: { unc_16: null },
      rights: CONTENT_RIGHTS_NO_MONEY,
      notes: [],
      actions: ['request_image_removal', 'report_to_platform', 'talk_to_someone'],
      referrals: ['intimate_image_removal', 'platform_report', 'victim_support'],
    },
  },
  {
    name: 'an adult threatened with intimate images that have not been shared: extortion under national law, urgent',
    case: scenario()
      .country('ES')
      .answers({ intimate_image_threat: 'yes', incident_types: ['sextortion'], images_shared_already: 'no' })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: [],
      rights: [],
      notes: ['extortion_national_law', 'no_convention_offence_identified'],
      firstActions: ['stop_replying_to_extortion'],
      actions: ['report_to_police', 'talk_to_someone', 'block_images_before_shared'],
      noActions: ['request_image_removal', 'stop_paying'],
      flags: { ongoingExtortion: true, hasSafetyRisk: true },
      incidentTypes: ['sextortion'],
    },
  },
  {
    name: 'a sextortion victim who paid and was then threatened for reporting has witness protection among their rights',
    case: scenario()
      .country('CO')
      .answers({
        intimate_image_threat: 'yes',
        incident_types: ['sextortion', 'romance_scam'],
        images_shared_already: 'yes',
      })
      .answers({
        threat_ongoing: 'yes',
        threatened_for_reporting: 'yes',
        money_sent: 'yes',
        contact_channels: ['social_media'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13', 'unc_16'],
      rights: ['unc_34_1', 'unc_34_2', 'unc_34_3', 'unc_34_4', 'unc_34_5', 'unc_34_6', 'unc_33', 'unc_52'],
      notes: ['fraud_deception_not_in_budapest'],
    },
  },
  {
    name: 'harassment alone is not a Convention offence: the person is told national law applies, and to report it',
    case: scenario()
      .country('PE')
      .answers({
        incident_types: ['harassment'],
        harassment_kinds: ['threats', 'stalking_or_monitoring'],
        threat_of_violence: 'no',
      })
      .build(),
    expect: {
      // Harassment without immediate danger is "soon" (issue #10; eSafety and Met Police: report and keep records),
      // and threats with nothing asked for are not extortion.
      urgency: 'soon',
      noActions: ['stop_replying_to_extortion', 'request_image_removal'],
      offences: [],
      rights: [],
      notes: ['harassment_national_law', 'no_convention_offence_identified'],
      actions: ['report_to_police'],
    },
  },
  {
    name: 'harassment with threats of violence is urgent and goes to the police',
    case: scenario()
      .country('CL')
      .answers({ incident_types: ['harassment'], threat_of_violence: 'yes' })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: [],
      actions: ['report_to_police'],
      flags: { hasSafetyRisk: true },
    },
  },
  {
    name: 'racist abuse online is a Budapest (ETS 189) matter, not a UN Convention offence',
    case: scenario()
      .country('PT')
      .answers({
        incident_types: ['harassment'],
        harassment_kinds: ['hate_against_group', 'insults_or_humiliation'],
      })
      .build(),
    expect: {
      urgency: 'soon',
      offences: [],
      notes: ['harassment_national_law', 'budapest_only_content', 'no_convention_offence_identified'],
    },
  },
  {
    name: 'a designer whose work is copied and sold online is told copyright is a Budapest matter only',
    case: scenario()
      .country('AU')
      .answers({ incident_types: ['content_copied'] })
      .build(),
    expect: {
      urgency: 'routine',
      offences: [],
      notes: ['budapest_only_content', 'no_convention_offence_identified'],
    },
  },
];

export const ACCESS_SCENARIOS: readonly Scenario[] = [
  {
    name: 'someone in the UK whose WhatsApp was taken over after they shared a code is told to secure the account and warn contacts',
    case: scenario()
      .country('GB')
      .answers({
        incident_types: ['account_takeover'],
        data_given: ['one_time_codes'],
        accounts_controlled: 'yes',
      })
      .answers({ affected_accounts: ['messaging'], money_sent: 'no' })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_7', 'unc_11'],
      budapest: { unc_7: 'ets185_2', unc_11: 'ets185_6' },
      rights: ['unc_34_1', 'unc_34_3'],
      firstActions: ['secure_accounts', 'warn_contacts'],
      actions: ['warn_contacts', 'report_to_platform', 'report_to_police'],
      noActions: ['report_to_fraud_centre', 'call_bank_now'],
      flags: { accountsControlled: true },
    },
  },
  {
    name: 'a phishing victim who typed their password into a fake page but lost no money',
    case: scenario()
      .country('CA')
      .answers({
        incident_types: ['phishing'],
        data_given: ['passwords'],
        accounts_controlled: 'no',
        money_sent: 'no',
      })
      .answers({ contact_channels: ['email'] })
      .build(),
    // Nobody holds the account: new passwords from a clean device, not "take back your accounts".
    expect: {
      urgency: 'soon',
      offences: ['unc_11'],
      actions: ['change_passwords_clean_device', 'report_to_fraud_centre'],
      noActions: ['secure_accounts'],
    },
  },
  {
    name: 'a "tech support" caller\'s remote access program still installed is urgent: remove it first',
    case: scenario()
      .country('US')
      .age('age_60_plus')
      .answers({
        incident_types: ['tech_support_scam'],
        data_given: ['remote_access', 'bank_login'],
        remote_access_installed: 'yes',
      })
      .answers({
        money_sent: 'yes',
        money_last_sent: 'last_2_weeks',
        payments_authorised: 'both',
        payment_methods: ['bank_transfer'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      // The bank log-in was captured through the remote session: part of the illegal access (Art. 7), not a
      // credential obtained by deceiving the person (Art. 11).
      offences: ['unc_7', 'unc_13'],
      budapest: { unc_13: 'ets185_8' },
      firstActions: ['remove_remote_access'],
      flags: { remoteAccessInstalled: true },
    },
  },
  {
    name: 'remote access the person allowed, removed since, with no account entered: no longer urgent, and not shown to be illegal access',
    case: scenario()
      .country('AU')
      .answers({
        incident_types: ['tech_support_scam'],
        data_given: ['remote_access'],
        remote_access_installed: 'no',
      })
      .build(),
    expect: { urgency: 'routine', offences: [], noActions: ['remove_remote_access'] },
  },
  {
    name: 'a small business hit by ransomware that is still spreading must isolate its systems now',
    case: scenario()
      .country('ES')
      .answers({
        incident_types: ['malware_ransomware_breach'],
        systems_affected: 'business_or_organisation',
      })
      .answers({ device_harm: ['files_locked_ransom', 'data_stolen'], attack_ongoing: 'yes' })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_7', 'unc_9', 'unc_10'],
      firstActions: ['isolate_affected_systems'],
      referrals: ['police_cybercrime_report'],
    },
  },
  {
    name: 'an online shop taken down by a flood of traffic (DDoS) is a system interference offence',
    case: scenario()
      .country('PT')
      .answers({
        incident_types: ['ddos'],
        systems_affected: 'business_or_organisation',
        attack_ongoing: 'no',
      })
      .build(),
    expect: {
      urgency: 'routine',
      offences: ['unc_10'],
      budapest: { unc_10: 'ets185_5' },
      // Issue #10: a denial-of-service is stopped by the host or provider; disconnecting does not help.
      actions: ['contact_host_or_provider'],
      noActions: ['isolate_affected_systems'],
    },
  },
  {
    name: "spyware that secretly read someone's messages is illegal interception",
    case: scenario()
      .country('MX')
      .answers({
        incident_types: ['malware_ransomware_breach'],
        systems_affected: 'personal',
        device_harm: ['messages_intercepted'],
      })
      .build(),
    expect: { urgency: 'routine', offences: ['unc_8'], budapest: { unc_8: 'ets185_3' } },
  },
  {
    name: 'malware that deleted files and installed unknown programs is illegal access and data interference',
    case: scenario()
      .country('AR')
      .answers({
        incident_types: ['malware_ransomware_breach'],
        device_harm: ['data_deleted_or_changed', 'unknown_programs'],
      })
      .build(),
    expect: { urgency: 'routine', offences: ['unc_7', 'unc_9'] },
  },
  {
    name: 'a person who found loans and a phone contract opened in their name: forgery applies, identity theft itself is no standalone offence',
    case: scenario()
      .country('US')
      .answers({
        incident_types: ['identity_theft'],
        identity_misuse: ['loan_or_credit', 'phone_contract'],
        data_given: ['id_documents'],
      })
      .build(),
    expect: {
      urgency: 'soon',
      // The loans' loss falls on the lenders, not the person: no Art. 13 for them (issue #10).
      offences: ['unc_12'],
      budapest: { unc_12: 'ets185_7' },
      notes: ['identity_theft_not_standalone'],
      actions: ['protect_identity', 'report_accounts_opened'],
    },
  },
  {
    name: "a fake social profile in someone's name, with nothing opened or paid, supports no Convention offence",
    case: scenario()
      .country('CO')
      .answers({ incident_types: ['identity_theft'], identity_misuse: ['fake_profile'] })
      .build(),
    expect: {
      urgency: 'routine',
      offences: [],
      notes: ['identity_theft_not_standalone', 'no_convention_offence_identified'],
    },
  },
  {
    name: 'a student who received and forwarded money for a "job" and is still being asked is told, kindly, to get legal help first',
    case: scenario()
      .country('GB')
      .age('age_18_to_59')
      .answers({
        incident_types: ['money_mule', 'job_task_scam'],
        mule_received_money: 'yes',
        mule_still_asked: 'yes',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      // Laundering (Art. 17) is not something done to the person; their own position is the kind note and legal
      // help first (issue #10).
      offences: [],
      notes: ['possible_laundering_exposure', 'no_convention_offence_identified'],
      firstActions: ['get_legal_help_first', 'stop_moving_money'],
      firstReferral: 'legal_help',
      flags: { possibleLaunderingExposure: true },
    },
  },
  {
    // Money-mule guidance (docs/sources.md, "Triage guidance", money mules): tell the bank what happened; when the
    // bank has already frozen the account, legal advice comes before answering it, and nothing more is moved.
    name: 'someone whose bank froze the account money passed through, and who is no longer asked, gets legal help and the bank, urgently',
    case: scenario()
      .country('US')
      .age('age_18_to_59')
      .answers({
        incident_types: ['money_mule'],
        mule_received_money: 'yes',
        mule_still_asked: 'no',
        mule_account_frozen: 'yes',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: [],
      firstActions: ['get_legal_help_first'],
      actions: ['tell_bank_about_fraud'],
    },
  },
  {
    name: 'someone asked to receive money who refused has no laundering exposure',
    case: scenario()
      .country('ES')
      .answers({ incident_types: ['money_mule'], mule_received_money: 'no' })
      .build(),
    expect: {
      urgency: 'routine',
      offences: [],
      notes: ['no_convention_offence_identified'],
      noActions: ['get_legal_help_first'],
    },
  },
  {
    name: 'a person who asks for someone to talk to, financial and legal help and help reporting gets each; help with accounts needs an account at risk',
    case: scenario()
      .answers({
        support_wanted: [
          'someone_to_talk_to',
          'financial_help',
          'legal_help',
          'help_reporting',
          'help_securing_accounts',
        ],
      })
      .build(),
    expect: {
      urgency: 'routine',
      actions: ['talk_to_someone', 'get_financial_help', 'get_legal_help', 'get_help_reporting'],
      noActions: ['secure_accounts'],
      referrals: ['victim_support', 'legal_help'],
    },
  },
  {
    name: 'a woman whose partner put spyware on her phone is told to plan her safety with a specialist before removing it',
    case: scenario()
      .country('PT')
      .answers({
        incident_types: ['malware_ransomware_breach', 'harassment'],
        systems_affected: 'personal',
        device_harm: ['messages_intercepted'],
        harassment_kinds: ['stalking_or_monitoring'],
        perpetrator_relationship: 'current_partner',
      })
      .build(),
    expect: {
      // Coalition Against Stalkerware and domestic-abuse services: removing it can alert the abuser.
      urgency: 'urgent',
      offences: ['unc_8'],
      firstActions: ['plan_safety_first'],
      actions: ['talk_to_someone', 'report_to_police'],
      noActions: ['isolate_affected_systems', 'stop_replying_to_extortion', 'request_image_removal'],
      referrals: ['victim_support'],
    },
  },
  {
    name: 'harassment that goes on with nothing asked for is not extortion',
    case: scenario()
      .country('CA')
      .answers({
        incident_types: ['harassment'],
        harassment_kinds: ['threats', 'insults_or_humiliation'],
        threat_ongoing: 'yes',
        demand_kinds: ['nothing_asked'],
        threat_of_violence: 'no',
      })
      .build(),
    expect: {
      urgency: 'soon',
      offences: [],
      actions: ['report_to_police', 'report_to_platform', 'keep_evidence'],
      noActions: ['stop_replying_to_extortion', 'request_image_removal', 'stop_paying'],
      flags: { ongoingExtortion: false },
    },
  },
  {
    name: 'a web shop under a denial-of-service attack with a ransom demand calls its host and does not reply to the extortion',
    case: scenario()
      .country('GB')
      .respondent('organisation')
      .answers({
        incident_types: ['ddos'],
        systems_affected: 'business_or_organisation',
        device_harm: ['service_down_or_slow'],
        attack_ongoing: 'yes',
        attack_demand: 'yes',
        money_sent: 'asked_not_paid',
      })
      .build(),
    expect: {
      // NCSC DoS guidance: the host or provider filters the traffic; do not pay the extortion.
      urgency: 'urgent',
      offences: ['unc_10'],
      actions: ['stop_replying_to_extortion', 'contact_host_or_provider', 'report_to_police'],
      noActions: ['isolate_affected_systems', 'stop_paying', 'tell_someone_you_trust'],
      flags: { ongoingExtortion: true },
    },
  },
  {
    name: 'a clinic whose patient records were stolen is told to check its duty to tell the data protection authority',
    case: scenario()
      .country('ES')
      .respondent('organisation')
      .answers({
        incident_types: ['malware_ransomware_breach'],
        systems_affected: 'business_or_organisation',
        device_harm: ['data_stolen'],
        others_data_exposed: 'yes',
      })
      .build(),
    expect: {
      // GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of the breach.
      urgency: 'routine',
      offences: ['unc_7'],
      actions: ['isolate_affected_systems', 'notify_data_protection_authority', 'report_to_police'],
    },
  },
  {
    name: 'a firm that already paid a ransom and now gets a second demand is told not to pay again, to contain the attack and to report it',
    case: scenario()
      .country('PE')
      .respondent('organisation')
      .answers({
        incident_types: ['malware_ransomware_breach'],
        money_sent: 'yes',
        money_last_sent: 'last_3_days',
        payment_methods: ['crypto'],
        systems_affected: 'business_or_organisation',
        device_harm: ['files_locked_ransom', 'data_stolen'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_7', 'unc_9', 'unc_10'],
      // NCSC and NI Cyber Security Centre: paying gives no guarantee; the wallet address goes with the report.
      firstActions: ['isolate_affected_systems', 'stop_paying', 'report_to_police'],
    },
  },
  {
    name: "an online shop whose stolen customer data is held to ransom through an intruder's admin account takes the account back before anything else",
    case: scenario()
      .country('CO')
      .respondent('organisation')
      .answers({
        incident_types: ['malware_ransomware_breach'],
        money_sent: 'asked_not_paid',
        accounts_controlled: 'yes',
        affected_accounts: ['work'],
        systems_affected: 'business_or_organisation',
        device_harm: ['data_stolen'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_7'],
      firstActions: ['secure_accounts', 'report_to_police', 'keep_evidence'],
      noActions: ['isolate_affected_systems', 'stop_paying'],
    },
  },
  {
    name: 'a "law firm" that turned up months after a crypto loss asks for a fee: refuse it and report the new contact before anything about the old loss',
    case: scenario()
      .country('US')
      .age('age_60_plus')
      .answers({
        incident_types: ['fund_recovery_scam', 'investment_scam'],
        money_sent: 'yes',
        money_last_sent: 'last_13_months',
        payment_methods: ['crypto'],
        payments_authorised: 'i_made_them',
        contact_channels: ['email'],
        still_in_contact: 'yes',
        more_money_requested: 'yes',
        recovery_claimed_to_be: 'lawyer',
        recovery_fee_paid: 'no',
        recovery_offer_from: 'someone_new_later',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_13'],
      // FBI warnings about fake law firms: real agencies never charge; report to IC3 (the police report channel).
      firstActions: ['never_pay_recovery_services', 'stop_paying', 'report_to_police'],
      actions: ['contact_crypto_exchange'],
    },
  },
  {
    name: 'a "recovery" fee asked of someone who never paid anything: "never pay to get money back" says it all',
    case: scenario()
      .country('CL')
      .answers({
        incident_types: ['fund_recovery_scam', 'official_impersonation'],
        money_sent: 'asked_not_paid',
        contact_channels: ['email'],
        still_in_contact: 'yes',
        more_money_requested: 'yes',
        recovery_claimed_to_be: 'government_or_police',
        recovery_fee_paid: 'no',
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: [],
      firstActions: ['never_pay_recovery_services', 'report_to_police'],
      noActions: ['stop_paying'],
    },
  },
  {
    name: 'a parent whose daughter sent photos to an adult who asked for them is pointed to a service that removes images taken under 18',
    case: scenario()
      .country('PE')
      .age('under_18')
      .respondent('parent_or_carer')
      .answers({
        incident_types: ['child_sexual_abuse'],
        child_at_risk: 'yes',
        child_harm_kinds: ['sexual_messages', 'asked_for_images'],
        child_contact_ongoing: 'yes',
        data_given: ['selfie_or_video'],
      })
      .build(),
    expect: {
      urgency: 'emergency',
      offences: ['unc_14', 'unc_15'],
      // Take It Down FAQ: images taken before 18, whether or not it is known they were shared.
      firstActions: ['protect_child_now', 'request_image_removal', 'report_to_police'],
      noActions: ['block_images_before_shared', 'stop_paying'],
    },
  },
  {
    name: 'an office PC with the company banking was opened to a "technician" who asked for a fee: remove the program, new passwords from a clean device, and tell the bank',
    case: scenario()
      .country('CL')
      .respondent('organisation')
      .answers({
        incident_types: ['tech_support_scam'],
        money_sent: 'asked_not_paid',
        contact_channels: ['website', 'phone_call'],
        still_in_contact: 'no',
        more_money_requested: 'yes',
        data_given: ['remote_access'],
        remote_access_installed: 'yes',
        affected_accounts: ['work', 'bank_or_payment'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      offences: ['unc_7'],
      firstActions: ['remove_remote_access', 'change_passwords_clean_device', 'tell_bank_about_fraud'],
      referrals: ['bank_or_payment_provider'],
    },
  },
  {
    name: 'someone whose hijacked account is asking friends for money is told to take it back and warn them',
    case: scenario()
      .country('MX')
      .answers({
        incident_types: ['account_takeover'],
        affected_accounts: ['messaging'],
        accounts_controlled: 'yes',
        contacts_asked_for_money: 'yes',
        support_wanted: ['help_securing_accounts'],
      })
      .build(),
    expect: {
      urgency: 'urgent',
      firstActions: ['secure_accounts', 'warn_contacts'],
      noActions: ['change_passwords_clean_device'],
    },
  },
  {
    name: 'a "recovery lawyer" asking for a fee right now is the scam itself: do not pay it',
    case: scenario()
      .country('US')
      .age('age_60_plus')
      .answers({
        incident_types: ['fund_recovery_scam'],
        money_sent: 'yes',
        money_last_sent: 'longer_ago',
        more_money_requested: 'yes',
        contact_channels: ['email'],
      })
      .build(),
    expect: {
      // FBI IC3 PSA on fund-recovery scams (2023).
      urgency: 'urgent',
      firstActions: ['never_pay_recovery_services', 'stop_paying'],
      noActions: ['watch_for_recovery_scams'],
    },
  },
  {
    name: 'a parent whose son is being extorted with his images protects him first, with a crisis line, and is not told to tell someone',
    case: scenario()
      .country('US')
      .respondent('parent_or_carer')
      .age('under_18')
      .answers({
        in_danger_now: 'no',
        intimate_image_threat: 'yes',
        incident_types: ['sextortion'],
        threat_ongoing: 'yes',
        images_shared_already: 'no',
        child_relationship: 'my_child_or_family',
      })
      .build(),
    expect: {
      // NCMEC and FBI guidance for parents.
      urgency: 'emergency',
      firstActions: ['protect_child_now', 'contact_crisis_line', 'stop_replying_to_extortion'],
      noActions: ['tell_someone_you_trust', 'request_image_removal'],
      actions: ['block_images_before_shared'],
    },
  },
  {
    name: 'an action the person has ticked done carries the time it was done',
    case: scenario().tick('keep_evidence', '2026-03-01T12:00:00.000Z').build(),
    expect: { urgency: 'routine', actions: ['keep_evidence'] },
  },
];
