/**
 * Offence rules: UN Convention against Cybercrime articles 7-17 that the facts support, with the Budapest
 * Convention (ETS 185) equivalent where one exists. Article numbers, titles and paraphrases come from
 * docs/sources.md, "UN Convention against Cybercrime", with its confidence marks (V verified, C corroborated, R recollection of
 * the official text, not verified against A/RES/79/243). No article fires without facts that support it.
 */
import type { Rule } from '../types';

export const OFFENCE_RULES = [
  {
    id: 'offence_unc7_account_access',
    when: { fact: 'account_accessed' },
    then: { offences: [{ article: 'unc_7', budapest: 'ets185_2' }] },
    source: 'UNC Art. 7 illegal access (R/C); Budapest Art. 2. Getting into an account without right.',
  },
  {
    id: 'offence_unc7_remote_access',
    // Remote access the person allowed for one session, removed since, with no account entered, is not shown to be
    // without right; access still installed (kept beyond what was allowed) is. An account entered gives Art. 7
    // through offence_unc7_account_access.
    when: { fact: 'remote_access_installed' },
    then: { offences: [{ article: 'unc_7', budapest: 'ets185_2' }] },
    source:
      'UNC Art. 7 illegal access (R/C); Budapest Art. 2. Whether access the person was tricked into allowing is "without right" depends on national law; access kept after the session the person allowed is.',
  },
  {
    id: 'offence_unc7_intrusion',
    when: { any: [{ fact: 'files_locked_ransom' }, { fact: 'data_stolen' }, { fact: 'unknown_programs' }] },
    then: { offences: [{ article: 'unc_7', budapest: 'ets185_2' }] },
    source:
      'UNC Art. 7 illegal access (R/C); Budapest Art. 2. Malware, ransomware and data theft require getting into the system.',
  },
  {
    id: 'offence_unc8_interception',
    when: { fact: 'messages_intercepted' },
    then: { offences: [{ article: 'unc_8', budapest: 'ets185_3' }] },
    source: 'UNC Art. 8 illegal interception (C: Arabic text title); Budapest Art. 3.',
  },
  {
    id: 'offence_unc9_data_interference',
    when: { any: [{ fact: 'files_locked_ransom' }, { fact: 'data_deleted_or_changed' }] },
    then: { offences: [{ article: 'unc_9', budapest: 'ets185_4' }] },
    source:
      'UNC Art. 9 interference with electronic data (C: Arabic text title); Budapest Art. 4. Encrypting, deleting or altering data.',
  },
  {
    id: 'offence_unc10_system_interference',
    when: { any: [{ fact: 'service_disrupted' }, { fact: 'files_locked_ransom' }] },
    then: { offences: [{ article: 'unc_10', budapest: 'ets185_5' }] },
    source:
      'UNC Art. 10 interference with an ICT system (R): covers DDoS and ransomware-type disruption; Budapest Art. 5.',
  },
  {
    id: 'offence_unc11_credentials_obtained',
    when: {
      all: [
        { fact: 'credentials_given' },
        {
          any: [
            { fact: 'incident_phishing' },
            { fact: 'incident_official_impersonation' },
            { fact: 'incident_account_takeover' },
            { fact: 'incident_tech_support_scam' },
          ],
        },
        // Obtained by deceiving the person, not captured through remote access or malicious code on the device:
        // there the capture is part of the access and interception (Arts 7 and 8), not a separate credential obtained.
        { not: { fact: 'remote_access_given' } },
        { not: { fact: 'unknown_programs' } },
        { not: { fact: 'messages_intercepted' } },
      ],
    },
    then: { offences: [{ article: 'unc_11', budapest: 'ets185_6' }] },
    source:
      'UNC Art. 11 misuse of devices (R): obtaining passwords or access credentials intending their use for Arts 7-10; Budapest Art. 6. Read as credentials obtained by deceiving the person (docs/sources.md, "UN Convention against Cybercrime"; the evaluation set\'s reading in lib/triage-evaluation/README.md).',
  },
  {
    id: 'offence_unc12_forgery',
    when: { any: [{ fact: 'fake_documents' }, { fact: 'accounts_opened_in_name' }] },
    then: { offences: [{ article: 'unc_12', budapest: 'ets185_7' }] },
    source:
      'UNC Art. 12 ICT system-related forgery (C: Arabic text title; R detail); Budapest Art. 7. Inauthentic data in the person’s name, meant to be acted on as genuine.',
  },
  {
    id: 'offence_unc13_deception',
    when: { all: [{ fact: 'deceived_through_ict' }, { fact: 'money_lost' }] },
    then: { offences: [{ article: 'unc_13', budapest: null }] },
    source:
      'UNC Art. 13(c) (R): loss of property caused by deceiving a person through an ICT system. Budapest Art. 8 has no deception prong (docs/sources.md, "UN Convention against Cybercrime"), so no Budapest equivalent is given for this prong.',
  },
  {
    id: 'offence_unc13_unauthorised_payment',
    when: { all: [{ fact: 'payments_unauthorised' }, { fact: 'money_lost' }] },
    then: { offences: [{ article: 'unc_13', budapest: 'ets185_8' }] },
    source:
      'UNC Art. 13(a)-(b) (R): loss of property by altering data or interfering with a system; Budapest Art. 8.',
  },
  {
    id: 'offence_unc14_child_material',
    when: { fact: 'child_images_involved' },
    then: { offences: [{ article: 'unc_14', budapest: 'ets185_9' }] },
    source:
      'UNC Art. 14 (C: NCMEC; R detail): soliciting, possessing or sharing sexual material of a person under 18; Budapest Art. 9.',
  },
  {
    id: 'offence_unc15_grooming',
    when: {
      all: [
        // Solicitation needs a fact of sexual contact with a child, not the incident type alone (issue #10).
        {
          any: [
            { fact: 'child_sexual_contact' },
            { all: [{ fact: 'person_is_minor' }, { fact: 'incident_sextortion' }] },
          ],
        },
        // Art. 15 is about an adult; another young person's conduct goes another route.
        { not: { fact: 'perpetrator_young_person' } },
      ],
    },
    then: { offences: [{ article: 'unc_15', budapest: null }] },
    source:
      'UNC Art. 15 solicitation or grooming of a child (C: NCMEC; R detail). No Budapest equivalent (Lanzarote CETS 201 Art. 23).',
  },
  {
    id: 'offence_unc16_images_shared',
    when: {
      all: [
        { fact: 'images_shared_already' },
        { not: { fact: 'person_is_minor' } },
        { not: { fact: 'images_made_or_edited' } },
      ],
    },
    then: { offences: [{ article: 'unc_16', budapest: null }] },
    source:
      'UNC Art. 16 non-consensual dissemination of intimate images (C: NCMEC, dig.watch; R detail). New; no Budapest equivalent. For a person under 18, Art. 14 applies instead. Its "intimate image" is a private recording of the person, so images made or altered (deepfakes) are left to national law.',
  },
] as const satisfies readonly Rule[];
