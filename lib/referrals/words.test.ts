/**
 * Words the directory uses (issue 11, "Words"): texts about Portugal's services use Portugal's terms, not Brazil's;
 * Spanish stays neutral; the Convention's confiscation article is not worded as a seizure.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LOCALES } from '../i18n/config';
import { DIRECTORY } from './directory';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');

function readJson(locale: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, locale, file), 'utf8')) as unknown;
}

/** Every string in a JSON value, with its key path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

type EntryTexts = Record<string, Record<string, string>>;
const entriesIn = (locale: string) => (readJson(locale, 'referrals.json') as { entries: EntryTexts }).entries;

// Brazilian terms for reporting a crime and Brazilian everyday words, with what Portugal says instead.
const BRAZILIAN_TERMS: Array<[RegExp, string]> = [
  [/boletim de ocorr[êe]ncia/i, 'queixa'],
  [/\bBO\b/, 'queixa'],
  [/\bregistr(ar|e|o|a|em)\b/i, 'registar / apresentar queixa'],
  [/delegacia/i, 'esquadra / posto'],
  [/\bgolpes?\b/i, 'burla'],
  [/\bcelular/i, 'telemóvel'],
];

describe('texts about Portugal’s services', () => {
  const portugal = DIRECTORY.filter((e) => e.country === 'PT').map((e) => e.id);
  const pt = entriesIn('pt');

  it('exist in Portuguese for every Portuguese entry', () => {
    for (const id of portugal) expect(pt[id]?.purpose, id).toBeTruthy();
  });

  it.each(BRAZILIAN_TERMS)('never use the Brazilian term %s (Portugal says "%s")', (term) => {
    const found = portugal.flatMap((id) =>
      Object.entries(pt[id] ?? {})
        .filter(([, text]) => term.test(text))
        .map(([field, text]) => `${id}.${field}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('call a report to the police a "queixa"', () => {
    for (const id of ['pt_queixa_eletronica', 'pt_112', 'pt_cncs_cert', 'pt_banco_de_portugal'])
      expect(JSON.stringify(pt[id]), id).toMatch(/queixa/i);
  });
});

describe('Spanish stays neutral', () => {
  it.each(['match', 'dossier'])('no text in Spanish says "%s"', (word) => {
    const files = fs.readdirSync(path.join(LOCALES_DIR, 'es')).filter((f) => f.endsWith('.json'));
    const found = files.flatMap((file) =>
      strings(readJson('es', file))
        .filter(([, text]) => text.toLowerCase().includes(word))
        .map(([key]) => `${file}:${key}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the Convention’s confiscation article (Art. 52)', () => {
  it.each(LOCALES)('is not worded as a seizure in %s ("apreendido" is seized, not confiscated)', (locale) => {
    const files = fs.readdirSync(path.join(LOCALES_DIR, locale)).filter((f) => f.endsWith('.json'));
    const found = files.flatMap((file) =>
      strings(readJson(locale, file))
        .filter(([, text]) => /apreendid/i.test(text))
        .map(([key]) => `${file}:${key}`),
    );
    expect(found).toEqual([]);
  });
});

describe('a card’s words match its facts', () => {
  it.each(LOCALES)('in %s, no card points to "the other number" when it has only one', (locale) => {
    const texts = entriesIn(locale);
    const other = /\b(other|otro|outro) (number|número)\b/i;
    const found = DIRECTORY.filter((e) => e.phones.length < 2)
      .filter((e) => other.test(JSON.stringify(texts[e.id] ?? {})))
      .map((e) => e.id);
    expect(found).toEqual([]);
  });
});

describe('Brazil’s Central Bank complaint channel', () => {
  it.each([
    ['en', /not where you report a scam/i],
    ['es', /no es el lugar para denunciar una estafa/i],
    ['pt', /não é o canal para denunciar um golpe/i],
  ] as const)('says in %s that it is not where a scam is reported', (locale, says) => {
    expect(entriesIn(locale).br_bcb?.not_for).toMatch(says);
  });
});
