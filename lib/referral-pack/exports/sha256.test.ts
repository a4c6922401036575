import { createHash, randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { sha256Hex, sha256HexOfText } from './sha256';

describe('sha256Hex', () => {
  it('gives the known answers for "" and "abc"', async () => {
    expect(await sha256HexOfText('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256HexOfText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives the known answer for the two-block NIST message', async () => {
    const message = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(await sha256HexOfText(message)).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto around the block boundaries and on random sizes', async () => {
    const sizes = [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65_536, 1_000_003];
    for (const size of sizes) {
      const bytes = new Uint8Array(randomBytes(size));
      expect(await sha256Hex(bytes), `size ${size}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('hashes only the bytes a view covers, and accepts an ArrayBuffer', async () => {
    const whole = new TextEncoder().encode('xxabcxx');
    expect(await sha256Hex(whole.subarray(2, 5))).toBe(await sha256HexOfText('abc'));
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer)).toBe(await sha256HexOfText('abc'));
  });

  it('hashes text as UTF-8', async () => {
    expect(await sha256HexOfText('ação')).toBe(createHash('sha256').update('ação', 'utf8').digest('hex'));
  });
});
