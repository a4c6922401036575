import { describe, expect, it } from 'vitest';

import { detectLocale } from './detect-locale';

describe('detectLocale', () => {
  it('uses the language the person chose before, whatever the browser says', () => {
    expect(detectLocale('pt', ['es-MX', 'en-US'])).toBe('pt');
  });

  it('ignores a saved value that is not one of our languages', () => {
    expect(detectLocale('fr', ['es-AR'])).toBe('es');
    expect(detectLocale('', ['pt-PT'])).toBe('pt');
  });

  it('picks Brazilian and European Portuguese as Portuguese', () => {
    expect(detectLocale(null, ['pt-BR'])).toBe('pt');
    expect(detectLocale(null, ['pt-PT', 'en'])).toBe('pt');
  });

  it('picks Spanish for any Spanish-speaking region', () => {
    expect(detectLocale(null, ['es-MX'])).toBe('es');
    expect(detectLocale(null, ['es_419'])).toBe('es');
    expect(detectLocale(null, ['ES'])).toBe('es');
  });

  it('walks the browser list in order until it finds a language we speak', () => {
    expect(detectLocale(null, ['fr-FR', 'de', 'es-CO', 'en'])).toBe('es');
  });

  it('falls back to English when nothing matches or nothing is known', () => {
    expect(detectLocale(null, ['fr-FR'])).toBe('en');
    expect(detectLocale(undefined, [])).toBe('en');
  });
});
