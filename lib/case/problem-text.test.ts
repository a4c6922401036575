import { readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createEmptyCase, parseCaseFile, serializeCaseFile } from '@/lib/case/case-file';
import { PROBLEM_CODES } from '@/lib/case/problems';
import { caseArbitrary } from '@/lib/questionnaire/testing/arbitraries';
import { RESOURCES as EN } from '@/locales/en';
import { RESOURCES as ES } from '@/locales/es';
import { RESOURCES as PT } from '@/locales/pt';

import { LOCALES } from '@/lib/i18n/config';
import { createI18n } from '@/lib/i18n/create-i18n';
import { describeCaseFileError, describeProblem } from './problem-text';

const BUNDLES = { en: EN, es: ES, pt: PT };
const translators = LOCALES.map((locale) => createI18n(locale, BUNDLES[locale]));

/** Replaces one value somewhere in a JSON tree, chosen by the generator, with a hostile one. */
function mutate(value: unknown, route: number[], replacement: unknown): unknown {
  if (route.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step = 0, ...rest] = route;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = step % value.length;
    return (value as unknown[]).map((v, j) => (j === i ? mutate(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] ?? '';
  return { ...value, [key]: mutate((value as Record<string, unknown>)[key], rest, replacement) };
}

describe('problems with a case are told in the reader’s language', () => {
  it('has words for every problem code in every language', () => {
    for (const t of translators) {
      for (const code of PROBLEM_CODES) {
        expect(t.exists(`common:problems.${code}`), `${t.language} ${code}`).toBe(true);
        expect(describeProblem(t.t, code, { max: 5, min: 1, version: 9, newest: 3, oldest: 1 })).not.toMatch(
          /{{|}}/,
        );
      }
    }
  });

  it('gives every check in the case schema a problem code, not library words', () => {
    const source = readFileSync(path.resolve(import.meta.dirname, 'schema.ts'), 'utf8');
    const given = [...source.matchAll(/(?:error|message): '([^']*)'/g)].map((m) => m[1]);
    expect(given.length).toBeGreaterThan(10);
    for (const code of given) expect(PROBLEM_CODES).toContain(code);
  });

  it('turns 2,000 damaged case files into a known code, with words in all three languages', () => {
    const valid = JSON.parse(
      serializeCaseFile(createEmptyCase({ id: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f', now: new Date(0) })),
    ) as unknown;
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(-1, 1e13, 1.5, '', 'x'.repeat(300), '2026-02-31', [], {}, null, true),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(valid), caseArbitrary({ maxRecords: 2 })),
        fc.array(fc.nat(), { maxLength: 5 }),
        hostile,
        (base, route, replacement) => {
          const result = parseCaseFile(mutate(base, route, replacement));
          if (result.ok) return;
          expect(PROBLEM_CODES).toContain(result.error.code);
          for (const t of translators) {
            expect(t.exists(`common:problems.${result.error.code}`)).toBe(true);
            const words = describeCaseFileError(t.t, result.error);
            expect(words).not.toMatch(
              /Invalid input|Too (small|big)|Unrecognized key|expected (number|string|record|array)|{{/,
            );
          }
        },
      ),
      { seed: 42, numRuns: 2_000 },
    );
  });

  it('reads out a wrong amount the way a person can act on it', () => {
    const [en, es, pt] = translators;
    const error = { path: 'payments[2].amount', code: 'expected_number', values: {} } as const;
    expect(describeCaseFileError(en!.t, error)).toBe('payments[2].amount: Write a number here.');
    expect(describeCaseFileError(es!.t, error)).toBe('payments[2].amount: Escribe un número aquí.');
    expect(describeCaseFileError(pt!.t, error)).toBe('payments[2].amount: Escreva um número aqui.');
  });
});
