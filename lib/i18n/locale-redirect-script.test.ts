import vm from 'node:vm';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { detectLocale } from './detect-locale';
import { buildLocaleRedirectScript } from './locale-redirect-script';

function runScript(saved: string | null, languages: string[]): string {
  let target = '';
  const env = {
    localStorage: { getItem: () => saved },
    navigator: { languages, language: languages[0] },
    location: { search: '', hash: '', replace: (url: string) => (target = url) },
  };
  vm.runInNewContext(buildLocaleRedirectScript(), env);
  return target;
}

describe('the root page redirect script', () => {
  it('sends pt-BR, es-MX and fr-FR browsers to Portuguese, Spanish and English', () => {
    expect(runScript(null, ['pt-BR'])).toBe('/pt/');
    expect(runScript(null, ['es-MX'])).toBe('/es/');
    expect(runScript(null, ['fr-FR'])).toBe('/en/');
  });

  it('agrees with detectLocale for any saved value and browser language list', () => {
    const tag = fc.oneof(
      fc.constantFrom('en', 'es', 'pt', 'pt-BR', 'es-419', 'fr-FR', 'ES', 'pt_PT', '', 'de', 'zh-Hant'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.option(tag, { nil: null }), fc.array(tag, { maxLength: 4 }), (saved, languages) => {
        expect(runScript(saved, languages)).toBe(`/${detectLocale(saved, languages)}/`);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
