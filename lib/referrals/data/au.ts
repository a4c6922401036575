/**
 * Australia. Transcribed from the reference notes, section "Australia" (docs/sources.md, "Referral directory"; each
 * entry cites its own page). IDCARE's phone number conflicts between sources, so none is given; service numbers
 * starting 13, 1300 and 1800 are stored as dialled in Australia.
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE, IMAGE_ABUSE } from './reference';

export const AU_ENTRIES: DirectoryEntry[] = [
  {
    id: 'au_000',
    kind: 'emergency_services',
    country: 'AU',
    name: 'Triple Zero (000); Police Assistance Line 131 444',
    phones: [
      { display: '000', dial: '000', label: 'emergency' },
      { display: '131 444', dial: '131444', label: 'non_emergency', verification: 'secondary' },
    ],
    languages: [],
    verification: 'official',
    source: 'https://www.esafety.gov.au',
    sourceNote: 'esafety.gov.au ("call Triple Zero (000)"); umi.rmit.edu.au (131 444, secondary).',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_lifeline',
    kind: 'crisis_line',
    audience: 'people',
    country: 'AU',
    name: 'Lifeline',
    url: 'https://www.lifeline.org.au',
    phones: [
      { display: '13 11 14', dial: '131114', hours: { always: true } },
      { display: '0477 13 11 14', dial: '+61477131114', channel: 'text', hours: { always: true } },
    ],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'secondary',
    source: 'https://www.lifeinmind.org.au',
    sourceNote:
      'lifeinmind.org.au (2022); Lifeline Harbour to Hawkesbury FAQ (calls free from mobiles; official). Text line ' +
      '24/7 since Feb 2022; chat on the website.',
    sourceDate: '2022',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_reportcyber',
    kind: 'police_cybercrime_report',
    country: 'AU',
    name: 'ReportCyber (Australian Signals Directorate’s Australian Cyber Security Centre)',
    url: 'https://www.cyber.gov.au/report',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.cyber.gov.au/report',
    sourceNote:
      'cyber.gov.au news (2023-07-17): reports by individuals go to the relevant state or territory police; anonymous ' +
      'reporting possible. ACIC page (acic.gov.au): report all cybercrime via the ACSC. Replaced ACORN on 2019-06-30.',
    sourceDate: '2023-07-17',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_cyber_security_hotline',
    kind: 'police_cybercrime_report',
    country: 'AU',
    name: 'Australian Cyber Security Hotline',
    url: 'https://www.cyber.gov.au',
    phones: [{ display: '1300 CYBER1 (1300 292 371)', dial: '1300292371', hours: { always: true } }],
    languages: [],
    inferredLanguages: ['en'],
    suits: {
      incidentTypes: ['malware_ransomware_breach', 'ddos', 'account_takeover', 'tech_support_scam'],
    },
    verification: 'official',
    source: 'https://www.cyber.gov.au',
    sourceNote:
      'cyber.gov.au older "Report an incident" page (pre-2019 ACORN wording; re-check); 2021 ministerial release ' +
      '(nationaltribune.com.au); jccagedcare.org.au.',
    sourceDate: '2021',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_scamwatch',
    kind: 'fraud_reporting_centre',
    country: 'AU',
    name: 'Scamwatch (National Anti-Scam Centre, ACCC)',
    url: 'https://www.scamwatch.gov.au',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'http://scamwatch.gov.au/about-scamwatch',
    sourceNote:
      'scamwatch.gov.au/about-scamwatch; homepage: "Seek help from IDCARE and report to ReportCyber and Scamwatch".',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_afca',
    kind: 'financial_regulator_or_ombudsman',
    country: 'AU',
    name: 'Australian Financial Complaints Authority (AFCA)',
    url: 'https://www.afca.org.au',
    phones: [
      {
        display: '1800 931 678',
        dial: '1800931678',
        hours: { opens: '09:00', closes: '17:00', timeZone: 'Australia/Melbourne' },
      },
      { display: '131 450', dial: '131450', label: 'interpreter' },
    ],
    languages: ['en'],
    languageNote: 'free_interpreting',
    verification: 'official',
    source: 'https://www.afca.org.au',
    sourceNote:
      'afca.org.au ("Do you speak another language"; "Telling your customers about AFCA"): complain to the firm ' +
      'first; the 1800 number is free from landlines (not said for mobiles, so isFree is not set); 9am–5pm Melbourne time (the reference does not say which days). ~11,000 scam complaints in 2023-24 (annual review).',
    sourceDate: '2024',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_idcare',
    kind: 'victim_support',
    country: 'AU',
    name: 'IDCARE',
    url: 'https://www.idcare.org',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'partial',
    source: 'https://www.idcare.org',
    sourceNote:
      'idcare.org policies: free community service (not-for-profit, Australia and New Zealand); Scamwatch refers ' +
      'victims to IDCARE. PHONE CONFLICT: 1800 595 160 (jccagedcare.org.au, c. 2022) vs legacy AU 1300 432 273 / NZ ' +
      '0800 201 415 (old idcare.org.au page; lcu.com.au 2019). No phone is given until re-checked.',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_services_australia_helpdesk',
    kind: 'victim_support',
    country: 'AU',
    name: 'Services Australia — Scams and Identity Theft Helpdesk',
    phones: [{ display: '1800 941 126', dial: '1800941126' }],
    languages: [],
    inferredLanguages: ['en'],
    verification: 'official',
    source: 'https://www.transparency.gov.au',
    sourceNote: 'Services Australia annual report 2018-19 (transparency.gov.au). Dated: re-check.',
    sourceDate: '2019',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_esafety',
    kind: 'intimate_image_removal',
    country: 'AU',
    name: 'eSafety Commissioner',
    url: 'https://www.esafety.gov.au/report',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: [...IMAGE_ABUSE, 'harassment'] },
    verification: 'official',
    source: 'https://www.esafety.gov.au/report',
    sourceNote:
      'esafety.gov.au "Report to us" (any Australian resident) and "What you can report"; eSafety research: 62.1% ' +
      'of image-based-abuse reports (Aug 2018–Jun 2023) were sexual extortion.',
    sourceDate: '2023',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_accce',
    kind: 'child_protection',
    country: 'AU',
    name: 'Australian Centre to Counter Child Exploitation (ACCCE, AFP-led)',
    url: 'https://www.accce.gov.au',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'partial',
    source: 'https://www.accce.gov.au',
    sourceNote:
      'accce.gov.au newsletters (2019–2021; >21,000 reports to its triage unit in 2019-20). The report page is ' +
      'UNVERIFIED, so the link is the home page.',
    sourceDate: '2021',
    ...FROM_REFERENCE,
  },
  {
    id: 'au_kids_helpline',
    kind: 'child_protection',
    alsoKinds: ['crisis_line'],
    country: 'AU',
    name: 'Kids Helpline (yourtown)',
    url: 'https://kidshelpline.com.au',
    phones: [{ display: '1800 55 1800', dial: '1800551800', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['en'],
    audience: 'minors',
    verification: 'official',
    source: 'https://www.openaustralia.org.au/debates/?id=2023-03-20.209.2',
    sourceNote:
      'House of Representatives Hansard (2023-03-20, via openaustralia.org.au): free counselling 24/7 for young ' +
      'people aged 5–25 on 1800 55 1800. yourtown.com.au WebChat page (the operator, undated): calls free, lines ' +
      'open 24/7. kidshelpline.com.au "Getting help" (undated): free from mobiles, landlines and payphones.',
    sourceDate: '2023-03-20',
    ...FROM_AUDIT_2026_12,
  },
];
