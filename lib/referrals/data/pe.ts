/**
 * Peru. Transcribed from the reference notes, section "Peru" (docs/sources.md, "Referral directory"; each entry cites
 * its own page). The cybercrime directorate's contact and the national 911 are UNVERIFIED; no victim-support service
 * was confirmed (./gaps.ts).
 */
import type { DirectoryEntry } from '../types';
import { FROM_AUDIT_2026_12, FROM_REFERENCE } from './reference';

export const PE_ENTRIES: DirectoryEntry[] = [
  {
    id: 'pe_105_116_106',
    kind: 'emergency_services',
    country: 'PE',
    name: 'PNP 105; Bomberos 116; SAMU 106',
    phones: [
      { display: '105', dial: '105', label: 'police', verification: 'secondary' },
      { display: '116', dial: '116', label: 'fire', verification: 'secondary' },
      { display: '106', dial: '106', label: 'ambulance', isFree: true },
    ],
    languages: [],
    verification: 'official',
    source: 'https://www.radionacional.gob.pe',
    sourceNote:
      'radionacional.gob.pe (SAMU 106, free: official); Infobae (2024-03-27: central 105 for Lima/Callao: ' +
      'secondary). A unified 911 (DL 1590, Dec 2023) is being built; whether it is live is UNVERIFIED, so it is left ' +
      'out.',
    sourceDate: '2024-03-27',
    ...FROM_REFERENCE,
  },
  {
    id: 'pe_linea_113',
    kind: 'crisis_line',
    audience: 'people',
    country: 'PE',
    name: 'Minsa Línea 113, opción 5',
    phones: [{ display: '113', dial: '113', label: 'option_5', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.infobae.com',
    sourceNote:
      'Infobae (2024-12-29, Minsa data: 135,066 calls in 2024); Panamericana (2026-03-02); La República ' +
      '(2025-08-17). Source address: the outlet’s home page (the reference names the outlet only). Audit 2026-12-02: ' +
      'the number 955 557 000 and the infosalud email "for callers abroad" came from a 2022 Minsa notice for people ' +
      'affected by the war in Ukraine (trome.com), not a standing line, so both were removed.',
    sourceDate: '2026-03-02',
    ...FROM_REFERENCE,
  },
  {
    id: 'pe_comisaria',
    kind: 'police_cybercrime_report',
    country: 'PE',
    name: 'PNP — comisaría',
    url: 'https://www.policia.gob.pe',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.policia.gob.pe',
    sourceNote:
      'Diario Correo (Mininter data); altavoz.pe; apnoticias.pe (go to a comisaría for bank fraud). The PNP ' +
      '"Denuncia Policial Digital" (launched 2020-09-24) covers only lost or stolen documents, as La República ' +
      'still said on 2023-06-01 (larepublica.pe); acepta.com (undated): report an online scam at the nearest ' +
      'comisaría with your DNI and the evidence.',
    sourceDate: '2023-06-01',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'pe_pnp_ciberdelincuencia',
    kind: 'police_cybercrime_report',
    country: 'PE',
    name: 'PNP — Dirección de Investigación de Ciberdelincuencia (antes DIVINDAT)',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'partial',
    source: 'https://andina.pe',
    sourceNote:
      'Andina (state news agency): DIVINDAT at the Alcides Vigo building, Av. España, Lima. Diario Correo ' +
      '(2025-10-07): new name; 4,349 reports in 2025. Unit verified; contact UNVERIFIED, so none is given. Source address: the ' +
      'agency’s home page (the reference names the agency only).',
    sourceDate: '2025-10-07',
    ...FROM_REFERENCE,
  },
  {
    id: 'pe_indecopi',
    kind: 'financial_regulator_or_ombudsman',
    country: 'PE',
    name: 'Indecopi',
    url: 'https://www.gob.pe',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.gob.pe',
    sourceNote:
      'gob.pe / Andina (2024-11-25): Indecopi has imposed 1,284 sanctions on banks over unrecognised transactions. ' +
      'First the bank’s Libro de Reclamaciones (15 business days to answer: Res. SBS 04036-2022, El Peruano ' +
      '2022-12-28), then Indecopi.',
    sourceDate: '2024-11-25',
    ...FROM_REFERENCE,
  },
  {
    id: 'pe_sbs',
    kind: 'financial_regulator_or_ombudsman',
    country: 'PE',
    name: 'SBS',
    url: 'https://www.sbs.gob.pe',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.sbs.gob.pe',
    sourceNote:
      'sbs.gob.pe bulletin 1248 (Res. SBS 04036-2022 sets the 15-business-day reply deadline for banks). The SBS ' +
      'supervises banks; its free line is UNVERIFIED, so none is given.',
    sourceDate: '2022-12-28',
    ...FROM_REFERENCE,
  },
  {
    id: 'pe_linea_100',
    kind: 'child_protection',
    country: 'PE',
    name: 'Línea 100 y Chat 100 (Ministerio de la Mujer y Poblaciones Vulnerables)',
    phones: [{ display: '100', dial: '100', isFree: true, hours: { always: true } }],
    languages: ['es', 'qu', 'ay'],
    verification: 'secondary',
    source:
      'https://www.exitosanoticias.pe/actualidad/linea-100-enero-octubre-2025-registran-mas-296-000-llamadas-casos-violencia-n162917',
    sourceNote:
      'exitosanoticias.pe (2025-11-17, quoting MIMP): Línea 100 for violence against women, family members and ' +
      'sexual violence; Chat 100, a free confidential online chat used mostly by teenagers and young people. ' +
      'andina.pe (state news agency, 2025-11-04): free, 24 hours, 365 days, in Spanish, Quechua and Aymara. ' +
      'panamericana.pe (2026-02-07): also for girls and boys. The Chat 100 address was not confirmed, so none is given.',
    sourceDate: '2026-02-07',
    ...FROM_AUDIT_2026_12,
  },
];
