/**
 * Argentina. Transcribed from the reference notes, section "Argentina" (docs/sources.md, "Referral directory"; each
 * entry cites its own page). Several lines are regional (135 in CABA and Gran Buenos Aires; 147 in CABA), and 911 is
 * confirmed for Buenos Aires Province only.
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE } from './reference';

export const AR_ENTRIES: DirectoryEntry[] = [
  {
    id: 'ar_911',
    kind: 'emergency_services',
    country: 'AR',
    name: '911 (101, 107, 100 en algunas provincias)',
    phones: [
      { display: '911', dial: '911', label: 'emergency' },
      { display: '101', dial: '101', label: 'police', verification: 'partial' },
      { display: '107', dial: '107', label: 'ambulance', verification: 'partial' },
      { display: '100', dial: '100', label: 'fire', verification: 'partial' },
    ],
    languages: [],
    verification: 'partial',
    source: 'https://cuidarnosenred.mjus.gba.gob.ar/donde-denunciar-ciberdelitos/',
    sourceNote:
      'PBA Cuidarnos en Red page (VERIFIED-OFFICIAL for Buenos Aires Province); emergencias911.mseg.gba.gov.ar: ' +
      '911 free, 24 h, for the whole province. Coverage in every province is UNVERIFIED, hence partial. Audit ' +
      '2026-12-01 (reference): provinces without 911 use 101 police, 107 ambulance and 100 fire (argentina.gob.ar ' +
      'news, not re-read here); La Voz (2004) gives Córdoba 101 police, 100 fire and 136 ambulance, and surenio.com.ar ' +
      '(2025) shows 911 and 107 side by side in Tierra del Fuego, so the three numbers are marked partial.',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_linea_135',
    kind: 'crisis_line',
    audience: 'people',
    country: 'AR',
    name: 'Centro de Asistencia al Suicida — Línea 135',
    phones: [
      { display: '135', dial: '135', label: 'caba_gba' },
      { display: '(011) 5275-1135', dial: '+541152751135', label: 'rest_of_country' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://lapostacomodorense.com.ar',
    sourceNote:
      'lapostacomodorense.com.ar (2025-09-03). Some provinces (Entre Ríos, Tucumán) run their own 135 / 0800 lines ' +
      '(elonce.com 2026-02-26; lagaceta.com.ar 2025-09-11).',
    sourceDate: '2026-02-26',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_linea_salud_mental',
    kind: 'crisis_line',
    audience: 'people',
    country: 'AR',
    name: 'Ministerio de Salud — Línea de Salud Mental',
    phones: [{ display: '0800-999-0091', dial: '08009990091', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://lapostacomodorense.com.ar',
    sourceNote: 'lapostacomodorense.com.ar (2025-09-03); ospia.org.ar. Free, anonymous, 24h.',
    sourceDate: '2025-09-03',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_ufeci',
    kind: 'police_cybercrime_report',
    country: 'AR',
    name: 'UFECI — Unidad Fiscal Especializada en Ciberdelincuencia (Ministerio Público Fiscal de la Nación)',
    url: 'https://www.fiscales.gob.ar',
    phones: [],
    emails: [{ address: 'denunciasufeci@mpf.gov.ar', verification: 'secondary' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.fiscales.gob.ar',
    sourceNote:
      'fiscales.gob.ar UFECI notice (2024-05-30, ciberdelincuencia section), which also advises filing at the ' +
      'nearest comisaría. Email cited by Infobae (2023-11-01, quoting MPF) and colonbuenosaires.com.ar. Created by ' +
      'PGN Res. 3743/15.',
    sourceDate: '2024-05-30',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_comisaria_fiscalia',
    kind: 'police_cybercrime_report',
    country: 'AR',
    name: 'Comisaría / Fiscalía de turno',
    url: 'https://cuidarnosenred.mjus.gba.gob.ar/donde-denunciar-ciberdelitos/',
    phones: [],
    languages: ['es'],
    verification: 'official',
    source: 'https://cuidarnosenred.mjus.gba.gob.ar/donde-denunciar-ciberdelitos/',
    sourceNote:
      'Buenos Aires Province Ministerio de Justicia page "Cuidarnos en Red": online scams go to the nearest ' +
      'comisaría or the Fiscalía de turno; web complaints for grooming. The linked guide is the province’s.',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_bcra',
    kind: 'financial_regulator_or_ombudsman',
    country: 'AR',
    name: 'BCRA — Reclamar por fraude o estafa',
    url: 'https://www.bcra.gob.ar/realizar-un-reclamo-ante-el-banco-central-por-fraude-o-estafa',
    urlByLocale: { en: 'https://www.bcra.gob.ar/en/make-a-claim-to-the-central-bank-for-fraud-or-scam' },
    phones: [{ display: '0800-999-6663', dial: '08009996663', verification: 'secondary' }],
    languages: ['es', 'en'],
    verification: 'official',
    source: 'https://www.bcra.gob.ar/realizar-un-reclamo-ante-el-banco-central-por-fraude-o-estafa',
    sourceNote:
      'bcra.gob.ar "Reclamar por fraude o estafa": claim at the bank first; the BCRA is the second instance and may ' +
      'refer the case to the Dirección Nacional de Defensa del Consumidor. Enquiries phone from cuentassanas.com.ar ' +
      '(2018-11-10): secondary and old.',
    sourceDate: '2018-11-10',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_defensa_consumidor',
    kind: 'legal_help',
    alsoKinds: ['financial_regulator_or_ombudsman'],
    country: 'AR',
    name: 'Dirección Nacional de Defensa del Consumidor',
    phones: [
      { display: '0800-666-1518', dial: '08006661518' },
      { display: '147', dial: '147', label: 'caba' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.bcra.gob.ar',
    sourceNote:
      'Old bcra.gob.ar page (BCRAyVos/Reclamos.asp): consumer protection; 147 is the CABA line. Re-check.',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_cenavid',
    kind: 'victim_support',
    country: 'AR',
    name: 'CENAVID — Centro de Asistencia a las Víctimas de Delitos (Ministerio de Justicia)',
    url: 'https://www.argentina.gob.ar',
    phones: [{ display: '149', dial: '149', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.argentina.gob.ar',
    sourceNote:
      'argentina.gob.ar news items (c. 2018–2019); vocesporlajusticia.gob.ar; sinsaberquehacer.com.ar (Decree ' +
      '421/2018). 149: free, 24h; support and referral, not for filing complaints. Dated: re-check. Audit ' +
      '2026-12-01 (reference, argentina.gob.ar "atención a las víctimas"): it advises victims of crimes under ' +
      'federal jurisdiction, not victims in general; the texts say so.',
    sourceDate: '2019',
    ...FROM_REFERENCE,
  },
  {
    id: 'ar_linea_102',
    kind: 'child_protection',
    country: 'AR',
    name: 'Línea 102 — derechos de niñas, niños y adolescentes',
    url: 'https://www.argentina.gob.ar/linea-102',
    urlVerification: 'secondary',
    phones: [{ display: '102', dial: '102', isFree: true }],
    languages: [],
    inferredLanguages: ['es'],
    audience: 'minors',
    verification: 'secondary',
    source:
      'https://datapba.com/2023/01/26/en-2022-se-registraron-57-llamadas-por-dia-para-alertar-sobre-situaciones-de-maltrato-infantil',
    sourceNote:
      'datapba.com (2023-01-26, quoting SENAF): free, confidential, in every province, answered by each ' +
      'province’s team. diariodecuyo.com.ar (2022-08-13): not an emergency line (911 for emergencies). ' +
      'hogarmarialuisa.org links argentina.gob.ar/linea-102; that page itself was not read, so the address is ' +
      'secondary. Hours vary by province and are not given.',
    sourceDate: '2023-01-26',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'ar_linea_137',
    kind: 'child_protection',
    country: 'AR',
    name: 'Línea 137 — víctimas de violencia familiar y sexual',
    phones: [{ display: '137', dial: '137', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    suits: { incidentTypes: CHILD_ABUSE },
    verification: 'secondary',
    source:
      'https://www.diariodecuyo.com.ar/editorialdeldia/Proteccion-de-menores-ante-casos-de-abusos-o-violencia-20220813-0112.html',
    sourceNote:
      'diariodecuyo.com.ar (2022-08-13): 137 is free, national, 24 hours, 365 days, for victims of family and ' +
      'sexual violence. The reference cites mirabuenosaires.com.ar for grooming cases (secondary).',
    sourceDate: '2022-08-13',
    ...FROM_AUDIT_2026_12,
  },
];
