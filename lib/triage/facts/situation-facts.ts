/** Facts about safety, what happened, access, devices, identity, threats, children, money mules and support. */
import {
  CONTACT_CHANNELS,
  DECEPTION_INCIDENTS,
  DEMAND_KINDS,
  INCIDENT_TYPES,
} from '../../questionnaire/options';
import type { IncidentType } from '../../questionnaire/options';
import type { FactContext } from './context';
import type { FactDefinition } from './fact';

const isMinor = (ctx: FactContext) =>
  ctx.c.ageGroup === 'under_18' || ctx.is('child_relationship', 'i_am_under_18');
const incident = (ctx: FactContext, ...types: IncidentType[]) => types.some((t) => ctx.incidents.has(t));
const imagesInvolved = (ctx: FactContext) =>
  incident(ctx, 'sextortion', 'intimate_images_shared', 'child_sexual_abuse') ||
  ctx.is('intimate_image_threat', 'yes') ||
  ctx.is('images_shared_already', 'yes');
const imagesShared = (ctx: FactContext) =>
  ctx.is('images_shared_already', 'yes') || incident(ctx, 'intimate_images_shared');
const viaIct = (ctx: FactContext) =>
  ctx.has('contact_channels', ...ICT_CHANNELS) || !ctx.has('contact_channels', 'in_person');
/** Every way of first contact but in person (and "don't know") is by means of ICT. */
const ICT_CHANNELS = CONTACT_CHANNELS.filter((c) => c !== 'in_person' && c !== 'dont_know');

/** Ways of first contact that happen online (not a phone call, a text message or in person). */
const ONLINE_CHANNELS = [
  'social_media',
  'dating_site_or_app',
  'messaging_app',
  'email',
  'online_marketplace',
  'website',
  'video_game',
] as const;

/**
 * Every demand the question offers, but "nothing asked", "don't know" and "to get back together or keep in touch":
 * an ex-partner asking that, with no threat, is pressure (harassment and, from a partner, abuse: the partner_abuse
 * playbook), not extortion; it is extortion when a threat comes with it.
 */
const DEMANDS = DEMAND_KINDS.filter(
  (d) => d !== 'nothing_asked' && d !== 'dont_know' && d !== 'get_back_together',
);
/**
 * Something is demanded under threat: a demand named, a threat to share intimate images (which always comes with
 * one), sextortion, a ransom for locked files, or a payment asked to stop an attack. "Nothing asked" overrides the
 * incident type: threats without a demand are harassment.
 */
const hasDemand = (ctx: FactContext) =>
  !ctx.has('demand_kinds', 'nothing_asked') &&
  (ctx.has('demand_kinds', ...DEMANDS) ||
    (ctx.has('demand_kinds', 'get_back_together') &&
      (ctx.is('threat_of_violence', 'yes') || ctx.is('threatened_for_reporting', 'yes'))) ||
    ctx.is('intimate_image_threat', 'yes') ||
    incident(ctx, 'sextortion') ||
    ctx.is('attack_demand', 'yes') ||
    ctx.has('device_harm', 'files_locked_ransom'));

/** Who is answering: the person harmed, a parent or carer, someone helping another adult, or an organisation. */
/** A card or its details used, no other way of paying, and no log-in or password for an account given. */
function cardFraudOnly(ctx: FactContext): boolean {
  const cardMisused = ctx.has('data_given', 'card_details') || ctx.methods.has('card');
  const onlyCardPayments = [...ctx.methods].every((m) => m === 'card');
  return cardMisused && onlyCardPayments && !ctx.has('data_given', 'passwords', 'bank_login');
}

/**
 * One-time codes given with the card's details, and no password or log-in: the codes confirmed card payments the
 * person did not make. Blocking the card stops them; there is no password to change.
 */
function codesOnlyForCardPayments(ctx: FactContext): boolean {
  return (
    ctx.has('data_given', 'one_time_codes') &&
    ctx.has('data_given', 'card_details') &&
    cardFraudOnly(ctx) &&
    ctx.is('payments_authorised', 'made_without_me', 'both')
  );
}

/** Someone asked to receive and pass on money gave their own bank log-in for it. */
function loginLentAsMule(ctx: FactContext): boolean {
  return incident(ctx, 'money_mule') && ctx.has('data_given', 'bank_login', 'passwords');
}

export const AUDIENCE_FACTS = [
  {
    id: 'answered_by_parent',
    from: ['respondent', 'child_relationship'],
    describe: 'a parent or carer of the child is answering',
    // "I am under 18" wins over a contradicting "who is filling this in".
    test: (ctx) =>
      !ctx.is('child_relationship', 'i_am_under_18') &&
      (ctx.c.respondent === 'parent_or_carer' ||
        (ctx.c.respondent === 'helper' && ctx.is('child_relationship', 'my_child_or_family'))),
  },
  {
    id: 'answered_by_young_person',
    from: ['respondent', 'age_group', 'child_relationship'],
    describe: 'the young person it happened to is answering',
    test: (ctx) =>
      ctx.is('child_relationship', 'i_am_under_18') ||
      (ctx.c.respondent === 'person_harmed' && ctx.c.ageGroup === 'under_18'),
  },
  {
    id: 'answered_for_organisation',
    from: ['respondent'],
    describe: 'someone is answering for a business or organisation',
    test: (ctx) => ctx.c.respondent === 'organisation',
  },
] as const satisfies readonly FactDefinition[];

export const SAFETY_FACTS = [
  {
    id: 'in_danger_now',
    from: ['in_danger_now'],
    describe: 'the person is in danger now',
    test: (ctx) => ctx.is('in_danger_now', 'yes'),
  },
  {
    // "Don't know" is not "no": with threats of violence it is treated as danger (issue #10).
    id: 'danger_unsure',
    from: ['in_danger_now'],
    describe: 'the person does not know whether they or someone close is in danger now',
    test: (ctx) => ctx.is('in_danger_now', 'dont_know'),
  },
  {
    // Only a plain "no" rules thoughts of self-harm out; "prefer not to say" or no answer does not.
    id: 'self_harm_ruled_out',
    from: ['self_harm_thoughts'],
    describe: 'the person said they have no thoughts of harming themselves',
    test: (ctx) => ctx.is('self_harm_thoughts', 'no'),
  },
  {
    id: 'self_harm_thoughts',
    from: ['self_harm_thoughts'],
    describe: 'the person has thoughts of harming themselves',
    test: (ctx) => ctx.is('self_harm_thoughts', 'yes'),
  },
  {
    id: 'intimate_image_threat',
    from: ['intimate_image_threat'],
    describe: 'someone is threatening to share intimate images',
    test: (ctx) => ctx.is('intimate_image_threat', 'yes'),
  },
  {
    id: 'child_at_risk',
    from: ['child_at_risk'],
    describe: 'a child is involved or being contacted by an adult',
    test: (ctx) => ctx.is('child_at_risk', 'yes'),
  },
  {
    id: 'person_is_minor',
    from: ['age_group', 'child_relationship'],
    describe: 'the person harmed is under 18',
    test: isMinor,
  },
  {
    id: 'older_person',
    from: ['age_group'],
    describe: 'the person harmed is 60 or over',
    test: (ctx) => ctx.c.ageGroup === 'age_60_plus',
  },
] as const satisfies readonly FactDefinition[];

/** One fact per incident type: incident_<type>. */
export const INCIDENT_FACTS: readonly FactDefinition[] = INCIDENT_TYPES.map((type) => ({
  id: `incident_${type}`,
  from: ['incident_types'],
  describe: `what happened includes: ${type.replaceAll('_', ' ')}`,
  test: (ctx: FactContext) => ctx.incidents.has(type),
}));

export const SITUATION_FACTS = [
  {
    id: 'contacted_through_ict',
    from: ['contact_channels'],
    describe: 'contact was online or by phone (not only in person)',
    test: viaIct,
  },
  {
    // A marketplace, social network or messaging app: a seller's profile there can be reported and removed (a shop's
    // own website cannot).
    id: 'contacted_through_social_or_marketplace',
    from: ['contact_channels'],
    describe: 'contact was through a marketplace, a social network or a messaging app',
    test: (ctx) => ctx.has('contact_channels', 'social_media', 'messaging_app', 'online_marketplace'),
  },
  {
    id: 'contacted_through_platform',
    from: ['contact_channels', 'contact_platform'],
    describe: 'contact was through a social network, app, marketplace or website',
    test: (ctx) =>
      ctx.has(
        'contact_channels',
        'social_media',
        'dating_site_or_app',
        'messaging_app',
        'online_marketplace',
        'website',
        'video_game',
      ) || (ctx.single('contact_platform') ?? '').trim() !== '',
  },
  {
    id: 'deceived_through_ict',
    from: ['incident_types', 'contact_channels'],
    describe: 'someone deceived the person online or by phone',
    test: (ctx) => incident(ctx, ...DECEPTION_INCIDENTS) && viaIct(ctx),
  },
  {
    // Where the payment-services rules make the bank refund an unauthorised payment at once, with a complaint to the
    // ombudsman or banking regulator if it does not: the EU's PSD2 (Spain, Portugal) and the UK's rules that keep it
    // (docs/sources.md, "Triage guidance", "PSD2 Art. 71").
    id: 'unauthorised_payment_refund_rule',
    from: ['country'],
    describe: 'the country’s payment rules make the bank refund payments the person did not make',
    test: (ctx) => ['ES', 'PT', 'GB'].includes(ctx.c.country ?? ''),
  },
  {
    // Peru: a bank must answer a customer's claim within 15 business days (SBS), and Indecopi takes it if the bank
    // does not resolve it; Peruvian bank guidance gives the order for card payments the person did not make: block
    // the card at once and claim, report at a comisaría, then Indecopi (docs/sources.md, "Triage guidance",
    // "Complaining to the bank, then an ombudsman or regulator").
    id: 'bank_claim_then_authority',
    from: ['country'],
    describe:
      'the bank must answer a fraud claim within a set time, and a free authority takes it if the bank does not',
    test: (ctx) => ctx.c.country === 'PE',
  },
  {
    // Where a national centre takes fraud reports for the police and gives the reference banks ask for, and its
    // guidance puts it first: the FTC (ReportFraud.ftc.gov, IdentityTheft.gov, "report to the FTC, then the police")
    // and IC3 in the US; Report Fraud for England, Wales and Northern Ireland (docs/sources.md, "Triage guidance",
    // fraud reporting centres). Not Australia: ReportCyber is the police's own online report there, so the police
    // report already comes first.
    id: 'fraud_centre_reported_first',
    from: ['country'],
    describe: 'the national fraud reporting centre is the first place to report fraud in this country',
    test: (ctx) => ctx.c.country === 'US' || ctx.c.country === 'GB',
  },
  {
    // Australia: ReportCyber is the police's online report for cybercrime, crimes committed online (online shopping and
    // relationship fraud, email compromise, identity theft with an online part, ransomware...); a scam carried out
    // only by phone call or text message, with nothing online, is not in its list, and Scamwatch, which takes every
    // kind of scam, comes first (docs/sources.md, "Triage guidance", "Fraud reporting centres").
    id: 'scam_by_phone_only_in_australia',
    from: ['country', 'contact_channels'],
    describe: 'in Australia, contact only by phone call or text message, with nothing online',
    test: (ctx) =>
      ctx.c.country === 'AU' &&
      ctx.has('contact_channels', 'phone_call', 'text_message') &&
      !ctx.has('contact_channels', ...ONLINE_CHANNELS),
  },
  {
    // Where a national centre takes fraud reports beside the local police, whose report comes first: the Canadian
    // Anti-Fraud Centre ("report to local police, then to the CAFC").
    id: 'fraud_centre_reported_after_police',
    from: ['country'],
    describe: 'the national fraud reporting centre takes reports after the police in this country',
    test: (ctx) => ctx.c.country === 'CA',
  },
  {
    id: 'impersonated_official',
    from: ['impersonated', 'incident_types'],
    describe: 'someone posed as a bank, the police or the government',
    test: (ctx) =>
      ctx.has('impersonated', 'bank', 'police', 'government_or_tax') ||
      incident(ctx, 'official_impersonation'),
  },
  {
    id: 'still_in_contact',
    from: ['still_in_contact'],
    describe: 'the person is still in contact with them',
    test: (ctx) => ctx.is('still_in_contact', 'yes'),
  },
  {
    // Access credentials only: card numbers are not a way into an account (issue #10; Art. 11 needs a password or
    // access credential).
    id: 'credentials_given',
    from: ['data_given'],
    describe: 'passwords, one-time codes or bank log-in details were given',
    test: (ctx) => ctx.has('data_given', 'passwords', 'one_time_codes', 'bank_login'),
  },
  {
    id: 'codes_only_for_card_payments',
    from: ['data_given', 'payment_methods', 'payments', 'payments_authorised'],
    describe:
      'one-time codes were given with the card’s details, for card payments the person did not make, and no password or log-in',
    test: codesOnlyForCardPayments,
  },
  {
    id: 'card_details_given',
    from: ['data_given'],
    describe: 'card details were given',
    test: (ctx) => ctx.has('data_given', 'card_details'),
  },
  {
    id: 'contacts_asked_for_money',
    from: ['contacts_asked_for_money'],
    describe: 'someone is using the person’s account to ask their contacts for money',
    test: (ctx) => ctx.is('contacts_asked_for_money', 'yes'),
  },
  {
    id: 'others_data_exposed',
    from: ['others_data_exposed'],
    describe: 'personal data of other people (customers, staff, members) was exposed',
    test: (ctx) => ctx.is('others_data_exposed', 'yes'),
  },
  {
    id: 'device_attack_on_organisation',
    from: ['systems_affected', 'respondent'],
    describe: 'the attacked systems belong to a business or organisation',
    test: (ctx) =>
      ctx.is('systems_affected', 'business_or_organisation', 'both') || ctx.c.respondent === 'organisation',
  },
  {
    // Unknown programs, or messages read by someone else, on the person's own phone or computer (not an
    // organisation's systems, not spyware put there by a partner, not files locked for a ransom, not a "tech
    // support" caller's remote access, which have their own steps): a banking trojan, for instance.
    id: 'malware_on_own_device',
    from: [
      'device_harm',
      'systems_affected',
      'respondent',
      'perpetrator_relationship',
      'data_given',
      'remote_access_installed',
    ],
    describe: 'unknown programs, or messages read by someone else, on the person’s own device',
    test: (ctx) =>
      ctx.has('device_harm', 'unknown_programs', 'messages_intercepted') &&
      !ctx.is('systems_affected', 'business_or_organisation', 'both') &&
      ctx.c.respondent !== 'organisation' &&
      !ctx.is('perpetrator_relationship', 'current_partner', 'former_partner') &&
      !ctx.has('device_harm', 'files_locked_ransom') &&
      !ctx.has('data_given', 'remote_access') &&
      !ctx.is('remote_access_installed', 'yes'),
  },
  {
    id: 'id_documents_given',
    from: ['data_given'],
    describe: 'identity documents, identity numbers, or a selfie or video were given',
    // A selfie or video sent in image abuse or to someone exploiting a child is not an identity check (issue #10):
    // it calls for image removal, not a credit freeze.
    test: (ctx) =>
      ctx.has('data_given', 'id_documents', 'id_numbers') ||
      (ctx.has('data_given', 'selfie_or_video') &&
        !imagesInvolved(ctx) &&
        !ctx.has('child_harm_kinds', 'asked_for_images', 'images_shared', 'sexual_messages')),
  },
  {
    id: 'remote_access_given',
    from: ['data_given', 'remote_access_installed'],
    describe: 'someone was given remote access to a device',
    test: (ctx) => ctx.has('data_given', 'remote_access') || ctx.is('remote_access_installed', 'yes'),
  },
  {
    id: 'bank_accounts_affected',
    from: ['affected_accounts'],
    describe: 'bank or payment accounts are among the accounts affected',
    test: (ctx) => ctx.has('affected_accounts', 'bank_or_payment'),
  },
  {
    id: 'remote_access_installed',
    from: ['remote_access_installed'],
    describe: 'remote access software is still installed',
    test: (ctx) => ctx.is('remote_access_installed', 'yes'),
  },
  {
    id: 'accounts_controlled',
    from: ['accounts_controlled'],
    describe: 'someone else can still get into the person’s accounts',
    test: (ctx) => ctx.is('accounts_controlled', 'yes'),
  },
  {
    id: 'locked_out_of_account',
    from: ['account_details_changed'],
    describe: 'the intruder changed the password, email or phone number, so the person cannot sign in',
    test: (ctx) => ctx.is('account_details_changed', 'yes'),
  },
  {
    id: 'account_accessed',
    from: ['incident_types', 'accounts_controlled', 'affected_accounts'],
    describe: 'someone got into the person’s accounts without permission',
    // Two cases are not access: a card (or its details) used for payments is card fraud, not a way into the bank
    // account, unless a log-in or password was given too (issue #10; Art. 7 needs access to a system); and a person
    // who lent their own bank log-in to move money for someone (a money mule) allowed that use, unless someone
    // still holds the account against their will.
    test: (ctx) =>
      incident(ctx, 'account_takeover') ||
      ctx.is('accounts_controlled', 'yes') ||
      ctx.has(
        'affected_accounts',
        'email',
        'social_media',
        'messaging',
        'shopping',
        'work',
        'phone_number',
        'other',
      ) ||
      (ctx.has('affected_accounts', 'bank_or_payment') && !cardFraudOnly(ctx) && !loginLentAsMule(ctx)),
  },
  {
    id: 'files_locked_ransom',
    from: ['device_harm'],
    describe: 'files were locked and a ransom demanded',
    test: (ctx) => ctx.has('device_harm', 'files_locked_ransom'),
  },
  {
    id: 'data_stolen',
    from: ['device_harm'],
    describe: 'data was stolen from a device or system',
    test: (ctx) => ctx.has('device_harm', 'data_stolen'),
  },
  {
    id: 'data_deleted_or_changed',
    from: ['device_harm'],
    describe: 'data was deleted or changed',
    test: (ctx) => ctx.has('device_harm', 'data_deleted_or_changed'),
  },
  {
    id: 'service_disrupted',
    from: ['device_harm', 'incident_types'],
    describe: 'a system or service was brought down or slowed',
    test: (ctx) => ctx.has('device_harm', 'service_down_or_slow') || incident(ctx, 'ddos'),
  },
  {
    id: 'messages_intercepted',
    from: ['device_harm'],
    describe: 'messages or traffic were secretly read or intercepted',
    test: (ctx) => ctx.has('device_harm', 'messages_intercepted'),
  },
  {
    id: 'unknown_programs',
    from: ['device_harm'],
    describe: 'unknown programs appeared on a device',
    test: (ctx) => ctx.has('device_harm', 'unknown_programs'),
  },
  {
    id: 'attack_ongoing',
    from: ['attack_ongoing'],
    describe: 'the attack is still going on',
    test: (ctx) => ctx.is('attack_ongoing', 'yes'),
  },
  {
    id: 'accounts_opened_in_name',
    from: ['identity_misuse'],
    describe: 'accounts, loans, contracts or purchases were made in the person’s name',
    test: (ctx) =>
      ctx.has(
        'identity_misuse',
        'bank_account_opened',
        'loan_or_credit',
        'phone_contract',
        'benefits_or_tax',
        'purchases',
      ),
  },
  {
    id: 'fake_documents',
    from: ['identity_misuse'],
    describe: 'fake documents were made with the person’s details',
    test: (ctx) => ctx.has('identity_misuse', 'fake_documents'),
  },
] as const satisfies readonly FactDefinition[];

export const THREAT_AND_CHILD_FACTS = [
  {
    // Threats with something asked for. Threats alone are harassment, not extortion (issue #10).
    id: 'extortion_demand',
    from: [
      'demand_kinds',
      'intimate_image_threat',
      'incident_types',
      'attack_demand',
      'device_harm',
      'threat_of_violence',
      'threatened_for_reporting',
    ],
    describe: 'someone is demanding something (money, images, contact) with threats',
    test: hasDemand,
  },
  {
    id: 'extortion_ongoing',
    from: [
      'threat_ongoing',
      'intimate_image_threat',
      'demand_kinds',
      'attack_demand',
      'attack_ongoing',
      'threat_of_violence',
      'threatened_for_reporting',
    ],
    describe: 'threats with a demand are still going on',
    test: (ctx) =>
      hasDemand(ctx) &&
      (ctx.is('threat_ongoing', 'yes') ||
        (ctx.is('intimate_image_threat', 'yes') && !ctx.is('threat_ongoing', 'no')) ||
        (ctx.is('attack_demand', 'yes') && !ctx.is('attack_ongoing', 'no'))),
  },
  {
    id: 'threats_without_demand',
    from: ['threat_ongoing', 'demand_kinds', 'harassment_kinds'],
    describe: 'threats or abuse go on, with nothing asked for',
    test: (ctx) =>
      !hasDemand(ctx) &&
      (ctx.is('threat_ongoing', 'yes') || ctx.has('harassment_kinds', 'threats', 'stalking_or_monitoring')),
  },
  {
    id: 'perpetrator_partner',
    from: ['perpetrator_relationship'],
    describe: 'a partner or ex-partner is behind it',
    test: (ctx) => ctx.is('perpetrator_relationship', 'current_partner', 'former_partner'),
  },
  {
    id: 'perpetrator_current_partner',
    from: ['perpetrator_relationship'],
    describe: 'the person’s current partner is behind it',
    test: (ctx) => ctx.is('perpetrator_relationship', 'current_partner'),
  },
  {
    id: 'perpetrator_young_person',
    from: ['perpetrator_relationship'],
    describe: 'another child or teenager is behind it',
    test: (ctx) => ctx.is('perpetrator_relationship', 'another_young_person'),
  },
  {
    id: 'images_shared_already',
    from: ['images_shared_already', 'incident_types'],
    describe: 'intimate images were shared without consent',
    test: imagesShared,
  },
  {
    // Made or altered ("deepfakes"): not a private recording of the person, which Art. 16's "intimate image" is.
    id: 'images_made_or_edited',
    from: ['images_made'],
    describe: 'the intimate images were made or altered (fake, edited or AI-generated)',
    test: (ctx) => ctx.is('images_made', 'made_or_edited'),
  },
  {
    id: 'threat_of_violence',
    from: ['threat_of_violence'],
    describe: 'someone threatened violence',
    test: (ctx) => ctx.is('threat_of_violence', 'yes'),
  },
  {
    id: 'threatened_for_reporting',
    from: ['threatened_for_reporting'],
    describe: 'someone threatened the person to stop them reporting or speaking',
    test: (ctx) => ctx.is('threatened_for_reporting', 'yes'),
  },
  {
    id: 'hate_against_group',
    from: ['harassment_kinds'],
    describe: 'the abuse targets a group the person belongs to (race, origin, religion)',
    test: (ctx) => ctx.has('harassment_kinds', 'hate_against_group'),
  },
  {
    id: 'child_sexual_contact',
    from: ['child_harm_kinds'],
    describe: 'an adult sent sexual messages to a child, asked for images or wants to meet',
    test: (ctx) => ctx.has('child_harm_kinds', 'sexual_messages', 'asked_for_images', 'wants_to_meet'),
  },
  {
    // A child asked for images who sent a photo or video: the images are in someone else's hands.
    id: 'child_sent_images',
    from: ['child_harm_kinds', 'data_given', 'age_group'],
    describe: 'a child who was asked for sexual images sent photos or videos',
    test: (ctx) =>
      isMinor(ctx) &&
      ctx.has('child_harm_kinds', 'asked_for_images') &&
      ctx.has('data_given', 'selfie_or_video'),
  },
  {
    id: 'child_images_involved',
    from: [
      'child_harm_kinds',
      'age_group',
      'images_shared_already',
      'intimate_image_threat',
      'incident_types',
    ],
    describe: 'sexual images of a child were asked for, made, held or shared',
    test: (ctx) =>
      ctx.has('child_harm_kinds', 'asked_for_images', 'images_shared') ||
      (isMinor(ctx) &&
        (imagesShared(ctx) || ctx.is('intimate_image_threat', 'yes') || incident(ctx, 'sextortion'))),
  },
  {
    id: 'child_contact_ongoing',
    from: ['child_contact_ongoing'],
    describe: 'the adult is still in contact with the child',
    test: (ctx) => ctx.is('child_contact_ongoing', 'yes'),
  },
  {
    id: 'received_money_for_others',
    from: ['mule_received_money'],
    describe: 'the person received money into their account and was asked to send it on',
    test: (ctx) => ctx.is('mule_received_money', 'yes'),
  },
  {
    id: 'may_have_moved_money',
    from: ['incident_types', 'mule_received_money'],
    describe: 'the person was asked to receive and forward money (and did not say they refused)',
    test: (ctx) => incident(ctx, 'money_mule') && !ctx.is('mule_received_money', 'no'),
  },
  {
    id: 'mule_account_frozen',
    from: ['mule_account_frozen'],
    describe: 'the bank froze or closed the account the money went through',
    test: (ctx) => ctx.is('mule_account_frozen', 'yes'),
  },
  {
    id: 'mule_still_asked',
    from: ['mule_still_asked'],
    describe: 'the person is still being asked to move money',
    test: (ctx) => ctx.is('mule_still_asked', 'yes'),
  },
] as const satisfies readonly FactDefinition[];

export const REPORT_AND_SUPPORT_FACTS = [
  {
    id: 'reported_to_bank',
    from: ['reports_already_made', 'reports_made'],
    describe: 'the bank or payment provider has been told',
    test: (ctx) =>
      ctx.has('reports_already_made', 'bank_or_payment_provider') ||
      ctx.c.reportsMade.some((r) => r.kind === 'bank_or_payment_provider'),
  },
  {
    id: 'wants_someone_to_talk_to',
    from: ['support_wanted'],
    describe: 'the person would like someone to talk to',
    test: (ctx) => ctx.has('support_wanted', 'someone_to_talk_to'),
  },
  {
    id: 'wants_financial_help',
    from: ['support_wanted'],
    describe: 'the person would like financial help',
    test: (ctx) => ctx.has('support_wanted', 'financial_help'),
  },
  {
    id: 'wants_legal_help',
    from: ['support_wanted'],
    describe: 'the person would like legal help',
    test: (ctx) => ctx.has('support_wanted', 'legal_help'),
  },
  {
    id: 'wants_help_reporting',
    from: ['support_wanted'],
    describe: 'the person would like help with reporting',
    test: (ctx) => ctx.has('support_wanted', 'help_reporting'),
  },
  {
    id: 'wants_help_securing_accounts',
    from: ['support_wanted'],
    describe: 'the person would like help securing their accounts',
    test: (ctx) => ctx.has('support_wanted', 'help_securing_accounts'),
  },
  {
    id: 'always',
    from: [],
    describe: 'always',
    test: () => true,
  },
] as const satisfies readonly FactDefinition[];
