import { describe, expect, it } from 'vitest';

import en from '../../locales/en/assessment.json';
import es from '../../locales/es/assessment.json';
import pt from '../../locales/pt/assessment.json';
import { REFERRAL_KINDS, URGENCIES } from '../case/codes';
import { textAt } from '../i18n/check-locales';
import { INCIDENT_TYPES } from '../questionnaire/options';
import {
  ACTION_IDS,
  BUDAPEST_EQUIVALENTS,
  DEADLINE_CODES,
  NOTE_CODES,
  RIGHT_IDS,
  UNC_ARTICLES,
} from './codes';
import { FACT_IDS } from './facts/facts';

const LANGUAGES = { en, es, pt } as const;

const BUDAPEST = [...new Set(Object.values(BUDAPEST_EQUIVALENTS).filter((b) => b !== null))];

/** Every output code, with the text fields it needs. */
const GROUPS: Array<[group: string, codes: readonly string[], fields: readonly string[]]> = [
  ['urgency', URGENCIES, ['title', 'summary']],
  ['incident_types', INCIDENT_TYPES, []],
  ['offences', UNC_ARTICLES, ['title', 'explanation']],
  ['budapest', BUDAPEST, []],
  ['notes', NOTE_CODES, ['title', 'text']],
  ['rights', RIGHT_IDS, ['title', 'text']],
  ['actions', ACTION_IDS, ['title', 'how']],
  ['deadlines', DEADLINE_CODES, []],
  ['referral_kinds', REFERRAL_KINDS, []],
  ['facts', FACT_IDS, []],
];

describe.each(Object.entries(LANGUAGES))('assessment text in %s', (_lang, tree) => {
  it.each(GROUPS)('has text for every %s code, and nothing else', (group, codes, fields) => {
    const missing: string[] = [];
    for (const code of codes) {
      for (const key of fields.length > 0
        ? fields.map((f) => `${group}.${code}.${f}`)
        : [`${group}.${code}`]) {
        const value = textAt(tree, key);
        if (typeof value !== 'string' || value.trim() === '') missing.push(key);
      }
    }
    expect(missing).toEqual([]);
    const node = textAt(tree, group);
    expect(Object.keys(typeof node === 'object' && node !== null ? node : {}).sort()).toEqual(
      [...codes].sort(),
    );
  });

  it('never blames the person', () => {
    expect(JSON.stringify(tree)).not.toMatch(
      /fell for|careless|gullible|caíste|descuid|ingenu|caiu no golpe|ingénu/i,
    );
  });
});

/**
 * The Convention is not in force anywhere yet (Art. 65): its victim provisions are described as what it provides or
 * asks of countries, never as a claim the person can make today (issue #11, point 4).
 */
describe('victims’ provisions are worded as what the Convention provides', () => {
  const SAYS_CONVENTION_OR_COUNTRIES = {
    en: /Convention|countries/i,
    es: /Convención|países/i,
    pt: /Convenção|países/i,
  };
  const CLAIM_TODAY = { en: /\byou can\b/i, es: /\bpuedes\b/i, pt: /\bvocê pode\b/i };
  it.each(Object.entries(LANGUAGES))('in %s', (lang, tree) => {
    const key = lang as keyof typeof LANGUAGES;
    for (const id of RIGHT_IDS) {
      const text = tree.rights[id].text;
      expect(text, id).toMatch(SAYS_CONVENTION_OR_COUNTRIES[key]);
      expect(text, id).not.toMatch(CLAIM_TODAY[key]);
    }
  });
});
