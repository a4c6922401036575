/**
 * United Kingdom. Transcribed from the reference notes, section "United Kingdom" (docs/sources.md, "Referral
 * directory"; each entry cites its own page). Report Fraud replaced Action Fraud on 2025-12-04 (same phone number);
 * Scotland has its own police channel and victim support. The Internet Watch Foundation is in international.ts
 * (`homeCountry: 'GB'`).
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE, IDENTITY_MISUSE, IMAGE_ABUSE } from './reference';

const ENGLAND_WALES_NI = ['GB-ENG', 'GB-WLS', 'GB-NIR'];

export const GB_ENTRIES: DirectoryEntry[] = [
  {
    id: 'gb_999_112_101',
    kind: 'emergency_services',
    country: 'GB',
    name: '999 / 112; 101; 18000',
    phones: [
      { display: '999', dial: '999', label: 'emergency' },
      { display: '112', dial: '112', label: 'emergency' },
      { display: '101', dial: '101', label: 'non_emergency' },
      { display: '18000', dial: '18000', label: 'text_relay' },
    ],
    languages: [],
    verification: 'official',
    source: 'https://www.warwickshire.police.uk',
    sourceNote: 'warwickshire.police.uk: 999 and 112; 101 non-emergency; 18000 text relay.',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_samaritans',
    kind: 'crisis_line',
    audience: 'people',
    country: 'GB',
    name: 'Samaritans',
    url: 'https://www.samaritans.org',
    phones: [{ display: '116 123', dial: '116123', isFree: true, hours: { always: true } }],
    emails: [{ address: 'jo@samaritans.org' }],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.samaritans.org',
    sourceNote:
      'samaritans.org "Contact a Samaritan"; Coventry branch page. Free from landlines and mobiles, 24/7.',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_report_fraud',
    kind: 'fraud_reporting_centre',
    alsoKinds: ['police_cybercrime_report'],
    country: 'GB',
    regions: ENGLAND_WALES_NI,
    name: 'Report Fraud (City of London Police)',
    url: 'https://www.reportfraud.police.uk',
    phones: [
      {
        display: '0300 123 2040',
        dial: '+443001232040',
        hours: { days: 'mon_fri', opens: '08:00', closes: '20:00' },
      },
      { display: '+44 300 123 2040', dial: '+443001232040', label: 'from_abroad', verification: 'partial' },
      { display: '0300 123 2050', dial: '+443001232050', label: 'textphone', verification: 'partial' },
    ],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.metengage.co.uk',
    sourceNote:
      'Met Police Engage alert (metengage.co.uk); SFO stakeholder notice (via miragenews.com); Hogan Lovells ' +
      'analysis. Replaced Action Fraud on 2025-12-04; same phone number; old actionfraud.police.uk traffic ' +
      'redirects. The from-abroad and textphone numbers are Action Fraud-era (Lancashire, Humberside police pages) ' +
      'and may have changed, hence partial.',
    sourceDate: '2025-12-04',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_police_scotland',
    kind: 'police_cybercrime_report',
    country: 'GB',
    regions: ['GB-SCT'],
    name: 'Police Scotland',
    url: 'https://www.scotland.police.uk/contact-us/report-cybercrime/',
    phones: [
      { display: '101', dial: '101', label: 'non_emergency' },
      { display: '999', dial: '999', label: 'emergency' },
    ],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.scotland.police.uk/contact-us/report-cybercrime/',
    sourceNote:
      'scotland.police.uk (phone, in person, online form on the cyber page); mygov.scot (2020-07-30).',
    sourceDate: '2020-07-30',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_scam_message_reporting',
    kind: 'platform_report',
    country: 'GB',
    name: '7726 / report@phishing.gov.uk',
    isGeneric: true,
    phones: [{ display: '7726', dial: '7726', channel: 'text', isFree: true }],
    emails: [{ address: 'report@phishing.gov.uk' }],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'secondary',
    source: 'https://ashparish.org/2025/12/22/how-to-report-spam-emails-texts-and-phone-calls',
    sourceNote:
      'cyberscotland.com; neighbourhoodalert.co.uk (undated): forward suspicious texts to 7726 (free), emails to ' +
      'report@phishing.gov.uk. A parish council notice of 2025-12-22 (ashparish.org) gives both, the address as ' +
      'the National Cyber Security Centre’s service; Report Fraud’s own page on suspicious messages (undated) also ' +
      'says to forward emails before deleting them.',
    sourceDate: '2025-12-22',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'gb_financial_ombudsman',
    kind: 'financial_regulator_or_ombudsman',
    country: 'GB',
    name: 'Financial Ombudsman Service',
    url: 'https://www.financial-ombudsman.org.uk',
    reportUrl: 'https://www.financial-ombudsman.org.uk/consumers/complaints-can-help/fraud-scams',
    phones: [
      { display: '0300 123 9123', dial: '+443001239123' },
      { display: '0800 023 4567', dial: '+448000234567', verification: 'secondary' },
    ],
    languages: ['en'],
    languageNote: 'other_languages_on_request',
    verification: 'official',
    source: 'https://www.financial-ombudsman.org.uk/consumers/complaints-can-help/fraud-scams',
    sourceNote:
      'FOS easy-read page (0300 number; "we can use a different language"); FOS fraud pages: contact your bank ' +
      'first; the FOS reviews how the bank acted; the bank has 8 weeks; refer within 6 months of its final ' +
      "response. 0800 number from HSBC's complaints page and others (secondary).",
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_victim_support',
    kind: 'victim_support',
    country: 'GB',
    regions: ['GB-ENG', 'GB-WLS'],
    name: 'Victim Support',
    url: 'https://www.victimsupport.org.uk',
    phones: [{ display: '08 08 16 89 111', dial: '+448081689111', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.victimsupport.org.uk',
    sourceNote:
      'victimsupport.org.uk (2020 pages; re-check); its fraud and cybercrime page (supported 8,198 fraud victims in ' +
      '2021-22). Free, 24/7; live chat 24/7.',
    sourceDate: '2022',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_victim_support_scotland',
    kind: 'victim_support',
    country: 'GB',
    regions: ['GB-SCT'],
    name: 'Victim Support Scotland',
    phones: [{ display: '0800 160 1985', dial: '+448001601985' }],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'secondary',
    source: 'https://www.martinwhitfieldmsp.com/2024/02/19/promoting-victims-awareness-week/',
    sourceNote:
      'healthwell.eani.org.uk (N. Ireland Education Authority, undated); an MSP’s page for Victims’ Awareness Week ' +
      '(2024-02-19): "contact Victim Support Scotland on: 0800 160 1985"; free, confidential support whether or not ' +
      'the crime was reported.',
    sourceDate: '2024-02-19',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'gb_report_fraud_victim_service',
    kind: 'victim_support',
    country: 'GB',
    regions: ENGLAND_WALES_NI,
    name: 'Report Fraud Victim Service',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'secondary',
    source: 'https://www.miragenews.com/city-police-launch-fraud-reporting-service-1583577',
    sourceNote:
      'SFO notice via miragenews.com: police-run fraud victim service (formerly the National Economic Crime Victim ' +
      'Care Unit). No public contact given.',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_citizens_advice',
    kind: 'legal_help',
    country: 'GB',
    name: 'Citizens Advice consumer service',
    url: 'https://www.citizensadvice.org.uk',
    phones: [
      { display: '0808 223 1133', dial: '+448082231133' },
      { display: '0808 223 1144', dial: '+448082231144', label: 'welsh' },
      { display: '0808 164 6000', dial: '+448081646000', label: 'scotland' },
    ],
    languages: ['en', 'cy'],
    verification: 'secondary',
    source: 'https://www.friendsagainstscams.org.uk/where-to-get-help',
    sourceNote:
      'friendsagainstscams.org.uk "Where to get help" (National Trading Standards, undated): 0808 223 1133, Welsh ' +
      '0808 223 1144; Scotland: Advice Direct Scotland 0808 164 6000. The 0808 223 1133 number also on Doncaster ' +
      'Council’s page (last updated 2020-02-03) and a housing association’s notice for Scams Awareness Week 2023 ' +
      '(habinteg.org.uk, 3–9 July 2023).',
    sourceDate: '2023-07',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'gb_report_remove',
    kind: 'intimate_image_removal',
    alsoKinds: ['child_protection'],
    country: 'GB',
    name: 'Report Remove (Childline + IWF)',
    url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
    phones: [{ display: '0800 1111', dial: '+448001111', label: 'childline' }],
    languages: [],
    inferredLanguages: ['en'],
    audience: 'minors',
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'official',
    source: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
    sourceNote:
      'iwf.org.uk Report Remove page (the tool is on childline.org.uk); Childline number from ' +
      '247sexualabusesupport.org.uk.',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_ceop',
    kind: 'child_protection',
    country: 'GB',
    name: 'CEOP Safety Centre (National Crime Agency)',
    url: 'https://ceop.police.uk/Safety-Centre',
    urlVerification: 'unverified',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    audience: 'minors',
    suits: { incidentTypes: [...CHILD_ABUSE, 'harassment'] },
    verification: 'partial',
    source: 'https://www.thinkuknow.co.uk',
    sourceNote:
      'thinkuknow.co.uk (CEOP’s education site): children can report nude-image threats and grooming to CEOP; call ' +
      '999 in immediate danger. The address is UNVERIFIED (ceop.police.uk/Safety-Centre is likely) and shown with ' +
      'the mark.',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_revenge_porn_helpline',
    kind: 'intimate_image_removal',
    country: 'GB',
    name: 'Revenge Porn Helpline (SWGfL)',
    url: 'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
    phones: [
      {
        display: '0345 6000 459',
        dial: '+443456000459',
        hours: { days: 'mon_fri', opens: '10:00', closes: '16:00' },
      },
    ],
    languages: [],
    inferredLanguages: ['en'],
    audience: 'adults',
    suits: { incidentTypes: IMAGE_ABUSE },
    verification: 'official',
    source: 'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
    sourceNote: 'swgfl.org.uk: Home Office-funded; for adults in the UK.',
    ...FROM_REFERENCE,
  },
  {
    id: 'gb_cifas_protective_registration',
    kind: 'victim_support',
    audience: 'people',
    country: 'GB',
    name: 'Cifas Protective Registration',
    url: 'https://www.cifas.org.uk/pr_for_individuals',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: IDENTITY_MISUSE },
    verification: 'official',
    source: 'https://www.cifas.org.uk/pr_for_individuals',
    sourceNote:
      'cifas.org.uk Protective Registration pages (the operator; several undated versions): a warning flag on your ' +
      'details in the National Fraud Database, so member organisations make extra checks before opening anything in ' +
      'your name; for people whose identity is at heightened risk (a fraud victim, a data leak, lost documents); does ' +
      'not affect your credit score; not insurance; a fee for two years (£20 in older versions; £30 and online ' +
      'applications only in the newest).',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'gb_credit_reference_agencies',
    kind: 'victim_support',
    audience: 'people',
    country: 'GB',
    name: 'Credit reference agencies: Experian, Equifax, TransUnion',
    url: 'https://www.experian.co.uk/consumer/identity/what-to-do-if-victim.html',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: IDENTITY_MISUSE },
    verification: 'official',
    source: 'https://www.experian.co.uk/consumer/identity/what-to-do-if-victim.html',
    sourceNote:
      'experian.co.uk "What to do if you are a victim of identity fraud" (the operator, undated): get your credit ' +
      'report from Experian and the other two agencies (Equifax and TransUnion) to see searches or accounts you did ' +
      'not apply for; the free statutory report is available; Experian’s Victim of Fraud team can raise queries ' +
      'with lenders and discuss Cifas. Equifax and TransUnion have entries of their own, each with its own page.',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'gb_equifax',
    kind: 'victim_support',
    audience: 'people',
    country: 'GB',
    name: 'Equifax UK',
    url: 'https://www.equifax.co.uk/data-breach/knowledgecentre/how_identity_theft_strikes.html',
    urlVerification: 'official',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: IDENTITY_MISUSE },
    verification: 'partial',
    source: 'https://www.equifax.co.uk/data-breach/knowledgecentre/how_identity_theft_strikes.html',
    sourceNote:
      'equifax.co.uk "What to do if your identity is stolen" (the operator, undated): tell Equifax about suspicious ' +
      'items on your credit report and it investigates; report to Action Fraud; consider Cifas Protective ' +
      'Registration. The page names "Experian and CallCredit" as the other agencies (Callcredit became TransUnion in ' +
      '2018), so its wording is older than that: partial, the address is the operator’s. No phone number is taken ' +
      'from it (the only Equifax numbers found are in a 2017 Which? guide).',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'gb_transunion',
    kind: 'victim_support',
    audience: 'people',
    country: 'GB',
    name: 'TransUnion UK',
    url: 'https://www.transunionstatreport.co.uk',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: IDENTITY_MISUSE },
    verification: 'official',
    source: 'https://www.transunionstatreport.co.uk/DisputesFAQ',
    sourceNote:
      'transunionstatreport.co.uk (the operator): its privacy notice (version 1.11, adopted February 2024) says the ' +
      'site lets you view the credit data TransUnion holds about you, after identity checks; its Disputes FAQ ' +
      '(undated): a dispute about information you believe is wrong is free, raised online or on a form, and answered ' +
      'within 28 days (Consumer Credit Act 1974, s. 159).',
    sourceDate: '2024-02',
    ...FROM_AUDIT_2026_12,
  },
];
