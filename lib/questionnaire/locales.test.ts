import { describe, expect, it } from 'vitest';

import en from '../../locales/en/questionnaire.json';
import es from '../../locales/es/questionnaire.json';
import pt from '../../locales/pt/questionnaire.json';
import { textAt } from '../i18n/check-locales';
import { getAllQuestions, QUESTIONNAIRE, SECTIONS } from './definition';
import { RECORD_FIELDS, RECORD_LISTS, RECORD_OPTIONS } from './records';

const LANGUAGES = { en, es, pt } as const;

function keysAt(tree: unknown, path: string): string[] {
  const node = textAt(tree, path);
  return typeof node === 'object' && node !== null ? Object.keys(node).sort() : [];
}

/** Every text key the definition needs, derived from the ids. */
function requiredKeys(): string[] {
  const keys = [
    ...SECTIONS.map((id) => `sections.${id}.title`),
    ...QUESTIONNAIRE.steps.map((s) => `steps.${s.id}.title`),
  ];
  for (const q of getAllQuestions()) {
    keys.push(`questions.${q.id}.label`);
    if (q.hint) keys.push(`questions.${q.id}.hint`);
    if (q.whyWeAsk) keys.push(`questions.${q.id}.why`);
    if ('options' in q) for (const o of q.options) keys.push(`questions.${q.id}.options.${o}`);
  }
  for (const list of RECORD_LISTS) {
    keys.push(`records.${list}.title`, `records.${list}.add`);
    for (const field of RECORD_FIELDS[list]) keys.push(`records.${list}.fields.${field.key}.label`);
  }
  for (const [id, options] of Object.entries(RECORD_OPTIONS))
    for (const o of options) keys.push(`records.options.${id}.${o}`);
  return keys;
}

describe.each(Object.entries(LANGUAGES))('questionnaire text in %s', (_lang, tree) => {
  it('has non-empty text for every section, step, question, hint, "why we ask" note, option and record field', () => {
    const missing = requiredKeys().filter((key) => {
      const value = textAt(tree, key);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('has no text for questions, steps or options the definition does not have', () => {
    expect(keysAt(tree, 'sections')).toEqual([...SECTIONS].sort());
    expect(keysAt(tree, 'steps')).toEqual(QUESTIONNAIRE.steps.map((s) => s.id).sort());
    expect(keysAt(tree, 'questions')).toEqual(
      getAllQuestions()
        .map((q) => q.id)
        .sort(),
    );
    for (const q of getAllQuestions()) {
      const options = 'options' in q ? [...q.options].sort() : [];
      expect(keysAt(tree, `questions.${q.id}.options`), q.id).toEqual(options);
      expect(textAt(tree, `questions.${q.id}.hint`) !== undefined, `${q.id} hint`).toBe(q.hint === true);
      expect(textAt(tree, `questions.${q.id}.why`) !== undefined, `${q.id} why`).toBe(q.whyWeAsk === true);
    }
  });

  it('explains why we ask every sensitive question', () => {
    for (const q of getAllQuestions()) if (q.sensitive) expect(q.whyWeAsk, q.id).toBe(true);
  });

  it('never uses the words that blame ("fell for", "careless", "gullible")', () => {
    expect(JSON.stringify(tree)).not.toMatch(
      /fell for|careless|gullible|caíste|descuid|ingenu|caiu no golpe|ingénu/i,
    );
  });
});
