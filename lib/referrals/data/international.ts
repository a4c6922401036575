/**
 * Services that work across borders. Transcribed from the reference notes (docs/sources.md, "Referral directory"),
 * section "International / cross-border", plus the NCMEC and IWF rows of the US and UK tables. IC3, which takes reports
 * from abroad when the other party is in the United States, is in us.ts with `fromAbroad: 'subject_in_country'`.
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_REFERENCE, IMAGE_ABUSE } from './reference';

export const INTERNATIONAL_ENTRIES: DirectoryEntry[] = [
  {
    id: 'your_bank_or_payment_provider',
    kind: 'bank_or_payment_provider',
    country: 'international',
    useWhen: 'always',
    name: 'Your bank or payment provider',
    isGeneric: true,
    phones: [],
    languages: [],
    verification: 'official',
    source: 'https://www.financial-ombudsman.org.uk/consumers/complaints-can-help/fraud-scams',
    sourceNote:
      'Not one organisation: the person’s own bank, card issuer or payment app. Every bank-complaint body in the ' +
      'reference says to go to the bank first (FOS fraud pages, OBSI, BCRA, Banco de España, CMF, AFCA; Brazil’s ' +
      'Pix MED starts at the bank). Source: the FOS fraud page.',
    ...FROM_REFERENCE,
  },
  {
    id: 'the_platform_where_it_happened',
    kind: 'platform_report',
    country: 'international',
    useWhen: 'always',
    name: 'The app, site or platform where it happened',
    isGeneric: true,
    phones: [],
    languages: [],
    verification: 'official',
    source: 'https://www.esafety.gov.au/key-issues/adult-cyber-abuse/report-to-social-media-services',
    sourceNote:
      'Not one organisation: each app, site, game or marketplace has its own report option, next to the message, ' +
      'profile or post, or in its help centre. eSafety (Australia’s online-safety regulator): reporting to the ' +
      'service where it was posted is generally the quickest way to get content taken down; collect evidence first.',
    verifiedOn: '2026-12-02',
    checkMethod: 'reference_copy',
  },
  {
    id: 'econsumer_gov',
    kind: 'fraud_reporting_centre',
    country: 'international',
    useWhen: 'cross_border',
    name: 'econsumer.gov (ICPEN)',
    url: 'https://econsumer.gov',
    phones: [],
    languages: ['en', 'fr', 'de', 'ko', 'ja', 'pl', 'es', 'pt', 'tr'],
    verification: 'official',
    source: 'https://econsumer.gov',
    sourceNote:
      'econsumer.gov "About": agencies from 65+ countries take part; data is shared through the FTC Consumer ' +
      'Sentinel platform; it does not resolve individual disputes.',
    ...FROM_REFERENCE,
  },
  {
    id: 'stopncii',
    kind: 'intimate_image_removal',
    country: 'international',
    useWhen: 'always',
    name: 'StopNCII.org',
    url: 'https://stopncii.org',
    phones: [],
    languages: ['pt'],
    languageNote: 'language_list_unverified',
    audience: 'adults',
    suits: { incidentTypes: IMAGE_ABUSE },
    verification: 'official',
    source: 'https://stopncii.org/faq',
    sourceNote:
      'swgfl.org.uk magazine (launched Dec 2021; the image is hashed on the user’s device; run by SWGfL’s Revenge ' +
      'Porn Helpline); stopncii.org/faq (under-18s are pointed to NCMEC or IWF). Multilingual site: a pt-BR FAQ was ' +
      'seen; the full language list is UNVERIFIED.',
    sourceDate: '2021-12',
    ...FROM_REFERENCE,
  },
  {
    id: 'take_it_down',
    kind: 'intimate_image_removal',
    alsoKinds: ['child_protection'],
    country: 'international',
    homeCountry: 'US',
    useWhen: 'always',
    name: 'Take It Down (NCMEC)',
    url: 'https://takeitdown.ncmec.org',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'official',
    source: 'https://takeitdown.ncmec.org/faq',
    sourceNote:
      'takeitdown.ncmec.org/faq: free, anonymous hashing, open to people "anywhere in the world" if the image was ' +
      'taken before 18. NCMEC press release (2023-02-27): launched end of Dec 2022.',
    sourceDate: '2023-02-27',
    ...FROM_REFERENCE,
  },
  {
    id: 'ncmec_cybertipline',
    kind: 'child_protection',
    country: 'international',
    homeCountry: 'US',
    useWhen: 'fallback',
    name: 'NCMEC CyberTipline',
    url: 'https://report.cybertip.org',
    phones: [{ display: '1-800-THE-LOST (1-800-843-5678)', dial: '+18008435678', hours: { always: true } }],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'official',
    source: 'https://report.cybertip.org/faqs',
    sourceNote:
      'report.cybertip.org/faqs ("anyone can make a report … include … where you are located"; giving your name is ' +
      'optional); takeitdown.ncmec.org/faq; NCMEC blog on the hotline’s 40th anniversary (2024-10-17).',
    sourceDate: '2024-10-17',
    ...FROM_REFERENCE,
  },
  {
    id: 'iwf',
    kind: 'child_protection',
    country: 'international',
    homeCountry: 'GB',
    useWhen: 'fallback',
    name: 'Internet Watch Foundation (IWF)',
    url: 'https://www.iwf.org.uk',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'official',
    source: 'https://www.iwf.org.uk/faqs',
    sourceNote:
      'iwf.org.uk/faqs (the IWF can only act on child sexual abuse imagery; anonymous online reports). International ' +
      'portals: saferinternet.org.uk blog (2017-02-04: 16 IWF portals; the IWF founded INHOPE); IWF Annual Report ' +
      '2018 (25 countries). Dated: re-check.',
    sourceDate: '2018',
    ...FROM_REFERENCE,
  },
  {
    id: 'scars_institute',
    kind: 'victim_support',
    audience: 'people',
    country: 'international',
    // Run from Miami, Florida: the United States counts it as its own, so an American gets it for a romance scam
    // (not only when the country has no support of its own).
    homeCountry: 'US',
    useWhen: 'fallback',
    name: 'SCARS Institute (Society of Citizens Against Relationship Scams Inc.)',
    url: 'https://againstscams.org',
    phones: [],
    languages: [],
    inferredLanguages: ['en'],
    languageNote: 'machine_translation',
    // Relationship (romance) scams are its focus; where a country has no victim support of its own it is still the
    // fallback for any fraud (suitability narrows a list, it never empties it).
    suits: { incidentTypes: ['romance_scam'] },
    verification: 'official',
    source: 'https://againstscams.org',
    sourceNote:
      'againstscams.org (nonprofit founded 2015; "worldwide … cybercrime victims’ assistance"; focus "primarily on ' +
      'Relationship Scams (also known as Romance, Dating, Love, or Sweetheart Scams)"); 2024/2025 support group rules ' +
      '(free groups, page dated 2024-12-28); also romancescamsnow.com. Based in the United States: "About SCARS" ' +
      '(againstscams.org/about-scars/, 2018-05-10) and romancescamsnow.com glossary ("based in Miami, Florida, ' +
      'U.S.A."). Self-described; an NGO, not government: review it before recommending.',
    sourceDate: '2024-12-28',
    ...FROM_REFERENCE,
  },
  {
    id: 'europol_ec3',
    kind: 'police_cybercrime_report',
    country: 'international',
    useWhen: 'browse_only',
    name: 'Europol European Cybercrime Centre (EC3)',
    url: 'https://www.europol.europa.eu/about-europol/european-cybercrime-centre-ec3',
    phones: [],
    languages: [],
    verification: 'official',
    source: 'https://www.europol.europa.eu/about-europol/european-cybercrime-centre-ec3',
    sourceNote:
      'Europol EC3 page (set up 2013; supports member-state police). No public victim-report form was confirmed, ' +
      'so victims report to national police. (A blog’s claim that EC3 takes reports directly is UNVERIFIED.)',
    ...FROM_REFERENCE,
  },
];
