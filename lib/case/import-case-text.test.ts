import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createTranslate } from '@/lib/i18n/create-i18n';

import { IMPORT_FILE_PROBLEMS } from './import-case';
import { describeImportRefusal } from './import-case-text';

const LOCALES = ['en', 'es', 'pt'] as const;

function translator(locale: (typeof LOCALES)[number]) {
  const common = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, `../../locales/${locale}/common.json`), 'utf8'),
  ) as Record<string, unknown>;
  return createTranslate(locale, { common }, { strict: true });
}

describe('the words for a refused import', () => {
  it('name each problem of the file in all three languages, with the size limit', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      const texts = IMPORT_FILE_PROBLEMS.map((code) => describeImportRefusal(t, { kind: 'file', code }));
      expect(new Set(texts).size).toBe(IMPORT_FILE_PROBLEMS.length);
      expect(describeImportRefusal(t, { kind: 'file', code: 'file_too_large' })).toContain('10 MB');
    }
  });

  it('say "update the app" for a newer version, and name the field of a case file problem', () => {
    const expected = { en: /Update the app/, es: /Actualiza la app/, pt: /Atualize o app/ };
    for (const locale of LOCALES) {
      const t = translator(locale);
      const newer = describeImportRefusal(t, {
        kind: 'case_file',
        error: { path: 'schemaVersion', code: 'newer_version', values: { version: 9, newest: 3 } },
      });
      expect(newer).toMatch(expected[locale]);
      const field = describeImportRefusal(t, {
        kind: 'case_file',
        error: { path: 'payments[2].amount', code: 'expected_number', values: {} },
      });
      expect(field.startsWith('payments[2].amount: ')).toBe(true);
    }
  });
});
