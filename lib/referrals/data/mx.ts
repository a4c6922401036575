/**
 * Mexico. Transcribed from the reference notes, section "Mexico" (docs/sources.md, "Referral directory"; each entry
 * cites its own page). Te Protejo México, the INHOPE reporting line for sexual abuse of under-18s, was added in the
 * 2026-12 audit; no national service removes adults' intimate images (see ../gaps.ts). The old CDMX cyber-police number
 * is UNVERIFIED and left out.
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE } from './reference';

export const MX_ENTRIES: DirectoryEntry[] = [
  {
    id: 'mx_911_089',
    kind: 'emergency_services',
    country: 'MX',
    name: '911 emergencias; 089 denuncia anónima',
    phones: [
      { display: '911', dial: '911', label: 'emergency', hours: { always: true } },
      { display: '089', dial: '089', label: 'anonymous_tip', hours: { always: true } },
    ],
    languages: [],
    verification: 'secondary',
    source: 'https://pulsoslp.com.mx',
    sourceNote:
      'SSPC San Luis Potosí via pulsoslp.com.mx (2025-12-19): "911 y Denuncia Anónima 089 … las 24 horas".',
    sourceDate: '2025-12-19',
    ...FROM_REFERENCE,
  },
  {
    id: 'mx_linea_de_la_vida',
    kind: 'crisis_line',
    audience: 'people',
    country: 'MX',
    name: 'Línea de la Vida (CONASAMA, Secretaría de Salud)',
    phones: [{ display: '800 911 2000', dial: '8009112000', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.eluniversal.com.mx',
    sourceNote:
      'El Universal (2025-12-24) quoting CONASAMA (189,960 calls in 2025); Proceso (2025-10-11): 150 operators. ' +
      'Free, 24/7/365. ' +
      "Source address: the outlet's home page (the reference names the outlet only).",
    sourceDate: '2025-12-24',
    ...FROM_REFERENCE,
  },
  {
    id: 'mx_guardia_nacional_088',
    kind: 'police_cybercrime_report',
    country: 'MX',
    name: 'Guardia Nacional — Dirección General Científica / Guardia Cibernética (CERT-MX)',
    phones: [{ display: '088', dial: '088' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.jornada.com.mx',
    sourceNote:
      'La Jornada (2025-08-26): 088 is "único en el país"; ~200 complaints a day. El Universal data (via ' +
      "semanarioguia.com, 2024-01). Website UNVERIFIED, so none is given. Source address: the outlet's " +
      'home page (the reference names the outlet only).',
    sourceDate: '2025-08-26',
    ...FROM_REFERENCE,
  },
  {
    id: 'mx_policia_cibernetica',
    kind: 'police_cybercrime_report',
    country: 'MX',
    name: 'Policía Cibernética',
    // State and city units: the card says how to find the person's own.
    isGeneric: true,
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'partial',
    source: 'https://businessinsider.mx',
    sourceNote:
      'State and city units (e.g. SSC CDMX, created 2013-04-03), per businessinsider.mx; units vary by state. The ' +
      'CDMX number in old listings (datanoticias.com, itza13 blog) is UNVERIFIED and left out.',
    ...FROM_REFERENCE,
  },
  {
    id: 'mx_fiscalia',
    kind: 'police_cybercrime_report',
    country: 'MX',
    name: 'Fiscalía General del Estado / FGR (Ministerio Público)',
    // One Fiscalía per state, and the federal FGR: the card says how to find the person's own.
    isGeneric: true,
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://heraldo.mx',
    sourceNote:
      'heraldo.mx (Aguascalientes SSP): a report to the cyber police must be formalised at the Fiscalía (general ' +
      'rule). No address or phone given.',
    ...FROM_REFERENCE,
  },
  {
    id: 'mx_condusef',
    kind: 'financial_regulator_or_ombudsman',
    country: 'MX',
    name: 'CONDUSEF',
    url: 'https://www.condusef.gob.mx',
    reportUrl: 'https://tramites.condusef.gob.mx/QuejaElectronica/',
    reportUrlVerification: 'secondary',
    phones: [{ display: '55 53 400 999', dial: '+525553400999', label: 'main' }],
    languages: ['es'],
    verification: 'official',
    source: 'https://www.condusef.gob.mx',
    sourceNote:
      'condusef.gob.mx Comunicado 002 (2026-01-13) gives the phone (Centro de Contacto). Expansión (2025-03-20) ' +
      'gives the e-complaint address (secondary). CONDUSEF alert (2026-02-18, via razon.com.mx): it never runs ' +
      'complaints by email.',
    sourceDate: '2026-02-18',
    ...FROM_REFERENCE,
  },
  {
    id: 'mx_ceav',
    kind: 'victim_support',
    country: 'MX',
    name: 'Comisión Ejecutiva de Atención a Víctimas (CEAV)',
    url: 'https://www.gob.mx/ceav',
    urlVerification: 'official',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'partial',
    source: 'https://sidof.segob.gob.mx',
    sourceNote:
      'Diario Oficial de la Federación documents: the federal victims body under the Ley General de Víctimas. ' +
      'Audit 2026-12-02: its pages are on gob.mx/ceav (press release B 054/2017 read there; 2017). No phone ' +
      'confirmed, so none is given. Expansión Política (2023-10-29): ten years on, the CEAV is the operating body ' +
      'of the national victims system and keeps the national victims register (Renavi).',
    sourceDate: '2023-10-29',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'mx_te_protejo',
    kind: 'child_protection',
    country: 'MX',
    name: 'Te Protejo México (Fundación PAS)',
    url: 'https://www.teprotejomexico.org',
    urlVerification: 'secondary',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'secondary',
    source:
      'https://www.eldemocrata.com/sabias-que-en-mexico-existe-una-plataforma-para-reportar-situaciones-de-violencia-sexual-en-contra-de-ninas-ninos-y-adolescentes/',
    sourceNote:
      'El Demócrata (2026-02-25): since 2022 a free, anonymous platform to report sexual violence against under-18s ' +
      '(abuse images, grooming, sexual extortion), at www.teprotejomexico.org and in a mobile app. El Universal ' +
      '(2026-02-26): 18,463 reports since 2022. better-internet-for-kids.europa.eu (EU page, profile updated ' +
      '2025-03): run by Fundación PAS, a civil association. siete24.mx (2025-10-21) and laultimapalabra.com.mx: an ' +
      'INHOPE member; reports are passed to the authorities.',
    sourceDate: '2026-02-25',
    ...FROM_AUDIT_2026_12,
  },
];
