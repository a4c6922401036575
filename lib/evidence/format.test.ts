import { describe, expect, it } from 'vitest';

import { formatBytes, formatSizeAgainstSpace, groupHex, progressPercent } from './format';

describe('formatBytes', () => {
  it('picks a unit people know, in each language', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1, 'es')).toBe('1 byte');
    expect(formatBytes(512, 'en')).toMatch(/^512 /);
    expect(formatBytes(4_200_000, 'en')).toBe('4.2 MB');
    expect(formatBytes(4_200_000, 'es')).toBe('4,2 MB');
    expect(formatBytes(1_250_000_000, 'pt-BR')).toBe('1,3 GB');
    expect(formatBytes(12_000, 'en')).toBe('12 kB');
  });

  it('treats nonsense as zero', () => {
    expect(formatBytes(Number.NaN, 'en')).toBe(formatBytes(0, 'en'));
    expect(formatBytes(-5, 'en')).toBe(formatBytes(0, 'en'));
  });
});

describe('formatSizeAgainstSpace', () => {
  it('never shows a larger file and the smaller space as the same number', () => {
    expect(formatSizeAgainstSpace(100_000_000, 99_960_000, 'en')).toEqual({
      size: '100 MB',
      available: '99.9 MB',
    });
    expect(formatSizeAgainstSpace(100_001_000, 100_000_000, 'en')).toEqual({
      size: '100.1 MB',
      available: '100 MB',
    });
    expect(formatSizeAgainstSpace(1_000_000, 999_999, 'pt-BR')).toEqual({
      size: '1 MB',
      available: '999,9 kB',
    });
  });

  it('rounds the file up and the space down', () => {
    expect(formatSizeAgainstSpace(1_010_000, 950_000, 'es')).toEqual({ size: '1,1 MB', available: '950 kB' });
  });
});

describe('groupHex', () => {
  it('splits a SHA-256 into eight groups of eight', () => {
    const hex = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(groupHex(hex)).toEqual([
      'e3b0c442',
      '98fc1c14',
      '9afbf4c8',
      '996fb924',
      '27ae41e4',
      '649b934c',
      'a495991b',
      '7852b855',
    ]);
    expect(groupHex(hex).join('')).toBe(hex);
    expect(groupHex('abcde', 2)).toEqual(['ab', 'cd', 'e']);
    expect(groupHex('')).toEqual([]);
  });
});

describe('progressPercent', () => {
  it('is rounded down, stays within 0 to 100, and an empty file counts as done', () => {
    expect(progressPercent(0, 1000)).toBe(0);
    expect(progressPercent(999, 1000)).toBe(99);
    expect(progressPercent(1000, 1000)).toBe(100);
    expect(progressPercent(2000, 1000)).toBe(100);
    expect(progressPercent(0, 0)).toBe(100);
    expect(progressPercent(Number.NaN, 10)).toBe(0);
  });
});
