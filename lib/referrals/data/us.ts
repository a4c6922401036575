/**
 * United States. Transcribed from the reference notes, section "United States" (docs/sources.md, "Referral directory";
 * each entry cites its own page); NCMEC's CyberTipline and Take It Down are in international.ts (with `homeCountry:
 * 'US'`) because they serve people anywhere.
 */
import type { DirectoryEntry } from '../types';
import { FROM_AUDIT_2026_12, FROM_REFERENCE, IDENTITY_MISUSE, IMAGE_ABUSE } from './reference';

export const US_ENTRIES: DirectoryEntry[] = [
  {
    id: 'us_911',
    kind: 'emergency_services',
    country: 'US',
    name: '911',
    phones: [{ display: '911', dial: '911', label: 'emergency' }],
    languages: [],
    verification: 'official',
    source: 'https://health.wyo.gov',
    sourceNote: 'Wyoming Dept. of Health page: "if … in immediate danger … call 911".',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_988_lifeline',
    kind: 'crisis_line',
    audience: 'people',
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org',
    phones: [
      { display: '988', dial: '988', channel: 'call_or_text' },
      { display: '988', dial: '988', label: 'spanish_option_2' },
    ],
    languages: ['en', 'es'],
    verification: 'official',
    source: 'https://health.wyo.gov',
    sourceNote:
      'Wyoming Dept. of Health page; Hillsborough County page (hcfl.gov, modified 2023-09-26). Live since 2022-07-16. ' +
      'Call or text 988; Spanish is option 2, the Veterans Crisis Line option 1; chat on the website.',
    sourceDate: '2023-09-26',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_ic3',
    kind: 'police_cybercrime_report',
    country: 'US',
    name: 'FBI Internet Crime Complaint Center (IC3)',
    url: 'https://www.ic3.gov',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    fromAbroad: 'subject_in_country',
    verification: 'official',
    source: 'https://www.ic3.gov/?redirect=true',
    sourceNote:
      'IC3 FAQ on ic3.gov (undated): online complaint form, no phone found. Eligibility ("if either you or the ' +
      'alleged subject … is located within the United States") is VERIFIED-SECONDARY (FAQ text reproduced at ' +
      'seminartopics.net and eztechassist.com, 2018).',
    sourceDate: '2018',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_ftc_reportfraud',
    kind: 'fraud_reporting_centre',
    country: 'US',
    name: 'FTC ReportFraud',
    url: 'https://reportfraud.ftc.gov',
    urlByLocale: { es: 'https://reportefraude.ftc.gov' },
    phones: [{ display: '1-877-FTC-HELP (1-877-382-4357)', dial: '+18773824357' }],
    languages: ['en', 'es'],
    verification: 'official',
    source: 'https://www.doncio.navy.mil/chips/ArticleDetails.aspx?ID=14024',
    sourceNote:
      'U.S. Navy DON CIO CHIPS article on the launch; USA.gov "Five tips for reporting a scam" (Wikisource copy, ' +
      'updated 2023-04-05). Phone from an FTC consumer alert archived before 2005; the hours given then are old, so ' +
      'they are left out until re-checked.',
    sourceDate: '2023-04-05',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_identitytheft_gov',
    kind: 'fraud_reporting_centre',
    audience: 'people',
    alsoKinds: ['victim_support'],
    country: 'US',
    name: 'IdentityTheft.gov (FTC)',
    url: 'https://www.identitytheft.gov',
    urlByLocale: { es: 'https://robodeidentidad.gov' },
    phones: [{ display: '1-877-438-4338', dial: '+18774384338' }],
    languages: ['en', 'es'],
    suits: { incidentTypes: IDENTITY_MISUSE },
    verification: 'secondary',
    source: 'https://fallbackstatus.com/identity-theft-a-recovery-plan/',
    sourceNote:
      'Copies of FTC documents: the booklet "Identity Theft: A Recovery Plan" (fallbackstatus.com) and an FTC blog ' +
      'post of 2016-01-28 (copy at medidfraud.org). Gives a personal recovery plan and an Identity Theft Report.',
    sourceDate: '2016-01-28',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_fbi_tips',
    kind: 'police_cybercrime_report',
    country: 'US',
    name: 'FBI tips / field offices',
    url: 'https://tips.fbi.gov',
    phones: [{ display: '1-800-CALL-FBI', dial: '+18002255324' }],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: IMAGE_ABUSE },
    verification: 'secondary',
    source: 'https://wzdm.com',
    sourceNote:
      'Listed for sextortion (all ages). FBI "What children and caregivers need to know" (copy at news5h.com); FBI ' +
      'public safety alert (wzdm.com, 2023-01-24). The dial form is the keypad reading of CALL-FBI.',
    sourceDate: '2023-01-24',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_cfpb',
    kind: 'financial_regulator_or_ombudsman',
    country: 'US',
    name: 'Consumer Financial Protection Bureau (CFPB)',
    url: 'https://www.consumerfinance.gov/complaint',
    urlVerification: 'official',
    phones: [
      {
        display: '(855) 411-2372',
        dial: '+18554112372',
        hours: { days: 'mon_fri', opens: '08:00', closes: '20:00', timeZone: 'America/New_York' },
      },
      { display: '(855) 729-2372', dial: '+18557292372', label: 'textphone' },
    ],
    languages: ['es'],
    inferredLanguages: ['en'],
    languageNote: 'many_languages_by_phone',
    verification: 'secondary',
    source: 'https://www.consumerfinance.gov/complaint',
    sourceNote:
      'CFPB toolkit "Your Money, Your Goals" (copy at issuhub.com); consumerfinance.gov blog "Turning complaint ' +
      'into action"; urlscan capture of consumerfinance.gov/complaint (URL official). Phone line: 180+ languages.',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_itrc',
    kind: 'victim_support',
    country: 'US',
    name: 'Identity Theft Resource Center (ITRC)',
    url: 'https://www.idtheftcenter.org',
    phones: [{ display: '888-400-5530', dial: '+18884005530', isFree: true }],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.idtheftcenter.org/category/blog/scams/',
    sourceNote:
      "ITRC's own blog (2021); listed by the DOJ StopFraud archive (justice.gov). Nonprofit; help is free; live chat " +
      'on the site. Website languages en/es/zh only per a secondary source (wisegeek.net), so not listed.',
    sourceDate: '2021',
    ...FROM_REFERENCE,
  },
  {
    id: 'us_aarp_fraud_watch',
    kind: 'victim_support',
    audience: 'people',
    country: 'US',
    name: 'AARP Fraud Watch Network Helpline',
    url: 'https://www.aarp.org/fraudwatchnetwork',
    phones: [
      {
        display: '877-908-3360',
        dial: '+18779083360',
        isFree: true,
        hours: { days: 'mon_fri', opens: '08:00', closes: '20:00', timeZone: 'America/New_York' },
      },
    ],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.aarp.org/advocacy/taking-on-fraud/',
    sourceNote:
      'aarp.org "AARP Takes On Fraud" (2025-09-30) and AARP The Magazine Oct/Nov 2025: a free helpline, 877-908-3360, ' +
      'to check whether something is a scam or get help after being defrauded; online fraud victim support groups; ' +
      'aarp.org/fraudwatchnetwork. Open to members and non-members, Monday to Friday 8 a.m.–8 p.m. Eastern ' +
      '(lovefreebie.com, livinboundless.com: secondary).',
    sourceDate: '2025-09-30',
    ...FROM_AUDIT_2026_12,
  },
];
