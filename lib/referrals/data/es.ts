/**
 * Spain. Transcribed from the reference notes, section "Spain" (docs/sources.md, "Referral directory"; each entry cites
 * its own page). Policía Nacional's online-complaint address and 091 are UNVERIFIED in the reference and carry the
 * mark; the Guardia Civil online complaint is confirmed.
 */
import type { DirectoryEntry } from '../types';
import { FROM_AUDIT_2026_12, FROM_REFERENCE, IMAGE_ABUSE } from './reference';

export const ES_ENTRIES: DirectoryEntry[] = [
  {
    id: 'es_112',
    kind: 'emergency_services',
    country: 'ES',
    name: '112',
    phones: [{ display: '112', dial: '112', label: 'emergency' }],
    languages: [],
    verification: 'secondary',
    source:
      'https://www.cope.es/programas/mediodia-cope/monologo-de-pilar-garcia-muniz/noticias/pilar-muniz-que-puede-llevar-nino-anos-marcar-telefono-contra-suicidio-20240510_3291346',
    sourceNote:
      'COPE (2024-05): nearly 13,000 calls to 024 were passed to the 112 emergency service. El Nacional ' +
      '(elnacional.cat, undated, three months after 024 opened): 1,500 calls passed to "el teléfono de emergencias ' +
      '112".',
    sourceDate: '2024-05',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'es_024',
    kind: 'crisis_line',
    audience: 'people',
    country: 'ES',
    name: 'Línea 024 de atención a la conducta suicida (Ministerio de Sanidad)',
    phones: [{ display: '024', dial: '024', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.rtve.es',
    sourceNote:
      'RTVE (2022-05-09, launch; public broadcaster); El Nacional; Faro de Vigo (2025-10-11: Ministry online chat ' +
      'also available). Live since 2022-05-10. Free, anonymous, 24/7. Source address: the outlet’s home page.',
    sourceDate: '2025-10-11',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_telefono_esperanza',
    kind: 'crisis_line',
    audience: 'people',
    country: 'ES',
    name: 'Teléfono de la Esperanza',
    phones: [{ display: '717 003 717', dial: '+34717003717' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://maldita.es',
    sourceNote: 'maldita.es (2022).',
    sourceDate: '2022',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_guardia_civil_denuncia',
    kind: 'police_cybercrime_report',
    country: 'ES',
    name: 'Guardia Civil — denuncia telemática (Sede Electrónica)',
    url: 'https://sede.guardiacivil.gob.es',
    phones: [{ display: '062', dial: '062', label: 'emergency' }],
    languages: [],
    inferredLanguages: ['es'],
    fromAbroad: 'eu_citizens',
    verification: 'secondary',
    source: 'https://www.infobae.com',
    sourceNote:
      'Infobae (2025-09-10); Telecinco (2025-08-04, Guardia Civil press note); Newtral (2025-08-05). Live since ' +
      '2025-07-04. Needs Cl@ve / DNIe / certificate. Covers "cargos fraudulentos con tarjeta bancaria y otros medios ' +
      'de pago electrónico". Open to residents, Spaniards abroad and EU citizens. Excludes violence and known ' +
      'perpetrators. 062 is the Guardia Civil emergency number. Source address: the outlet’s home page.',
    sourceDate: '2025-09-10',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_policia_nacional',
    kind: 'police_cybercrime_report',
    country: 'ES',
    name: 'Policía Nacional',
    url: 'https://www.policia.es',
    urlVerification: 'unverified',
    phones: [{ display: '091', dial: '091', verification: 'unverified' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'partial',
    source: 'https://www.infobae.com',
    sourceNote:
      'Infobae (2025-09-10); h50.es (COVID-era: online complaints must be ratified in person within 72h; limited ' +
      'crime types); Genbeta (Brigada Central de Investigación Tecnológica forms). The URL and 091 are UNVERIFIED ' +
      'and shown with the mark. Source address: the outlet’s home page.',
    sourceDate: '2025-09-10',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_banco_de_espana',
    kind: 'financial_regulator_or_ombudsman',
    country: 'ES',
    name: 'Banco de España — Servicio de Reclamaciones (Portal del Cliente Bancario)',
    url: 'https://www.bde.es',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.bde.es',
    sourceNote:
      'bde.es blog "Reclamar donde toca…": complain to your bank’s customer service first; the service is free. ' +
      'lainformacion.com (2023-10): payment-service claims can go to the BdE after 15 business days; El Español ' +
      '(2023-12): 12,645 of 34,146 claims in 2022 involved card or online-transfer fraud.',
    sourceDate: '2023-12',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_aepd_canal_prioritario',
    kind: 'intimate_image_removal',
    country: 'ES',
    name: 'AEPD — Canal prioritario',
    url: 'https://www.aepd.es/canalprioritario/',
    phones: [{ display: '616 172 204', dial: '+34616172204', channel: 'whatsapp' }],
    languages: [],
    inferredLanguages: ['es'],
    suits: { incidentTypes: IMAGE_ABUSE },
    verification: 'secondary',
    source: 'https://www.lalfas.es',
    sourceNote:
      'l’Alfàs del Pi town-council page (lalfas.es) gives the URL; UNIR and Antena 3 (2024-09): free, anyone can ' +
      'report, running since Sep 2019; minors aged 14–17 can report anonymously (ampajuangris.org). WhatsApp number ' +
      'from Genbeta (2025-10-15) quoting an expert.',
    sourceDate: '2025-10-15',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_oavd',
    kind: 'victim_support',
    country: 'ES',
    name: 'Oficinas de Asistencia a las Víctimas del Delito (OAVD)',
    url: 'https://www.administraciondejusticia.gob.es/oficinas-de-asistencia-a-las-victimas',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.mjusticia.gob.es',
    sourceNote:
      'Ministerio de Justicia pages (mjusticia.gob.es, last modified 2022-09-21): free public service in every ' +
      'autonomous community (Ley 4/2015).',
    sourceDate: '2022-09-21',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_incibe_017',
    kind: 'victim_support',
    alsoKinds: ['legal_help'],
    country: 'ES',
    name: 'INCIBE — Tu Ayuda en Ciberseguridad 017',
    url: 'https://www.incibe.es/linea-de-ayuda-en-ciberseguridad',
    phones: [
      {
        display: '017',
        dial: '017',
        isFree: true,
        hours: { days: 'every_day', opens: '08:00', closes: '23:00' },
      },
      { display: '900 116 117', dial: '+34900116117', channel: 'whatsapp' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq',
    sourceNote:
      'incibe.es FAQ (also in English): free, confidential, 8:00–23:00 every day; WhatsApp 900 116 117; Telegram ' +
      '@INCIBE017. Diario Sur (2025-11-29): 017 does not take criminal complaints but helps you report. El País ' +
      '(2026-03-04): ~142,000 queries in 2025. docs/sources.md, "Peer services": technical, psychosocial and legal advice.',
    sourceDate: '2026-03-04',
    ...FROM_REFERENCE,
  },
  {
    id: 'es_anar',
    kind: 'child_protection',
    alsoKinds: ['crisis_line'],
    country: 'ES',
    name: 'Fundación ANAR — Teléfono ANAR de Ayuda a Niños y Adolescentes',
    url: 'https://anar.org',
    phones: [
      { display: '116 111', dial: '116111', isFree: true, hours: { always: true } },
      { display: '900 20 20 10', dial: '+34900202010', isFree: true, verification: 'partial' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    audience: 'minors',
    verification: 'official',
    source:
      'https://anar.org/fundacion-anar-continuara-prestando-el-servicio-de-atencion-telefonica-a-la-infancia-y-la-adolescencia-en-la-comunidad-valenciana',
    sourceNote:
      'anar.org (page on the Generalitat Valenciana resolution of 2023-05-03): the 116111 line is free, open 24 ' +
      'hours every day, for children and teenagers and for adults worried about one. valenciaextra.com (2024): ' +
      '116111 free, anonymous, 24 h. 900 20 20 10 is ANAR’s older national number (defensornavarra.es 2009, ' +
      'suite101.net 2011, diarideterrassa.com); no recent page confirms it is still answered, so it is marked partial.',
    sourceDate: '2023-05-03',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'es_016',
    kind: 'victim_support',
    country: 'ES',
    name: '016 — atención a víctimas de violencias contra las mujeres (Ministerio de Igualdad)',
    phones: [
      { display: '016', dial: '016', isFree: true, hours: { always: true } },
      { display: '600 000 016', dial: '+34600000016', channel: 'whatsapp' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    languageNote: 'many_languages_by_phone',
    onlyWhen: ['partner_or_ex_partner'],
    verification: 'secondary',
    source: 'https://asturi.as/?p=36140463764',
    sourceNote:
      'asturi.as (2024, Ministry of Equality figures for the first half of 2024): free, confidential, leaves no ' +
      'trace on the bill, 24 hours, 53 languages; WhatsApp 600 000 016; 85.9% of consultations concern violence by ' +
      'a partner or ex-partner; emergencies are passed to 112. infolibre.es (2023-09): running since 2007-09-04. ' +
      'elperiodicoextremadura.com (2019-10): the number stays in the phone’s call log. Offered only when the case ' +
      'can say a partner or ex-partner is behind the abuse (onlyWhen).',
    sourceDate: '2024',
    ...FROM_AUDIT_2026_12,
  },
];
