/**
 * Note rules: honest statements where the UN Convention does not reach (docs/sources.md, "UN Convention against Cybercrime"),
 * and a kind warning when the person may be exposed to a laundering charge.
 */
import type { Rule } from '../types';

export const NOTE_RULES = [
  {
    id: 'note_harassment_national_law',
    when: { fact: 'incident_harassment' },
    then: { notes: ['harassment_national_law'] },
    source:
      'Harassment is not among UNC Arts 7-17 (docs/sources.md, "UN Convention against Cybercrime"): national law applies.',
  },
  {
    id: 'note_extortion_national_law',
    when: {
      all: [
        { any: [{ fact: 'intimate_image_threat' }, { fact: 'incident_sextortion' }] },
        { not: { fact: 'images_shared_already' } },
        { not: { fact: 'person_is_minor' } },
      ],
    },
    then: { notes: ['extortion_national_law'] },
    source:
      'A threat to share adult intimate images is extortion under national law; UNC Art. 16 (C/R) needs the images to be shared.',
  },
  {
    id: 'note_identity_theft_not_standalone',
    when: { fact: 'incident_identity_theft' },
    then: { notes: ['identity_theft_not_standalone'] },
    source:
      'docs/sources.md, "UN Convention against Cybercrime": identity theft is no standalone UN offence; Art. 12 forgery and Art. 13 fraud may apply (R).',
  },
  {
    id: 'note_copyright_budapest_only',
    when: { fact: 'incident_content_copied' },
    then: { notes: ['budapest_only_content'] },
    source:
      'docs/sources.md, "UN Convention against Cybercrime": copyright is Budapest (ETS 185) Art. 10 only, not in the UN Convention.',
  },
  {
    id: 'note_hate_content_budapest_only',
    when: { fact: 'hate_against_group' },
    then: { notes: ['budapest_only_content'] },
    source:
      'docs/sources.md, "UN Convention against Cybercrime": racist and xenophobic content is ETS 189 only; content offences are not in the UN text.',
  },
  {
    id: 'note_attempt_national_law',
    when: { all: [{ fact: 'money_asked_not_paid' }, { not: { fact: 'money_lost' } }] },
    then: { notes: ['attempt_national_law'] },
    source:
      'UNC Art. 13 needs a loss of property (R); Art. 19 lets States make attempt a crime (R/C): national law applies.',
  },
  {
    id: 'note_deception_fraud_budapest_gap',
    when: {
      all: [
        { offence: 'unc_13' },
        { fact: 'deceived_through_ict' },
        { not: { fact: 'payments_unauthorised' } },
        { not: { fact: 'accounts_opened_in_name' } },
      ],
    },
    then: { notes: ['fraud_deception_not_in_budapest'] },
    source:
      'docs/sources.md, "UN Convention against Cybercrime": Budapest Art. 8 has no "deception of a person" prong; UNC Art. 13(c) adds it (R). National fraud laws usually cover it.',
  },
  {
    id: 'note_possible_laundering_exposure',
    when: { fact: 'may_have_moved_money' },
    then: { notes: ['possible_laundering_exposure'], actions: ['get_legal_help_first', 'stop_moving_money'] },
    source:
      'Issue 3 brief: being used to move money raises a possible UNC Art. 17 (R/C) exposure; legal help first.',
  },
  {
    id: 'note_child_not_to_blame',
    when: {
      any: [
        { fact: 'child_at_risk' },
        {
          all: [
            { fact: 'person_is_minor' },
            { any: [{ fact: 'child_images_involved' }, { fact: 'incident_sextortion' }] },
          ],
        },
      ],
    },
    then: { notes: ['child_not_to_blame'] },
    source:
      'UNC Arts 14-15 (C/R) make the adult’s conduct the offence; Art. 34(5) asks that a child’s age and needs be taken into account (R).',
  },
  {
    id: 'note_no_convention_offence',
    when: { offence: 'none' },
    then: { notes: ['no_convention_offence_identified'] },
    source: 'None of UNC Arts 7-17 is supported by the answers given; national law may still apply.',
  },
] as const satisfies readonly Rule[];
