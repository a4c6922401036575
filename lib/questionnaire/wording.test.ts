import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { RESPONDENTS } from '../case/enums';
import { flattenKeys } from '../i18n/check-locales';
import { LOCALES } from '../i18n/config';
import { getAllQuestions } from './definition';
import { wordingContext } from './wording';

const CONTEXTS = RESPONDENTS.filter((r) => r !== 'person_harmed');
const ROOT = path.resolve(import.meta.dirname, '../../locales');

/** The dotted keys of a translation file. */
const leaves = (tree: unknown): string[] => [...flattenKeys(tree).keys()];

/** Variants are written for labels, hints, "why we ask" notes, titles and how-to texts only. */
const VARIANT = new RegExp(`\\.(label|hint|why|title|how)_(${[...CONTEXTS, 'card'].join('|')})$`);
const variantKeys = (lang: string, ns: string) =>
  leaves(JSON.parse(readFileSync(path.join(ROOT, lang, `${ns}.json`), 'utf8'))).filter((k) =>
    VARIANT.test(k),
  );

describe('words for who is answering', () => {
  it('speaks to the person harmed by default, and to a parent, a helper or an organisation in their own words', () => {
    expect(wordingContext(null)).toBeUndefined();
    expect(wordingContext('person_harmed')).toBeUndefined();
    for (const c of CONTEXTS) expect(wordingContext(c)).toBe(c);
  });

  it.each(['questionnaire', 'assessment'])(
    'has every %s variant in all three languages, each beside the text it replaces',
    (ns) => {
      const en = variantKeys('en', ns);
      expect(en.length).toBeGreaterThan(10);
      for (const lang of LOCALES) expect(variantKeys(lang, ns).sort(), lang).toEqual([...en].sort());
      const all = leaves(JSON.parse(readFileSync(path.join(ROOT, 'en', `${ns}.json`), 'utf8')));
      for (const key of en) {
        const base = key.replace(new RegExp(`_(${[...CONTEXTS, 'card'].join('|')})$`), '');
        expect(all, key).toContain(base);
      }
    },
  );

  it('never lets a context turn one option into another (options are read with the context too)', () => {
    for (const q of getAllQuestions()) {
      if (!('options' in q)) continue;
      const options: readonly string[] = q.options;
      for (const o of options) for (const c of CONTEXTS) expect(options, q.id).not.toContain(`${o}_${c}`);
    }
  });

  it('has a parent’s and a helper’s version of the safety questions, and a business is not asked about "you"', () => {
    const en = variantKeys('en', 'questionnaire');
    for (const q of ['in_danger_now', 'self_harm_thoughts', 'money_sent', 'country'])
      for (const c of CONTEXTS) expect(en).toContain(`questions.${q}.label_${c}`);
  });
});
