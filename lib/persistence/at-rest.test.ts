import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { aadFor, CHUNK_BYTES, DamagedRecordError, open, seal } from './at-rest';
import { readCaseKey, readCaseKeys } from './case-keys';
import { createCaseRepository } from './case-repository';
import { createDatabase, type AppDatabase, type CaseRow, type StoredEvidenceRow } from './db';
import { makeStoredCase, snapshotTables } from './testing';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));

/**
 * Known answers for AES-256-GCM: test cases 13, 14 and 16 of McGrew and Viega, "The Galois/Counter Mode of Operation
 * (GCM)", revised 2005, appendix B (the same vectors NIST's GCM validation suite starts from:
 * https://csrc.nist.gov/groups/ST/toolkit/BCM/documents/proposedmodes/gcm/gcm-revised-spec.pdf).
 */
const VECTORS = [
  {
    name: 'test case 13: zero key, zero IV, nothing to encrypt',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    plain: '',
    aad: '',
    cipher: '',
    tag: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'test case 14: zero key, zero IV, one zero block',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    plain: '00'.repeat(16),
    aad: '',
    cipher: 'cea7403d4d606b6e074ec5d3baf39d18',
    tag: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'test case 16: 60 bytes with 20 bytes of additional data',
    key: 'feffe9928665731c6d6a8f9467308308 feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    plain:
      'd9313225f88406e5a55909c5aff5269a 86a7a9531534f7da2e4c303d8a318a72 1c3c0c95956809532fcf0e2449a6b525 b16aedf5aa0de657ba637b39',
    aad: 'feedfacedeadbeeffeedfacedeadbeef abaddad2',
    cipher:
      '522dc1f099567d07f47f37a32a84427d 643a8cdcbfe5c0c97598a2bd2555d1aa 8cb08e48590dbb3da7b08b1056828838 c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM known answers (McGrew and Viega, GCM spec, appendix B)', () => {
  it.each(VECTORS)('$name: encrypts to the published bytes, and opens them back', async (v) => {
    const key = await crypto.subtle.importKey('raw', hex(v.key), 'AES-GCM', false, ['encrypt', 'decrypt']);
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: hex(v.iv), additionalData: hex(v.aad), tagLength: 128 },
      key,
      hex(v.plain),
    );
    expect(Buffer.from(sealed).toString('hex')).toBe((v.cipher + v.tag).replace(/\s/g, ''));
    const opened = await open(key, { iv: hex(v.iv), data: hex(v.cipher + v.tag).buffer }, hex(v.aad));
    expect(Buffer.from(opened).toString('hex')).toBe(v.plain.replace(/\s/g, ''));
  });

  it('refuses the published ciphertext with its tag changed, or with other additional data', async () => {
    const v = VECTORS[2]!;
    const key = await crypto.subtle.importKey('raw', hex(v.key), 'AES-GCM', false, ['decrypt']);
    const data = hex(v.cipher + v.tag);
    data[data.length - 1]! ^= 1;
    await expect(open(key, { iv: hex(v.iv), data: data.buffer }, hex(v.aad))).rejects.toBeInstanceOf(
      DamagedRecordError,
    );
    const intact = hex(v.cipher + v.tag);
    await expect(open(key, { iv: hex(v.iv), data: intact.buffer }, hex('00'))).rejects.toBeInstanceOf(
      DamagedRecordError,
    );
  });
});

let db: AppDatabase;
let name: string;

beforeEach(() => {
  name = `at-rest-${Math.random()}`;
  db = createDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const MARKER = 'MARKER-7f3a-ção-日本';

function fileOf(caseId: string, id: string, bytes: Uint8Array<ArrayBuffer>, type = 'image/png') {
  return {
    id,
    caseId,
    blob: new Blob([bytes], { type }),
    sha256: 'c'.repeat(64),
    sizeBytes: bytes.length,
    addedAt: '2026-11-20T10:00:00.000Z',
  };
}

function patterned(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

describe('keys', () => {
  it('case keys and the root key are non-extractable, and a case key is stored only sealed', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    const caseKey = await readCaseKey(db, stored.case.id);
    const root = await db.vault.get('root');
    for (const key of [caseKey?.key, root?.kind === 'device' ? root.key : undefined]) {
      expect(key?.extractable).toBe(false);
      expect(key?.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
      await expect(crypto.subtle.exportKey('raw', key!)).rejects.toThrow();
    }
    const row = await db.keys.get(stored.case.id);
    expect(Object.keys(row ?? {}).sort()).toEqual(['caseId', 'createdAt', 'keyId', 'wrapped']);
    // 32 bytes of key and the 16-byte tag: the key's bits are in no other form.
    expect((row?.wrapped as { data: ArrayBuffer }).data.byteLength).toBe(48);
  });

  it('uses a fresh 96-bit IV every time: 10,000 seals of the same bytes, no IV twice', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const ivs = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const sealed = await seal(key, new Uint8Array(0), aadFor('case', 'x'));
      expect(sealed.iv.byteLength).toBe(12);
      ivs.add(Buffer.from(sealed.iv).toString('hex'));
    }
    expect(ivs.size).toBe(10_000);
  });

  it('a key row that cannot be opened (root key gone) reports the case damaged, and deletes nothing', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    await db.vault.clear();
    expect((await createCaseRepository(db).listCases())[0]).toMatchObject({
      isDamaged: true,
      reason: 'key_missing',
    });
    expect(await db.cases.count()).toBe(1);
    expect(await db.keys.count()).toBe(1);
  });
  it('reads many case keys at once, the same keys one by one gives, and null for a case without one', async () => {
    const repo = createCaseRepository(db);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const stored = makeStoredCase();
      const id = `00000000-0000-4000-8000-00000000000${i}`;
      await repo.saveCase({ ...stored, case: { ...stored.case, id } });
      ids.push(id);
    }
    const keys = await readCaseKeys(db, [...ids, 'no-such-case']);
    expect(keys.get('no-such-case')).toBeNull();
    for (const id of ids) {
      const one = await readCaseKey(db, id);
      expect(keys.get(id)?.keyId).toBe(one?.keyId);
      // The same key: what one seals, the other opens.
      const sealed = await seal(keys.get(id)!.key, new TextEncoder().encode(id), aadFor('t', id));
      expect(new TextDecoder().decode(await open(one!.key, sealed, aadFor('t', id)))).toBe(id);
    }
  });
});

describe('what is stored', () => {
  it('a case goes in sealed and comes back the same; nothing typed is readable in the stored rows', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: `${MARKER} told me to pay`, title: MARKER });
    await repo.saveCase(stored);
    expect(await repo.loadCase(stored.case.id)).toEqual(stored);
    const row = await db.cases.get(stored.case.id);
    expect(row?.format).toBe('aes-gcm');
    const raw = await snapshotTables(db, ['cases', 'evidenceFiles', 'settings', 'keys', 'vault']);
    expect(raw).not.toContain('MARKER');
    expect(raw).not.toContain(Buffer.from('MARKER').toString('hex'));
  });

  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, Math.floor(2.5 * CHUNK_BYTES)])(
    'an evidence file of %i bytes comes back byte for byte, with its type, in 1 MiB pieces',
    async (size) => {
      const repo = createCaseRepository(db);
      const stored = makeStoredCase();
      await repo.saveCase(stored);
      const bytes = patterned(size);
      await repo.putEvidenceFile(fileOf(stored.case.id, 'ev_1', bytes, 'video/mp4'));
      const row = (await db.evidenceFiles.get('ev_1')) as Extract<StoredEvidenceRow, { format: 'aes-gcm' }>;
      expect(row.format).toBe('aes-gcm');
      expect(row.chunks).toHaveLength(Math.max(1, Math.ceil(size / CHUNK_BYTES)));
      const back = await repo.getEvidenceFile('ev_1');
      expect(back?.blob.type).toBe('video/mp4');
      expect(back?.sizeBytes).toBe(size);
      expect(back?.sha256).toBe('c'.repeat(64));
      // Compared as buffers: a deep equality over millions of elements would take seconds.
      expect(Buffer.from(await back!.blob.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    },
  );

  it('pieces swapped, dropped, or moved to another file are each reported as damage', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase();
    await repo.saveCase(stored);
    await repo.putEvidenceFile(fileOf(stored.case.id, 'ev_a', patterned(2 * CHUNK_BYTES + 5)));
    await repo.putEvidenceFile(fileOf(stored.case.id, 'ev_b', patterned(10)));
    const a = (await db.evidenceFiles.get('ev_a')) as Extract<StoredEvidenceRow, { format: 'aes-gcm' }>;
    const b = (await db.evidenceFiles.get('ev_b')) as Extract<StoredEvidenceRow, { format: 'aes-gcm' }>;
    const variants: StoredEvidenceRow[] = [
      { ...a, chunks: [a.chunks[1], a.chunks[0], a.chunks[2]] },
      { ...a, chunks: a.chunks.slice(0, 2) },
      { ...a, id: 'ev_b', meta: a.meta },
      { ...b, chunks: [a.chunks[2]] },
    ];
    for (const variant of variants) {
      await db.evidenceFiles.put(variant);
      await expect(repo.getEvidenceFile(variant.id)).rejects.toBeInstanceOf(DamagedRecordError);
    }
    // A case row copied under another case's id does not open either.
    const other = makeStoredCase();
    await repo.saveCase(other);
    const row = (await db.cases.get(stored.case.id))!;
    await db.cases.put({ ...row, id: other.case.id });
    expect(await repo.loadCase(other.case.id)).toBeNull();
  });
});

describe('1,000 random bit flips in stored ciphertext (fast-check, fixed seed)', () => {
  it('each one is reported as a damaged record: never shown, never a crash, nothing else touched', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: MARKER });
    const neighbour = makeStoredCase({ account: 'neighbour' });
    await repo.saveCase(stored);
    await repo.saveCase(neighbour);
    // A small file: one piece, so the run stays quick (pieces' order and count are checked above).
    await repo.putEvidenceFile(fileOf(stored.case.id, 'ev_1', patterned(300)));
    const caseRow = (await db.cases.get(stored.case.id))!;
    const fileRow = (await db.evidenceFiles.get('ev_1')) as Extract<StoredEvidenceRow, { format: 'aes-gcm' }>;
    type Piece = { iv: Uint8Array; data: ArrayBuffer };
    const casePiece = caseRow.payload as Piece;
    // Evidence pieces are stored with their ciphertext in a Blob.
    const chunkPieces = await Promise.all(
      fileRow.chunks.map(async (c) => {
        const { iv, data } = c as { iv: Uint8Array; data: Blob };
        return { iv, data: await data.arrayBuffer() };
      }),
    );
    const pieces: { where: string; piece: Piece }[] = [
      { where: 'case', piece: casePiece },
      { where: 'meta', piece: fileRow.meta as Piece },
      ...chunkPieces.map((piece, i) => ({ where: `chunk ${i}`, piece })),
    ];
    const flip = (piece: Piece, bit: number): Piece => {
      const all = new Uint8Array(piece.iv.byteLength + piece.data.byteLength);
      all.set(piece.iv);
      all.set(new Uint8Array(piece.data), piece.iv.byteLength);
      all[bit >> 3]! ^= 1 << (bit & 7);
      return { iv: all.slice(0, piece.iv.byteLength), data: all.slice(piece.iv.byteLength).buffer };
    };

    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: pieces.length - 1 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (which, position) => {
          const { where, piece } = pieces[which]!;
          const bits = (piece.iv.byteLength + piece.data.byteLength) * 8;
          const changed = flip(piece, Math.floor(position * bits));
          if (where === 'case') {
            await db.cases.put({ ...caseRow, payload: changed } satisfies CaseRow);
            const summary = (await repo.listCases()).find((c) => c.id === stored.case.id);
            expect(summary).toMatchObject({ isDamaged: true, reason: 'undecryptable' });
            expect(await repo.loadCase(stored.case.id)).toBeNull();
            expect((await repo.loadCase(neighbour.case.id))?.case.account).toBe('neighbour');
            // Reported, and left exactly as it was found.
            expect(await db.cases.get(stored.case.id)).toEqual({ ...caseRow, payload: changed });
            await db.cases.put(caseRow);
          } else {
            const variant =
              where === 'meta'
                ? { ...fileRow, meta: changed }
                : {
                    ...fileRow,
                    chunks: fileRow.chunks.map((c, i) => (`chunk ${i}` === where ? changed : c)),
                  };
            await db.evidenceFiles.put(variant);
            await expect(repo.getEvidenceFile('ev_1')).rejects.toMatchObject({
              name: 'DamagedRecordError',
              code: 'undecryptable',
            });
            await db.evidenceFiles.put(fileRow);
          }
        },
      ),
      { numRuns: 1000, seed: 20261202 },
    );
    // Put back as it was, everything opens again.
    expect((await repo.loadCase(stored.case.id))?.case.account).toBe(MARKER);
    expect((await repo.getEvidenceFile('ev_1'))?.sizeBytes).toBe(300);
  });
});

describe('without Web Crypto (a page served over plain http)', () => {
  it('stores nothing, not even in plain text, and says storage is unavailable', async () => {
    const repo = createCaseRepository(db);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: real.getRandomValues.bind(real),
      randomUUID: real.randomUUID.bind(real),
    });
    try {
      await expect(repo.saveCase(makeStoredCase({ account: MARKER }))).rejects.toMatchObject({
        name: 'StorageError',
        code: 'unavailable',
      });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await db.cases.count()).toBe(0);
  });
});

describe('deleting', () => {
  it('deleting a case deletes its key: its rows, copied before, can no longer be opened (crypto-shredding)', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: MARKER });
    const kept = makeStoredCase({ account: 'kept' });
    await repo.saveCase(stored);
    await repo.saveCase(kept);
    await repo.putEvidenceFile(fileOf(stored.case.id, 'ev_1', patterned(100)));
    // What a copy of the browser's files taken before the deletion could still hold.
    const oldCase = (await db.cases.get(stored.case.id))!;
    const oldFile = (await db.evidenceFiles.get('ev_1'))!;
    expect(await db.keys.get(stored.case.id)).toBeDefined();

    await repo.deleteCase(stored.case.id);
    expect(await db.keys.get(stored.case.id)).toBeUndefined();
    expect(await db.keys.get(kept.case.id)).toBeDefined();

    await db.cases.put(oldCase);
    await db.evidenceFiles.put(oldFile);
    expect((await repo.listCases()).find((c) => c.id === stored.case.id)).toMatchObject({
      isDamaged: true,
      reason: 'key_missing',
    });
    expect(await repo.loadCase(stored.case.id)).toBeNull();
    await expect(repo.getEvidenceFile('ev_1')).rejects.toMatchObject({ code: 'key_missing' });
    expect((await repo.loadCase(kept.case.id))?.case.account).toBe('kept');
  });

  it('a save of a case deleted in another tab meanwhile is not written with the deleted key', async () => {
    const repo = createCaseRepository(db);
    const stored = makeStoredCase({ account: 'first' });
    await repo.saveCase(stored);
    const base = stored.case;
    await createCaseRepository(db).deleteCase(stored.case.id);
    await expect(
      repo.saveChanges({ ...stored, case: { ...stored.case, account: 'second' } }, base),
    ).rejects.toMatchObject({ code: 'deleted' });
    expect(await db.cases.count()).toBe(0);
  });
});
