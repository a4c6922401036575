/**
 * Chile. Transcribed from the reference notes, section "Chile" (docs/sources.md, "Referral directory"; each entry cites
 * its own page). Complaints go to any PDI unit or the Fiscalía; no dedicated online fraud form was found, and whether
 * Comisaría Virtual takes fraud is UNVERIFIED.
 */
import type { DirectoryEntry } from '../types';
import { FROM_AUDIT_2026_12, FROM_REFERENCE, ONLINE_ABUSE } from './reference';

export const CL_ENTRIES: DirectoryEntry[] = [
  {
    id: 'cl_133_131_132_134',
    kind: 'emergency_services',
    country: 'CL',
    name: 'Carabineros 133; SAMU 131; Bomberos 132; PDI 134',
    phones: [
      { display: '133', dial: '133', label: 'police' },
      { display: '131', dial: '131', label: 'ambulance' },
      { display: '132', dial: '132', label: 'fire' },
      { display: '134', dial: '134', label: 'flagrant_crimes' },
    ],
    languages: [],
    verification: 'secondary',
    source: 'https://www.chile.travel',
    sourceNote:
      'chile.travel (official tourism site: 133 is the main national rapid-response number); La Tercera ' +
      '(2025-10-09). A single-number bill is pending.',
    sourceDate: '2025-10-09',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_4141',
    kind: 'crisis_line',
    audience: 'people',
    country: 'CL',
    name: 'Línea de Prevención del Suicidio *4141 "No estás solo, no estás sola" (MINSAL)',
    phones: [
      { display: '*4141', dial: '*4141', label: 'from_mobiles', isFree: true, hours: { always: true } },
      { display: '600 360 7777', dial: '6003607777' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.biobiochile.cl',
    sourceNote:
      'biobiochile.cl (2023-01-06, MINSAL launch); La Tercera (2025-10-28: 227,084 calls to 2025-09-30); ADN Radio ' +
      '(2025-10-28); El Dínamo (2025-09-05: MINSAL chat). The second number is Salud Responde. Source address: the ' +
      'outlet’s home page (the reference names the outlet only).',
    sourceDate: '2025-10-28',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_pdi',
    kind: 'police_cybercrime_report',
    country: 'CL',
    name: 'PDI — Policía de Investigaciones (Brigada Investigadora del Cibercrimen)',
    url: 'https://www.pdichile.cl',
    phones: [{ display: '134', dial: '134', label: 'flagrant_crimes', hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.chileatiende.gob.cl',
    sourceNote:
      'ChileAtiende ficha 1795: file at any PDI unit, free; the PDI passes the complaint to the Ministerio Público. ' +
      'rln.cl (2023-09): victims should go "de forma inmediata" to a PDI cuartel. Regional units: BRIDEC.',
    sourceDate: '2023-09',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_fiscalia',
    kind: 'police_cybercrime_report',
    country: 'CL',
    name: 'Fiscalía de Chile (Ministerio Público)',
    url: 'https://www.fiscaliadechile.cl',
    phones: [
      {
        display: '600 333 0000',
        dial: '6003330000',
        hours: { days: 'mon_fri', opens: '08:30', closes: '18:30' },
      },
    ],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.internetsegura.cl/ayuda',
    sourceNote: 'internetsegura.cl/ayuda.',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_comisaria_virtual',
    kind: 'police_cybercrime_report',
    country: 'CL',
    name: 'Carabineros — Comisaría Virtual',
    url: 'https://www.comisariavirtual.cl',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'partial',
    source: 'https://portavoznoticias.cl',
    sourceNote:
      'portavoznoticias.cl (2021-11-23): online complaints for a limited set of crimes, with ClaveÚnica. Whether ' +
      'fraud is covered is UNVERIFIED.',
    sourceDate: '2021-11-23',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_pdi_violencia_digital',
    kind: 'police_cybercrime_report',
    country: 'CL',
    name: 'PDI — fono denuncia violencia digital',
    phones: [{ display: '+56 9 3459 9762', dial: '+56934599762' }],
    languages: [],
    inferredLanguages: ['es'],
    suits: { incidentTypes: ONLINE_ABUSE },
    verification: 'secondary',
    source: 'https://www.elmostrador.cl',
    sourceNote:
      'El Mostrador (2025-09-09): digital violence and cyberbullying complaints line. Source address: the outlet’s ' +
      'home page (the reference names the outlet only).',
    sourceDate: '2025-09-09',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_cmf',
    kind: 'financial_regulator_or_ombudsman',
    country: 'CL',
    name: 'CMF — Comisión para el Mercado Financiero (reclamos)',
    url: 'https://www.clientebancario.cl',
    phones: [{ display: '(56 2) 2887 9200', dial: '+56228879200', verification: 'secondary' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.clientebancario.cl',
    sourceNote:
      'clientebancario.cl reclamo page: written complaint (Moneda 1123 piso 4) or online form; try the bank first. ' +
      'Phone from a 2022 copy of CMF text (secondary).',
    sourceDate: '2022',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_sernac',
    kind: 'legal_help',
    alsoKinds: ['financial_regulator_or_ombudsman'],
    country: 'CL',
    name: 'SERNAC',
    url: 'https://www.sernac.cl',
    urlVerification: 'official',
    phones: [{ display: '800 700 100', dial: '800700100' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source:
      'https://elmostrador.cl/datos-utiles/2024/10/09/reclamo-en-el-sernac-que-necesitas-para-hacer-el-tramite',
    sourceNote:
      'tarjetascredito.cl (undated): consumer protection, 800 700 100. El Mostrador (2024-10-09): complaints online ' +
      '(ClaveÚnica or Clave SERNAC) or at an office, answer within 18 working days, information on 800 700 100 ' +
      'Monday to Friday 09:00–19:00. The address: SERNAC’s own complaint page on www.sernac.cl ' +
      '(/portal/618/w3-propertyvalue-22029.html, undated), so the web address is official.',
    sourceDate: '2024-10-09',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'cl_apoyo_victimas',
    kind: 'victim_support',
    country: 'CL',
    name: 'Programa Apoyo a Víctimas — Centros de Apoyo a Víctimas de Delitos (Subsecretaría de Prevención del Delito)',
    url: 'https://chileatiende.gob.cl/fichas/66714-programa-apoyo-a-victimas',
    phones: [{ display: '600 818 1000', dial: '6008181000' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://chileatiende.gob.cl/fichas/66714-programa-apoyo-a-victimas',
    sourceNote:
      'ChileAtiende (last updated 2025-02-24). The programme prioritises violent crimes; fraud is not on its ' +
      'priority list.',
    sourceDate: '2025-02-24',
    ...FROM_REFERENCE,
  },
  {
    id: 'cl_fono_ninos_147',
    kind: 'child_protection',
    country: 'CL',
    name: 'Carabineros de Chile — Fono Niños 147',
    url: 'https://www.carabineros.cl',
    phones: [{ display: '147', dial: '147', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    audience: 'minors',
    verification: 'official',
    source: 'http://www.internetsegura.cl/ayuda/',
    sourceNote:
      'internetsegura.cl "Ayuda" (Chilean government site, undated): Fono Niños 147 of Carabineros, 24 hours all ' +
      'year, for children and teenagers whose rights are harmed; adults can call too; cases are passed on. 13.cl ' +
      'quoting ChileAtiende: free and confidential. soychile.cl (2018-04): 24/7.',
    sourceDate: '2018-04',
    ...FROM_AUDIT_2026_12,
  },
];
