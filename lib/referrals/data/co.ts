/**
 * Colombia. Transcribed from the reference notes, section "Colombia" (docs/sources.md, "Referral directory"; each entry
 * cites its own page). Línea 106 is run by departmental and district health secretariats (Bogotá's is confirmed); no
 * national victim-support service was found (./gaps.ts).
 */
import type { DirectoryEntry } from '../types';
import { CHILD_ABUSE, FROM_AUDIT_2026_12, FROM_REFERENCE } from './reference';

/**
 * Colombia's two intellectual-property offices answer anyone's written question (a "consulta") on the law they
 * administer, free and with no lawyer needed: the right of petition (Ley 1755 de 2015, art. 13: free, no
 * representation needed; art. 14: a consulta is answered within 30 days). Their answers explain the law and do not
 * advise on the particular case, so they are offered as legal help only when someone's work was copied.
 */
const PETITION_LAW =
  'Right of petition: Ley 1755 de 2015, art. 13 (free, no lawyer needed) and art. 14 (a consulta on the ' +
  'matters in an authority’s charge is answered within 30 days), as summarised by gobiernobogota.gov.co (glossary, ' +
  '"Derecho de petición") and consumoteca.com.co ("El derecho de petición explicado").';

export const CO_ENTRIES: DirectoryEntry[] = [
  {
    id: 'co_123',
    kind: 'emergency_services',
    country: 'CO',
    name: 'Línea de emergencias 123',
    phones: [{ display: '123', dial: '123', label: 'emergency' }],
    languages: [],
    verification: 'secondary',
    source: 'https://radiosantafe.com',
    sourceNote: 'radiosantafe.com (2025-09-11) citing Bogotá SDS ("Línea de emergencias 123").',
    sourceDate: '2025-09-11',
    ...FROM_REFERENCE,
  },
  {
    id: 'co_linea_106_bogota',
    kind: 'crisis_line',
    audience: 'people',
    country: 'CO',
    regions: ['CO-DC'],
    name: 'Línea 106 "El poder de ser escuchado" (Secretaría Distrital de Salud, Bogotá)',
    url: 'http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106',
    phones: [
      { display: '106', dial: '106', label: 'from_bogota', isFree: true, hours: { always: true } },
      { display: '300 754 8933', dial: '+573007548933', channel: 'whatsapp' },
    ],
    emails: [{ address: 'linea106@saludcapital.gov.co' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'official',
    source: 'http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106',
    sourceNote:
      'bogota.gov.co; saludcapital.gov.co (2025); radiosantafe.com (2025-09-11, Secretaría Distrital de Salud: free, ' +
      '24/7, WhatsApp and email). 106 is run by departmental and district health secretariats (e.g. Boyacá since ' +
      '2010, noticiasenlinea.com.co). Semana (2022-12) reported a national MinSalud 106 line to come and Semana ' +
      '(2026) calls 106 a national 24/7 line, but no Ministry page was read, so the entry stays Bogotá’s. Audit ' +
      '2026-12-02: MinSalud "Línea 192, opción 4" was a pandemic teleorientation service (MinSalud protocol, April ' +
      '2020; Infobae 2021-04-15) with no current source, so it was removed.',
    sourceDate: '2025',
    ...FROM_REFERENCE,
  },
  {
    id: 'co_adenunciar',
    kind: 'police_cybercrime_report',
    country: 'CO',
    name: '¡ADenunciar! — Sistema Nacional de Denuncia Virtual (Policía Nacional + Fiscalía)',
    url: 'https://adenunciar.policia.gov.co/adenunciar/',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.wradio.com.co',
    sourceNote:
      'El Tiempo (2023-11): choose "Delitos Informáticos". W Radio (2025-08-15): virtual categories include ' +
      'delitos informáticos, extortion and CSAM; anything else must be filed in person. Source address: the ' +
      'outlet’s home page (the reference names the outlet only).',
    sourceDate: '2025-08-15',
    ...FROM_REFERENCE,
  },
  {
    id: 'co_cai_virtual',
    kind: 'police_cybercrime_report',
    country: 'CO',
    name: 'CAI Virtual — Centro Cibernético Policial',
    url: 'https://caivirtual.policia.gov.co',
    urlVerification: 'unverified',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'partial',
    source: 'https://www.wradio.com.co',
    sourceNote:
      'W Radio (2025-08-15); segurilatam.com interview (2020): the cyber police chat and advice service exists. Its ' +
      'address is UNVERIFIED (caivirtual.policia.gov.co is likely) and is shown with the mark. Source address: ' +
      'the outlet’s home page.',
    sourceDate: '2025-08-15',
    ...FROM_REFERENCE,
  },
  {
    id: 'co_dnda',
    kind: 'legal_help',
    country: 'CO',
    name: 'Dirección Nacional de Derecho de Autor (DNDA)',
    url: 'https://www.derechodeautor.gov.co',
    urlVerification: 'secondary',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    onlyWhen: ['copied_work'],
    verification: 'secondary',
    source: 'https://vlex.com.co/vid/concepto-juridico-n-2008-821002061',
    sourceNote:
      'DNDA legal concepts answering private persons’ written questions on copyright (2006 concept on hyperlinks, ' +
      'copy at studylib.es; concept 2008-17944 on reproduction and distribution, copy at vlex.com.co), whose ' +
      'letterheads give www.derechodeautor.gov.co. Hearing copyright disputes as a judge and its conciliation ' +
      'centre: docplayer.es index of DNDA documents ("Sobre las facultades jurisdiccionales de la DNDA", "Centro de ' +
      'conciliación y arbitraje de la DNDA"). ' +
      PETITION_LAW +
      ' Its 2008 complaints line is not listed: no current source.',
    sourceDate: '2008',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'co_sic_propiedad_industrial',
    kind: 'legal_help',
    country: 'CO',
    name: 'Superintendencia de Industria y Comercio (SIC): propiedad industrial',
    url: 'https://www.sic.gov.co',
    urlVerification: 'secondary',
    phones: [],
    languages: [],
    inferredLanguages: ['es'],
    onlyWhen: ['copied_work'],
    verification: 'secondary',
    source: 'https://vlex.com.co/vid/concepto-n-217603-superintendencia-792381693',
    sourceNote:
      'SIC concept 12-217603 (2013-01-16, copy at vlex.com.co): answers a person’s consulta on industrial property ' +
      '(distinctive signs) and says its concepts explain the law (industrial property, unfair competition, ' +
      'consumer protection) but cannot resolve particular situations. Registers industrial designs: SIC "Manual ' +
      'sobre diseños industriales" (2012, copy at scribd.com). ' +
      PETITION_LAW,
    sourceDate: '2013-01-16',
    ...FROM_AUDIT_2026_12,
  },
  {
    id: 'co_superfinanciera',
    kind: 'financial_regulator_or_ombudsman',
    country: 'CO',
    name: 'Superintendencia Financiera de Colombia (SFC)',
    url: 'https://www.superfinanciera.gov.co',
    urlVerification: 'official',
    phones: [
      { display: '01 8000 120 100', dial: '018000120100', isFree: true },
      { display: '(601) 307 8042', dial: '+576013078042' },
    ],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source: 'https://www.superfinanciera.gov.co',
    sourceNote:
      'bu.com.co summary of SFC Res. 368/2020 (2020); bancow.com.co; superfinanciera.gov.co FAQ (Ley 1328 de 2009). ' +
      'First the bank or its Defensor del Consumidor Financiero. Phones VERIFIED-SECONDARY (2020); URL official.',
    sourceDate: '2020',
    ...FROM_REFERENCE,
  },
  {
    id: 'co_te_protejo',
    kind: 'child_protection',
    country: 'CO',
    name: 'Te Protejo (Red PaPaz)',
    url: 'https://www.teprotejo.org',
    phones: [],
    languages: ['es', 'en'],
    suits: { incidentTypes: [...CHILD_ABUSE, 'harassment'] },
    verification: 'official',
    source: 'https://www.teprotejo.org',
    sourceNote:
      'teprotejo.org "What to report" (CSAM, exploitation, cyberbullying); teprotejocolombia.org (reports are ' +
      'referred to Policía Nacional / ICBF). Run with MinTIC / ICBF.',
    ...FROM_REFERENCE,
  },
  {
    id: 'co_icbf_141',
    kind: 'child_protection',
    country: 'CO',
    name: 'ICBF Línea 141',
    phones: [{ display: '141', dial: '141' }],
    languages: [],
    inferredLanguages: ['es'],
    verification: 'secondary',
    source:
      'https://vozdelpueblo920am.com/index.php/2024/10/31/icbf-sin-reportes-de-abusos-lamentables-asesinatos-de-ninos-en-colombia-generan-preocupacion-que-esta-pasando/',
    sourceNote:
      'redpapaz.org (undated). A radio station’s report of 2024-10-31 quoting the ICBF director: use line 141 to ' +
      'report any threat to a child’s rights. El Espectador on the launch (a free national line, 24 hours, from ' +
      'landlines and mobiles, to report and ask for guidance); EAFIT’s route of care lists 141 for children.',
    sourceDate: '2024-10-31',
    ...FROM_AUDIT_2026_12,
  },
];
