/**
 * Victims' rights under the UN Convention: Art. 34 paragraph by paragraph, Art. 33 and Art. 52
 * (docs/sources.md, "UN Convention against Cybercrime"; all R: recollection of the official text, substance corroborated by UN
 * News).
 * They apply to victims of Convention offences, so they read the offences found.
 */
import type { Rule } from '../types';

const CONTENT_OFFENCE = {
  any: [{ offence: 'unc_14' }, { offence: 'unc_15' }, { offence: 'unc_16' }],
} as const;

export const RIGHTS_RULES = [
  {
    id: 'right_unc34_1_assistance',
    when: { offence: 'any' },
    then: { rights: ['unc_34_1'] },
    source:
      'UNC Art. 34(1) (R): assistance and protection of victims, especially against retaliation or intimidation.',
  },
  {
    id: 'right_unc34_2_compensation',
    when: { all: [{ offence: 'any' }, { fact: 'money_lost' }] },
    then: { rights: ['unc_34_2'] },
    source: 'UNC Art. 34(2) (R): access to compensation and restitution.',
  },
  {
    id: 'right_unc34_3_views',
    when: { offence: 'any' },
    then: { rights: ['unc_34_3'] },
    source: 'UNC Art. 34(3) (R): views and concerns presented and considered in criminal proceedings.',
  },
  {
    id: 'right_unc34_4_recovery',
    when: CONTENT_OFFENCE,
    then: { rights: ['unc_34_4'] },
    source: 'UNC Art. 34(4) (R): physical and psychological recovery for victims of Arts 14-16.',
  },
  {
    id: 'right_unc34_5_needs',
    when: CONTENT_OFFENCE,
    then: { rights: ['unc_34_5'] },
    source:
      'UNC Art. 34(5) (R): age, gender and particular needs, including of children, taken into account.',
  },
  {
    id: 'right_unc34_6_removal',
    when: { any: [{ offence: 'unc_14' }, { offence: 'unc_16' }] },
    then: { rights: ['unc_34_6'] },
    source:
      'UNC Art. 34(6) (R; exact wording not verified, docs/sources.md, "UN Convention against Cybercrime"): removal of Art. 14 and Art. 16 content.',
  },
  {
    id: 'right_unc33_witness',
    when: {
      all: [
        { offence: 'any' },
        { any: [{ fact: 'threatened_for_reporting' }, { fact: 'threat_of_violence' }] },
      ],
    },
    then: { rights: ['unc_33'] },
    source:
      'UNC Art. 33 (R/C): protection of witnesses, including victims who are witnesses, from retaliation or intimidation.',
  },
  {
    id: 'right_unc52_return',
    when: { all: [{ offence: 'any' }, { fact: 'money_lost' }] },
    then: { rights: ['unc_52'] },
    source:
      'UNC Art. 52 (R/C): confiscated proceeds may be returned to compensate victims or return property to its owners.',
  },
] as const satisfies readonly Rule[];
