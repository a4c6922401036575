/**
 * Portugal. Transcribed from the reference notes, section "Portugal" (docs/sources.md, "Referral directory"; each entry
 * cites its own page), including the 1411 suicide-prevention line that opened in September 2025.
 */
import type { DirectoryEntry } from '../types';
import { FROM_AUDIT_2026_12, FROM_REFERENCE, TECHNICAL_INCIDENTS } from './reference';

export const PT_ENTRIES: DirectoryEntry[] = [
  {
    id: 'pt_112',
    kind: 'emergency_services',
    country: 'PT',
    name: '112',
    phones: [{ display: '112', dial: '112', label: 'emergency' }],
    languages: [],
    verification: 'secondary',
    source:
      'https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas',
    sourceNote:
      '24noticias.sapo.pt, article of 2025-09-05 on the 1411 line, whose list of contacts gives "Número europeu de ' +
      'emergência 112".',
    sourceDate: '2025-09-05',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'pt_1411',
    kind: 'crisis_line',
    audience: 'people',
    country: 'PT',
    name: 'Linha Nacional de Prevenção do Suicídio 1411',
    phones: [{ display: '1411', dial: '1411', isFree: true, hours: { always: true } }],
    languages: [],
    inferredLanguages: ['pt'],
    verification: 'secondary',
    source: 'https://24noticias.sapo.pt',
    sourceNote:
      '24noticias.sapo.pt (2025-09-05); DN (2025-09-10). Live since 2025-09-10; runs alongside SNS 24.',
    sourceDate: '2025-09-10',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_sns24_aconselhamento_psicologico',
    kind: 'crisis_line',
    audience: 'people',
    country: 'PT',
    name: 'SNS 24 — Serviço de Aconselhamento Psicológico',
    phones: [{ display: '808 24 24 24', dial: '+351808242424' }],
    languages: [],
    inferredLanguages: ['pt'],
    verification: 'secondary',
    source: 'https://24noticias.sapo.pt',
    sourceNote: '24noticias.sapo.pt (2025-09).',
    sourceDate: '2025-09',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_sos_voz_amiga',
    kind: 'crisis_line',
    audience: 'people',
    country: 'PT',
    name: 'SOS Voz Amiga',
    url: 'https://sosvozamiga.org',
    phones: [
      {
        display: '213 544 545',
        dial: '+351213544545',
        hours: { days: 'every_day', opens: '15:30', closes: '00:30' },
      },
      {
        display: '912 802 669',
        dial: '+351912802669',
        hours: { days: 'every_day', opens: '15:30', closes: '00:30' },
      },
      {
        display: '963 524 660',
        dial: '+351963524660',
        hours: { days: 'every_day', opens: '15:30', closes: '00:30' },
      },
    ],
    languages: [],
    inferredLanguages: ['pt'],
    verification: 'secondary',
    source: 'https://24noticias.sapo.pt',
    sourceNote: 'DN (2025-09-10); 24noticias.sapo.pt. Daily 15:30–00:30.',
    sourceDate: '2025-09-10',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_pj_unc3t',
    kind: 'police_cybercrime_report',
    country: 'PT',
    name: 'Polícia Judiciária — UNC3T (Unidade Nacional de Combate ao Cibercrime e à Criminalidade Tecnológica)',
    url: 'https://www.policiajudiciaria.pt/unc3t/',
    phones: [{ display: '211 967 000', dial: '+351211967000' }],
    languages: [],
    inferredLanguages: ['pt'],
    verification: 'official',
    source: 'https://www.policiajudiciaria.pt/unc3t/',
    sourceNote:
      'policiajudiciaria.pt/unc3t: remit covers burla informática and payment-instrument fraud; operating since ' +
      '2016-11-29 (tek.sapo.pt).',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_queixa_eletronica',
    kind: 'police_cybercrime_report',
    country: 'PT',
    name: 'Queixa Eletrónica (MAI; GNR/PSP)',
    url: 'https://queixaselectronicas.mai.gov.pt',
    reportUrl: 'https://queixaselectronicas.mai.gov.pt/Queixas/Burla',
    phones: [],
    languages: [],
    inferredLanguages: ['pt'],
    verification: 'secondary',
    source:
      'https://www.ptlojas.net/internet-2/seguranca-internet-2/denunciar-casos-burla-portal-queixa-eletronica',
    sourceNote:
      'Lusa via Açoriano Oriental; azeitaomaisseguro (the list of crimes includes burla); ptlojas.net (burla URL). ' +
      'Not for emergencies (112).',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_cncs_cert',
    kind: 'police_cybercrime_report',
    country: 'PT',
    name: 'CNCS / CERT.PT — notificação de incidentes',
    url: 'https://www.cncs.gov.pt/en/notificacao-incidentes/',
    urlVerification: 'official',
    phones: [{ display: '+351 210 493 500', dial: '+351210493500' }],
    languages: ['pt', 'en'],
    suits: { incidentTypes: TECHNICAL_INCIDENTS },
    verification: 'secondary',
    source: 'https://www.cncs.gov.pt/en/notificacao-incidentes/',
    sourceNote:
      'cncs.gov.pt (updated 2023-11-15): a notification does not replace a criminal complaint. Phone (business ' +
      'hours) from allbs.pt: secondary.',
    sourceDate: '2023-11-15',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_banco_de_portugal',
    kind: 'financial_regulator_or_ombudsman',
    country: 'PT',
    name: 'Banco de Portugal — Portal do Cliente Bancário',
    url: 'https://clientebancario.bportugal.pt/formulario-nova-reclamacao',
    reportUrl: 'https://www.livroreclamacoes.pt',
    phones: [],
    languages: ['pt', 'en'],
    verification: 'official',
    source: 'https://clientebancario.bportugal.pt/formulario-nova-reclamacao',
    sourceNote:
      'bportugal.pt: complaint form and the electronic complaints book (Livro de Reclamações eletrónico, since ' +
      '2019-07-01; free). Portal in pt and en.',
    sourceDate: '2019-07-01',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_apav',
    kind: 'victim_support',
    country: 'PT',
    name: 'APAV — Associação Portuguesa de Apoio à Vítima',
    url: 'https://www.apav.pt',
    phones: [
      {
        display: '116 006',
        dial: '116006',
        isFree: true,
        hours: { days: 'mon_fri', opens: '08:00', closes: '23:00' },
      },
    ],
    languages: ['pt'],
    languageNote: 'translation_for_migrants',
    verification: 'secondary',
    source: 'https://migrante.azores.gov.pt',
    sourceNote:
      'dnoticias.pt (2024-09: hours, secondary); migrante.azores.gov.pt (regional government: migrant-victim units ' +
      'support other languages through a translation service).',
    sourceDate: '2024-09',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_linha_internet_segura',
    kind: 'victim_support',
    alsoKinds: ['child_protection'],
    country: 'PT',
    name: 'Linha Internet Segura (APAV, Centro Internet Segura)',
    url: 'https://www.apav.pt/cibercrime/index.php/linha-internet-segura',
    phones: [
      {
        display: '800 21 90 90',
        dial: '+351800219090',
        isFree: true,
        hours: { days: 'working_days', opens: '08:00', closes: '22:00' },
      },
    ],
    emails: [{ address: 'linhainternetsegura@apav.pt' }],
    languages: [],
    inferredLanguages: ['pt'],
    verification: 'official',
    source: 'https://www.apav.pt/cibercrime/index.php/linha-internet-segura',
    sourceNote:
      'apav.pt page: support for cybercrime victims plus reports of CSAM, racism and incitement to violence. ' +
      'docs/sources.md, "Peer services": refers serious cases to the PJ and illegal content abroad to INHOPE.',
    ...FROM_REFERENCE,
  },
  {
    id: 'pt_sos_crianca',
    kind: 'child_protection',
    alsoKinds: ['crisis_line'],
    country: 'PT',
    name: 'SOS-Criança (Instituto de Apoio à Criança)',
    url: 'https://www.iacrianca.pt',
    phones: [
      {
        display: '116 111',
        dial: '116111',
        isFree: true,
        hours: { days: 'mon_fri', opens: '09:00', closes: '19:00' },
      },
    ],
    languages: [],
    inferredLanguages: ['pt'],
    audience: 'minors',
    verification: 'official',
    source:
      'http://www.iacrianca.pt/index.php/setores-iac-sos/noticias-sos/item/787-sos-crianca-um-telefone-que-de-forma-anonima-gratuita-e-confidencial-ja-ajudou',
    sourceNote:
      'iacrianca.pt (the operator; undated news item citing its 2014 report, so about 2015): 116111 is free, ' +
      'anonymous and confidential. Hours working days 9:00–19:00 from rr.sapo.pt and movimento1euro.com ' +
      '(secondary); vidaativa.pt: at night, weekends and holidays urgent calls are passed to the Polícia Judiciária.',
    sourceDate: '2015',
    ...FROM_AUDIT_2026_12,
  },
];
