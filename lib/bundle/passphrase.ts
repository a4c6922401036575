/**
 * Passphrases for handover bundles (docs/handover-bundle.md, "Passphrase").
 *
 * ZIP's AES derives its key weakly (PBKDF2-HMAC-SHA1, 1,000 iterations), so the strength must come from the
 * passphrase. The app proposes seven words drawn uniformly at random from a BIP39 wordlist of 2,048 words in the
 * person's language: 7 × 11 = 77 bits. Spanish words lose their accents (ñandú → nandu) so they type the same on
 * any keyboard; the 2,048 words stay distinct without them (checked in passphrase.test.ts).
 *
 * The estimate of a typed passphrase is deliberately simple and errs low:
 * - words all from one of the wordlists: 11 bits per distinct word (exact only if they were drawn at random);
 * - anything else: half of what a random string of that length over the same kinds of characters would carry,
 *   because text people choose is far more predictable than random text. A strong passphrase a person made up
 *   may be underrated; a weak one is never overrated by this rule more than a random string would be.
 * Loaded only when someone opens a bundle's export (the three wordlists weigh about 40 KB).
 */
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';

import type { Locale } from '@/lib/i18n/config';

import { normalisePassphrase } from './bundle-format';

/** The strength below which the app warns: 70 bits. */
export const STRONG_BITS = 70;

/** Words in a generated passphrase: 7 × 11 bits = 77 bits. */
export const GENERATED_WORDS = 7;

const WORD_BITS = 11;

/** Strips accents and lowercases, so á, ñ and ç type as a, n and c. */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const LISTS: Record<Locale, readonly string[]> = {
  en: english,
  es: spanish.map(plainWord),
  pt: portuguese,
};

const LIST_SETS = Object.values(LISTS).map((list) => new Set(list));

/** The wordlist a language's generated passphrases come from (2,048 plain words). */
export function wordlistFor(locale: Locale): readonly string[] {
  return LISTS[locale];
}

/**
 * Seven random words from the language's list, separated by single spaces. `random` fills an array with random
 * values (crypto.getRandomValues by default); 2,048 is a power of two, so masking 11 bits is uniform.
 */
export function generatePassphrase(
  locale: Locale,
  random: (values: Uint16Array) => Uint16Array = (values) => crypto.getRandomValues(values),
): string {
  const list = LISTS[locale];
  const picks = random(new Uint16Array(GENERATED_WORDS));
  return Array.from(picks, (value) => list[value & 0x7ff] ?? '').join(' ');
}

export type PassphraseStrength = { bits: number; isStrong: boolean; kind: 'empty' | 'words' | 'characters' };

/** An honest, simple estimate of a typed passphrase's strength in bits (see the header). */
export function estimateStrength(passphrase: string): PassphraseStrength {
  const text = normalisePassphrase(passphrase);
  if (text === '') return { bits: 0, isStrong: false, kind: 'empty' };
  const words = text
    .split(/[\s\-_.,]+/u)
    .filter((w) => w !== '')
    .map(plainWord);
  if (words.length > 0 && LIST_SETS.some((set) => words.every((w) => set.has(w)))) {
    const bits = new Set(words).size * WORD_BITS;
    return { bits, isStrong: bits >= STRONG_BITS, kind: 'words' };
  }
  const chars = Array.from(text);
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[ -/:-@[-`{-~]/.test(c))) pool += 33;
  if (chars.some((c) => (c.codePointAt(0) ?? 0) > 0x7e)) pool += 100;
  // A character repeating the one before it adds nothing.
  const counted = chars.filter((c, i) => c !== chars[i - 1]).length;
  const bits = Math.floor((counted * Math.log2(Math.max(pool, 2))) / 2);
  return { bits, isStrong: bits >= STRONG_BITS, kind: 'characters' };
}
