import { describe, expect, it } from 'vitest';

import {
  UnsafeManifestEntryError,
  buildEvidencePaths,
  buildSha256Sums,
  isSafeRelativePath,
  sanitiseFileName,
} from './sha256sums';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

describe('buildSha256Sums', () => {
  it('writes GNU coreutils lines (hash, two spaces, path) sorted by path', () => {
    const text = buildSha256Sums([
      { path: 'payments.csv', sha256: HASH_B },
      { path: 'case.json', sha256: HASH_A.toUpperCase() },
      { path: 'evidence/001-a b.png', sha256: HASH_A },
    ]);
    expect(text).toBe(`${HASH_A}  case.json\n${HASH_A}  evidence/001-a b.png\n${HASH_B}  payments.csv\n`);
  });

  it.each([
    '../escape.txt',
    'evidence/../../etc/passwd',
    '/etc/passwd',
    'C:/Windows/x',
    'evidence\\x.png',
    'a\nb.txt',
    'nul\u0000.txt',
    'lone\uD800surrogate.txt',
    'evidence//x',
    './x',
    '',
  ])('refuses the unsafe path %j', (path) => {
    expect(() => buildSha256Sums([{ path, sha256: HASH_A }])).toThrow(UnsafeManifestEntryError);
  });

  it('refuses duplicate paths and malformed hashes', () => {
    const twice = [
      { path: 'case.json', sha256: HASH_A },
      { path: 'case.json', sha256: HASH_B },
    ];
    expect(() => buildSha256Sums(twice)).toThrow(/duplicate_path/);
    expect(() => buildSha256Sums([{ path: 'x', sha256: 'abc' }])).toThrow(/bad_hash/);
  });
});

describe('buildEvidencePaths', () => {
  it('numbers files so that equal names stay distinct', () => {
    expect(buildEvidencePaths(['chat.png', 'chat.png', 'CHAT.png'])).toEqual([
      'evidence/001-chat.png',
      'evidence/002-chat.png',
      'evidence/003-CHAT.png',
    ]);
  });

  it('widens the number past 999 files', () => {
    const paths = buildEvidencePaths(Array.from({ length: 1000 }, () => 'x.png'));
    expect(paths[0]).toBe('evidence/0001-x.png');
    expect(paths[999]).toBe('evidence/1000-x.png');
  });

  it('only ever produces safe paths', () => {
    const hostile = [
      '../../etc/passwd',
      'C:\\boot.ini',
      'a\nb\r\tc.png',
      '...',
      '',
      '\u0000',
      'con:x',
      '  .hidden  ',
    ];
    for (const path of buildEvidencePaths(hostile)) expect(isSafeRelativePath(path), path).toBe(true);
  });
});

describe('sanitiseFileName', () => {
  it('keeps letters of any script and the extension', () => {
    expect(sanitiseFileName('Captura de ecrã — João.png')).toBe('Captura de ecrã — João.png');
    expect(sanitiseFileName('Москва αθήνα.jpg')).toBe('Москва αθήνα.jpg');
  });

  it('replaces separators and characters Windows forbids, and drops leading dots', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitiseFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(sanitiseFileName('...')).toBe('file');
  });

  it('replaces a lone surrogate, which has no UTF-8 form, with U+FFFD', () => {
    expect(sanitiseFileName('a\uD800b 🦊.png')).toBe('a\uFFFDb 🦊.png');
  });

  it('shortens long names but keeps the extension', () => {
    const name = sanitiseFileName(`${'x'.repeat(300)}.jpeg`);
    expect(Array.from(name)).toHaveLength(80);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});
