/**
 * Canada. Transcribed from the reference notes, section "Canada" (docs/sources.md, "Referral directory"; each entry
 * cites its own page). The reference found no national fraud-victim support service: that gap is recorded in ./gaps.ts,
 * not filled here.
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE } from './reference';

export const CA_ENTRIES: DirectoryEntry[] = [
  {
    id: 'ca_911',
    kind: 'emergency_services',
    country: 'CA',
    name: '911',
    phones: [{ display: '911', dial: '911', label: 'emergency' }],
    languages: [],
    verification: 'official',
    source: 'https://www.cybertip.ca',
    sourceNote: 'protectkidsonline.ca / cybertip.ca: "call 911 or your local police".',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_988',
    kind: 'crisis_line',
    audience: 'people',
    country: 'CA',
    name: '9-8-8 Suicide Crisis Helpline',
    phones: [{ display: '988', dial: '988', channel: 'call_or_text', hours: { always: true } }],
    languages: ['en', 'fr'],
    verification: 'official',
    source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
    sourceNote:
      'Mental Health Commission of Canada: launched 2023-11-30; CRTC decision reported by CBC (2022-08-31). The ' +
      'website address is UNVERIFIED in the reference (988.ca is likely), so it is left out.',
    sourceDate: '2023-11-30',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_kids_help_phone',
    kind: 'crisis_line',
    country: 'CA',
    name: 'Kids Help Phone',
    url: 'https://kidshelpphone.ca',
    phones: [{ display: '1-800-668-6868', dial: '+18006686868' }],
    languages: [],
    inferredLanguages: ['en'],
    audience: 'minors',
    verification: 'secondary',
    source: 'https://www.cbc.ca',
    sourceNote:
      'CBC (2022-08-31) "Where to get help". Source address: the outlet\'s home page (the reference names the ' +
      'outlet only).',
    sourceDate: '2022-08-31',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_cafc',
    kind: 'fraud_reporting_centre',
    alsoKinds: ['police_cybercrime_report'],
    country: 'CA',
    name: 'Canadian Anti-Fraud Centre (CAFC)',
    url: 'https://www.antifraudcentre-centreantifraude.ca',
    reportUrl:
      'https://www.antifraudcentre-centreantifraude.ca/reportincident-signalerincident/index-eng.htm',
    phones: [{ display: '1-888-495-8501', dial: '+18884958501', isFree: true }],
    languages: ['en'],
    inferredLanguages: ['fr'],
    verification: 'official',
    source: 'https://www.antifraudcentre-centreantifraude.ca/reportincident-signalerincident/index-eng.htm',
    sourceNote:
      'CAFC "Report fraud and cybercrime" page (undated); Office of Consumer Affairs ' +
      '(ic.gc.ca/eic/site/oca-bc.nsf/eng/h_ca02228.html); Competition Bureau release 2025-02-28. The CAFC tells ' +
      'victims to report to local police first, then to the CAFC.',
    sourceDate: '2025-02-28',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_rcmp_reporting_system',
    kind: 'police_cybercrime_report',
    country: 'CA',
    name: 'RCMP NC3 + CAFC "Report Cybercrime and Fraud"',
    url: 'https://www.rcmp-grc.gc.ca/en/new-cybercrime-and-fraud-reporting-system',
    urlVerification: 'unverified',
    phones: [],
    languages: [],
    inferredLanguages: ['en', 'fr'],
    verification: 'partial',
    source: 'https://www.rcmp-grc.gc.ca/en/new-cybercrime-and-fraud-reporting-system',
    sourceNote:
      'The RCMP page describes the new system (the copy read shows the beta stage, up to 25 reports a day); launch ' +
      'reported by cybermaterial.com and orva.online/MobileSyrup (undated), and by rezomontreal.ca on 2025-11-07 ' +
      '(https://rezomontreal.ca/2025/11/07/la-grc-lance-un-nouveau-systeme-national-de-signalement-des-cybercrimes: ' +
      'the RCMP announced the "Report Cybercrime and Fraud" website that Friday). The system exists; its final ' +
      'address is UNVERIFIED, so the link is the page that describes it, marked unverified.',
    sourceDate: '2025-11-07',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'ca_competition_bureau',
    kind: 'fraud_reporting_centre',
    country: 'CA',
    name: 'Competition Bureau',
    url: 'https://competition-bureau.canada.ca',
    phones: [{ display: '1-800-348-5358', dial: '+18003485358' }],
    languages: [],
    inferredLanguages: ['en', 'fr'],
    suits: { incidentTypes: ['shopping_fraud'] },
    verification: 'official',
    source: 'https://ic.gc.ca/eic/site/oca-bc.nsf/eng/h_ca02228.html',
    sourceNote: 'Office of Consumer Affairs fraud page (ic.gc.ca): deceptive marketing.',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_securities_regulators',
    kind: 'financial_regulator_or_ombudsman',
    country: 'CA',
    name: 'Canadian Securities Administrators (CSA): provincial and territorial securities regulators',
    url: 'https://www.securities-administrators.ca',
    urlVerification: 'secondary',
    phones: [],
    languages: [],
    inferredLanguages: ['en', 'fr'],
    suits: { incidentTypes: ['investment_scam'] },
    verification: 'official',
    source: 'https://nssc.novascotia.ca/node/1147537',
    sourceNote:
      'Nova Scotia Securities Commission (a provincial regulator) "Where should I report my fraud complaint?": ' +
      'securities regulators take investment fraud connected to their province; other scams go to the police or the ' +
      'CAFC. CSA investor page "Reporting wrongdoing" (copy at csa.dev.simalam.ca): report to your local securities ' +
      'regulator; regulators usually do not recover money. The CSA address comes from a CSA guide (copy on ' +
      'dokumen.tips, 2019), hence secondary.',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'ca_obsi',
    kind: 'financial_regulator_or_ombudsman',
    country: 'CA',
    name: 'Ombudsman for Banking Services and Investments (OBSI)',
    url: 'https://www.obsi.ca',
    phones: [],
    languages: [],
    inferredLanguages: ['en', 'fr'],
    verification: 'official',
    source: 'https://www.obsi.ca',
    sourceNote:
      'obsi.ca "How the complaint process works": complain to the bank first (banks have 56 days), then to OBSI ' +
      'within 180 days of the final response. Globe and Mail (via headtopics, 2023-11-01): sole external complaints ' +
      'body for banking from 2024-11-01. Phone UNVERIFIED, so none is given.',
    sourceDate: '2023-11-01',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_fcac',
    kind: 'financial_regulator_or_ombudsman',
    country: 'CA',
    name: 'Financial Consumer Agency of Canada (FCAC)',
    url: 'https://www.canada.ca/en/financial-consumer-agency/services/complaints/handle-complaint.html',
    phones: [{ display: '1-866-461-3222', dial: '+18664613222' }],
    languages: [],
    inferredLanguages: ['en', 'fr'],
    verification: 'official',
    source: 'https://www.canada.ca/en/financial-consumer-agency/services/complaints/handle-complaint.html',
    sourceNote: 'canada.ca FCAC pages. The FCAC gives no individual redress or compensation.',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_cybertip',
    kind: 'child_protection',
    country: 'CA',
    name: 'Cybertip.ca (Canadian Centre for Child Protection)',
    url: 'https://www.cybertip.ca',
    phones: [{ display: '1-866-658-9022', dial: '+18666589022', isFree: true }],
    languages: ['en'],
    inferredLanguages: ['fr'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'official',
    source: 'https://www.cybertip.ca',
    sourceNote:
      'cybertip.ca home and FAQ; protectkidsonline.ca (a C3P programme) "Where can I report concerning behaviour".',
    ...FROM_REFERENCE,
  },
  {
    id: 'ca_needhelpnow',
    kind: 'intimate_image_removal',
    country: 'CA',
    name: 'NeedHelpNow.ca (Canadian Centre for Child Protection)',
    url: 'https://needhelpnow.ca',
    phones: [],
    languages: [],
    inferredLanguages: ['en', 'fr'],
    audience: 'minors',
    verification: 'official',
    source: 'https://protectkidsonline.ca',
    sourceNote:
      'protectkidsonline.ca: "Visit NeedHelpNow.ca for detailed steps to remove an image online". For youth.',
    ...FROM_REFERENCE,
  },
];
