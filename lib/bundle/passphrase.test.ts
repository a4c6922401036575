import { describe, expect, it } from 'vitest';

import { LOCALES } from '@/lib/i18n/config';

import {
  estimateStrength,
  generatePassphrase,
  GENERATED_WORDS,
  STRONG_BITS,
  wordlistFor,
} from './passphrase';
import { normalisePassphrase } from './bundle-format';

describe('generated passphrases', () => {
  it.each(LOCALES)('%s: seven words from a list of 2,048 distinct plain words, 77 bits', (locale) => {
    const list = wordlistFor(locale);
    expect(list).toHaveLength(2048);
    expect(new Set(list).size).toBe(2048);
    for (const word of list) expect(word).toMatch(/^[a-z]+$/);
    const phrase = generatePassphrase(locale);
    const words = phrase.split(' ');
    expect(words).toHaveLength(GENERATED_WORDS);
    for (const word of words) expect(list).toContain(word);
    expect(GENERATED_WORDS * Math.log2(list.length)).toBeGreaterThanOrEqual(STRONG_BITS);
    expect(estimateStrength(phrase).bits).toBeLessThanOrEqual(77);
  });

  it('uses the language of the app', () => {
    const first = (locale: (typeof LOCALES)[number]) =>
      generatePassphrase(locale, (v) => v.fill(0)).split(' ')[0];
    expect(first('en')).toBe('abandon');
    expect(first('es')).toBe('abaco'); // ábaco, without its accent
    expect(first('pt')).toBe('abacate');
  });

  it('draws every word from all 2,048 (11 random bits each)', () => {
    const list = wordlistFor('en');
    const last = generatePassphrase('en', (v) => v.fill(0xffff)).split(' ');
    expect(last.every((w) => w === list[2047])).toBe(true);
    const phrases = new Set(Array.from({ length: 50 }, () => generatePassphrase('en')));
    expect(phrases.size).toBe(50);
  });
});

describe('the strength estimate', () => {
  it('counts 11 bits per distinct wordlist word', () => {
    expect(estimateStrength('abandon ability able about above absent absorb')).toMatchObject({
      bits: 77,
      isStrong: true,
      kind: 'words',
    });
    expect(estimateStrength('abandon abandon abandon abandon abandon abandon abandon').bits).toBe(11);
    expect(estimateStrength('Ábaco abdomen abeja').bits).toBe(33);
  });

  it('warns on a short or everyday passphrase', () => {
    for (const weak of [
      '',
      'password',
      'Maria1985!',
      'my dog is called rex',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ])
      expect(estimateStrength(weak).isStrong, weak).toBe(false);
  });

  it('gives free text half the bits a random string of its characters would carry', () => {
    // 30 lowercase letters, no repeats in a row: 30 × log2(26) / 2 ≈ 70.5.
    expect(estimateStrength('qwfpgjluyarstdhneiozxcvbkmqwfp')).toMatchObject({ bits: 70, isStrong: true });
    expect(estimateStrength('qwfpgjluyarstdhneiozxcvbkm').isStrong).toBe(false);
  });

  it('normalises spaces and Unicode form the same way on export and import', () => {
    expect(normalisePassphrase('  caña\u00a0  azúcar ')).toBe('caña azúcar');
    expect(normalisePassphrase('can\u0303a')).toBe('caña');
  });
});
