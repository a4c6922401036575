/**
 * Brazil. Transcribed from the reference notes, section "Brazil" (docs/sources.md, "Referral directory"; each entry
 * cites its own page). Police reports go to the Polícia Civil of the state where the person lives; Comunica PF (federal
 * crimes only, address UNVERIFIED) is left out.
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE, TECHNICAL_INCIDENTS } from './reference';

export const BR_ENTRIES: DirectoryEntry[] = [
  {
    id: 'br_190_192_193',
    kind: 'emergency_services',
    country: 'BR',
    name: 'Polícia Militar 190; SAMU 192; Bombeiros 193',
    phones: [
      { display: '190', dial: '190', label: 'police', isFree: true, hours: { always: true } },
      { display: '192', dial: '192', label: 'ambulance' },
      { display: '193', dial: '193', label: 'fire' },
    ],
    languages: [],
    verification: 'secondary',
    source: 'https://opantaneiro.com.br',
    sourceNote: 'opantaneiro.com.br (2025-12-05: 190 free, 24h); several secondary guides.',
    sourceDate: '2025-12-05',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_cvv',
    kind: 'crisis_line',
    audience: 'people',
    country: 'BR',
    name: 'CVV — Centro de Valorização da Vida',
    url: 'https://www.cvv.org.br',
    phones: [{ display: '188', dial: '188', isFree: true, hours: { always: true } }],
    languages: ['pt'],
    verification: 'secondary',
    source: 'https://redepiaui.com',
    sourceNote:
      'Free nationwide since 2018-07-01 through a Ministério da Saúde partnership (redepiaui.com, jd1noticias.com ' +
      '2018-07); Globo TV Rio Sul (chat and email on the website).',
    sourceDate: '2018-07',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_pix_med',
    kind: 'bank_or_payment_provider',
    country: 'BR',
    name: 'Pix — MED (Mecanismo Especial de Devolução)',
    isGeneric: true,
    phones: [],
    languages: ['pt'],
    verification: 'secondary',
    source: 'https://f3noticias.com.br',
    sourceNote:
      'f3noticias.com.br summarising Banco Central guidance: contact your bank at once; the bank opens a MED; 7-day ' +
      'review; refund within 96h if fraud is confirmed. Request within 80 days (portaladvogadoonline). "Contestar" ' +
      'self-service in bank apps from 2025-10-01 (ecosdanoticia.net, 2025-04).',
    sourceDate: '2025-04',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_policia_civil_online',
    kind: 'police_cybercrime_report',
    country: 'BR',
    name: 'Polícia Civil — Delegacia Eletrônica / Delegacia Online',
    // One site per state: the card says how to find the person's own (issue 11, "a way to act").
    isGeneric: true,
    phones: [],
    languages: ['pt'],
    verification: 'official',
    source: 'https://policiacivil.pr.gov.br/NUCIBER/RegistrarOcorrencia',
    sourceNote:
      'PCPR NUCIBER page (Paraná): report scams as estelionato online; the complaint goes to the police of the ' +
      'state where the victim lives; use an ordinary delegacia if there is no specialised one. RS Delegacia Online ' +
      '(diariodamanhapelotas.com.br). Each state has its own site, so no single address is given.',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_sinesp_devir',
    kind: 'police_cybercrime_report',
    country: 'BR',
    regions: [
      'BR-AC',
      'BR-AL',
      'BR-AP',
      'BR-AM',
      'BR-BA',
      'BR-PI',
      'BR-RN',
      'BR-RO',
      'BR-RR',
      'BR-SE',
      'BR-TO',
    ],
    name: 'Sinesp Delegacia Virtual (Devir), Ministério da Justiça',
    url: 'https://delegaciavirtual.sinesp.gov.br/portal/',
    urlVerification: 'secondary',
    phones: [],
    languages: ['pt'],
    verification: 'secondary',
    source: 'https://www.soudesergipe.com.br/saiba-como-registrar-uma-ocorrencia-na-delegacia-virtual/',
    sourceNote:
      'serasa.com.br (2024-05): available for AC, AL, AP, AM, BA, PI, RN, RO, RR, SE, TO. Address from ' +
      'soudesergipe.com.br (2022-03, Polícia Civil de Sergipe notice: choose the state, then report; estelionato and ' +
      'crime cibernético accepted), guarainoticias.com.br (2021-04-18, Tocantins) and portaldamarcelarosa.com.br ' +
      '(needs a gov.br account and age 18 or over). Audit 2026-12-02.',
    sourceDate: '2024-05',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_cert_br',
    kind: 'police_cybercrime_report',
    country: 'BR',
    name: 'CERT.br (NIC.br) — notificação de incidentes de segurança',
    url: 'https://cert.br/contact/',
    phones: [],
    emails: [{ address: 'cert@cert.br' }],
    languages: ['pt', 'en'],
    suits: { incidentTypes: TECHNICAL_INCIDENTS },
    verification: 'official',
    source: 'https://www2.cert.br/about/rfc2350',
    sourceNote:
      'cert.br RFC 2350 description (last updated 2025-01-09): the incident response team for networks connected ' +
      'to the Brazilian internet; incident reports by email to cert@cert.br; no reports by phone; contact page ' +
      'cert.br/contact/. cert.br FAQ: serves the public by email only, coordinates with police and providers. A ' +
      'notification is not a police report.',
    sourceDate: '2025-01-09',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'br_policia_federal',
    kind: 'police_cybercrime_report',
    country: 'BR',
    name: 'Polícia Federal — Comunica PF (comunicação de crimes)',
    url: 'https://www.gov.br/pf/pt-br/canais_atendimento/comunicacao-de-crimes',
    urlVerification: 'secondary',
    phones: [],
    languages: ['pt'],
    onlyWhen: ['federal_crime'],
    verification: 'secondary',
    source: 'https://www.planetaamericalatina.com.br/noticia/qrcode-pf',
    sourceNote:
      'planetaamericalatina.com.br quoting the Comunica PF page: online reports of crimes the Polícia Federal ' +
      'investigates (Constitution art. 144 §1 and art. 109; Lei 10.446); most reports it receives are not its own, ' +
      'and those go to the Polícia Civil (BO online). A copy of PF guidance (adautojornalismo.wixsite.com): internet ' +
      'crimes such as estelionato are not, by themselves, PF matters; nor is "pedofilia" by itself. Address from ' +
      'alagoas24horas.com.br (PF notice). Offered only when the case can say the crime is federal (onlyWhen): the ' +
      'PF decides that (Constitution art. 144 §1 I: interstate or international reach "and" a need for uniform ' +
      'repression), so neither a scam across states nor images of a child make it federal on their own. Images of ' +
      'a child reach the PF through SaferNet’s Central de Denúncias, run with the MPF and the PF (Anjos na Rede: ' +
      'tribunapr.com.br), which the selection offers.',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'br_disque_100',
    kind: 'child_protection',
    country: 'BR',
    name: 'Disque 100',
    phones: [{ display: '100', dial: '100', isFree: true, hours: { always: true } }],
    languages: ['pt'],
    verification: 'secondary',
    source: 'https://mobilizadores.org.br',
    sourceNote: 'mobilizadores.org.br (2016): human-rights and child-abuse tip line; 24h, free, anonymous.',
    sourceDate: '2016',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_safernet_denuncie',
    kind: 'child_protection',
    country: 'BR',
    name: 'SaferNet Brasil — Central Nacional de Denúncias',
    url: 'https://new.safernet.org.br',
    reportUrl: 'https://denuncie.org.br',
    phones: [],
    languages: ['pt'],
    suits: { incidentTypes: [...CHILD_ABUSE, 'harassment'] },
    verification: 'secondary',
    source: 'https://dialogando.com.br',
    sourceNote:
      'dialogando.com.br (2019); Agência Brasil via atr.mundiware.com (run with MPF, PF and Disque 100). Covers ' +
      'human-rights crimes online (CSAM, racism, etc.), not financial fraud.',
    sourceDate: '2019',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_bcb',
    kind: 'financial_regulator_or_ombudsman',
    country: 'BR',
    name: 'Banco Central do Brasil — Registrar reclamação',
    url: 'https://www.bcb.gov.br',
    phones: [
      {
        display: '145',
        dial: '145',
        hours: { days: 'mon_fri', opens: '08:00', closes: '20:00' },
      },
    ],
    languages: ['pt'],
    verification: 'secondary',
    source: 'https://www.oficinadanet.com.br',
    sourceNote:
      'oficinadanet.com.br; bxblue.com.br; solucioneaqui.app (2026-01). Needs a gov.br login (silver or gold). A ' +
      'BCB complaint feeds supervision and does not resolve individual disputes (for that: Procon, ' +
      'consumidor.gov.br, Juizado). The exact complaint page is UNVERIFIED; 145 costs a local call. Audit ' +
      '2026-12-01 (solucioneaqui.app guide): the channel is for failures in a bank’s service; a scam itself goes to ' +
      'the police and the bank, so the texts no longer present it as a fraud route.',
    sourceDate: '2026-01',
    ...FROM_REFERENCE,
  },
  {
    id: 'br_safernet_helpline',
    kind: 'victim_support',
    country: 'BR',
    name: 'SaferNet HelpLine',
    url: 'https://helpline.org.br',
    phones: [],
    languages: ['pt'],
    verification: 'official',
    source: 'https://helpline.org.br',
    sourceNote:
      'helpline.org.br: anonymous, confidential guidance by chat (no phone); sextortion and leaked-image guides. ' +
      'docs/sources.md, "Peer services": fraud and scams were its 4th most common topic in 2024.',
    ...FROM_REFERENCE,
  },
];
