/**
 * The passphrase lock, the storage side (issue 15, point 2; the screens: components/lock/, lock-session.ts). When it
 * is on, the root key that seals every case key (case-keys.ts) is no longer stored as a Web Crypto key: its 256 bits
 * are stored sealed under a key derived from the passphrase with PBKDF2-HMAC-SHA256, 600,000 iterations by default
 * (OWASP's figure for SHA-256; the reliability notes, section 2.1), with a random 128-bit salt. The parameters are
 * stored with the vault row, so they can be raised later by re-sealing that row. Web Crypto derives the key
 * asynchronously, off the page's main thread in browsers. The passphrase is normalised to NFC first, so "é" typed as
 * one character or as two derives the same key.
 *
 * Turning the lock on or off re-seals every case key and the vault row in one transaction; changing the passphrase
 * re-seals the vault row only. Interrupted at any point (the page closed, the write failed), the data stays readable
 * with the old passphrase (or none) or with the new one, never neither: nothing is written until everything is ready,
 * and the one transaction is all or nothing. A forgotten passphrase cannot be recovered.
 */
import { aadFor, DamagedRecordError, open, seal, subtle } from './at-rest';
import {
  forgetUnlockedRoot,
  importCaseKey,
  KEY_BYTES,
  keyAad,
  rememberUnlockedRoot,
  rootKeyOf,
} from './case-keys';
import type { AppDatabase, KdfParams, StoredKeyRow, VaultRow } from './db';

/** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256 with at least 600,000 iterations. */
export const PBKDF2_ITERATIONS = 600_000;

const SALT_BYTES = 16;

/** The passphrase given does not open the vault. The same error, and so the same words, every time. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('passphrase: wrong');
    this.name = 'WrongPassphraseError';
  }
}

/** The vault changed while a change of the lock was being prepared (another tab): nothing was written. */
export class VaultChangedError extends Error {
  constructor() {
    super('vault: changed meanwhile');
    this.name = 'VaultChangedError';
  }
}

/** PBKDF2-HMAC-SHA256 of the passphrase (normalised to NFC): `bits` bits. */
export async function derivePassphraseBits(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  bits = 256,
): Promise<ArrayBuffer> {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, bits);
}

async function passphraseKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const bits = new Uint8Array(
    await derivePassphraseBits(passphrase, new Uint8Array(kdf.salt), kdf.iterations),
  );
  return importCaseKey(bits);
}

const rootAad = (rootId: string) => aadFor('root', rootId);

type PassphraseVault = Extract<VaultRow, { kind: 'passphrase' }>;

async function readVault(db: AppDatabase): Promise<VaultRow | undefined> {
  return db.vault.get('root');
}

/** The root key's bits, opened with the passphrase; a wrong passphrase is a WrongPassphraseError. */
async function openRootBits(vault: PassphraseVault, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const kek = await passphraseKey(passphrase, vault.kdf);
  try {
    const bits = (await open(kek, vault.wrapped, rootAad(vault.rootId))) as Uint8Array<ArrayBuffer>;
    if (bits.byteLength !== KEY_BYTES) throw new DamagedRecordError('undecryptable');
    return bits;
  } catch (error) {
    if (error instanceof DamagedRecordError) throw new WrongPassphraseError();
    throw error;
  }
}

/** Whether the lock is on for this database. */
export async function isLockOn(db: AppDatabase): Promise<boolean> {
  return (await readVault(db))?.kind === 'passphrase';
}

/** Gives this page the passphrase: the data can be opened until `lock`. */
export async function unlock(db: AppDatabase, passphrase: string): Promise<void> {
  const vault = await readVault(db);
  if (vault?.kind !== 'passphrase') return;
  rememberUnlockedRoot(db, vault.rootId, await importCaseKey(await openRootBits(vault, passphrase)));
}

/** Locks: the unlocked root key is forgotten in this page. */
export function lock(db: AppDatabase): void {
  forgetUnlockedRoot(db);
}

/** Every case key's bits, opened with the current root; a row that cannot be opened is left out (and kept). */
async function openAllCaseKeys(
  db: AppDatabase,
  root: CryptoKey,
): Promise<{ row: StoredKeyRow; bits: Uint8Array<ArrayBuffer> }[]> {
  const opened = [];
  for (const row of await db.keys.toArray()) {
    try {
      const bits = (await open(root, row.wrapped, keyAad(row.caseId, row.keyId))) as Uint8Array<ArrayBuffer>;
      opened.push({ row, bits });
    } catch (error) {
      if (!(error instanceof DamagedRecordError)) throw error;
    }
  }
  return opened;
}

/** Re-seals every case key under a new root and writes them with the new vault row, in one transaction. */
async function replaceRoot(
  db: AppDatabase,
  current: VaultRow,
  currentRoot: CryptoKey,
  next: { vault: VaultRow; root: CryptoKey },
): Promise<void> {
  const opened = await openAllCaseKeys(db, currentRoot);
  const resealed: StoredKeyRow[] = [];
  for (const { row, bits } of opened) {
    resealed.push({ ...row, wrapped: await seal(next.root, bits, keyAad(row.caseId, row.keyId)) });
    bits.fill(0);
  }
  const keyIds = new Map(opened.map(({ row }) => [row.caseId, row.keyId]));
  await db.transaction('rw', db.keys, db.vault, async () => {
    const vault = await db.vault.get('root');
    const rows = await db.keys.toArray();
    const isSameKeys = rows.every((r) => !keyIds.has(r.caseId) || keyIds.get(r.caseId) === r.keyId);
    const hasNewKeys = rows.some((r) => !keyIds.has(r.caseId));
    if (vault?.rootId !== current.rootId || !isSameKeys || hasNewKeys) throw new VaultChangedError();
    await db.keys.bulkPut(resealed);
    await db.vault.put(next.vault);
  });
}

async function sealedRoot(
  passphrase: string,
  rootBits: Uint8Array<ArrayBuffer>,
  rootId: string,
  iterations: number,
): Promise<PassphraseVault> {
  const kdf: KdfParams = {
    name: 'PBKDF2-SHA256',
    iterations,
    salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  };
  const kek = await passphraseKey(passphrase, kdf);
  return {
    id: 'root',
    kind: 'passphrase',
    rootId,
    kdf,
    wrapped: await seal(kek, rootBits, rootAad(rootId)),
    createdAt: new Date().toISOString(),
  };
}

/** Turns the lock on: a new root key, sealed under the passphrase, re-seals every case key. Stays unlocked here. */
export async function turnLockOn(
  db: AppDatabase,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<void> {
  const current = await readVault(db);
  if (current?.kind === 'passphrase') throw new VaultChangedError();
  const currentRoot = current ? rootKeyOf(db, current) : null;
  const rootId = crypto.randomUUID();
  const rootBits = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const vault = await sealedRoot(passphrase, rootBits, rootId, options.iterations ?? PBKDF2_ITERATIONS);
  const root = await importCaseKey(rootBits);
  if (!current || !currentRoot) {
    await db.transaction('rw', db.keys, db.vault, async () => {
      if ((await db.vault.get('root')) !== undefined || (await db.keys.count()) > 0)
        throw new VaultChangedError();
      await db.vault.put(vault);
    });
  } else await replaceRoot(db, current, currentRoot, { vault, root });
  rememberUnlockedRoot(db, rootId, root);
}

/** Changes the passphrase: the same root key, sealed under the new one; only the vault row is written. */
export async function changePassphrase(
  db: AppDatabase,
  oldPassphrase: string,
  newPassphrase: string,
  options: { iterations?: number } = {},
): Promise<void> {
  const current = await readVault(db);
  if (current?.kind !== 'passphrase') throw new VaultChangedError();
  const rootBits = await openRootBits(current, oldPassphrase);
  const iterations = options.iterations ?? Math.max(current.kdf.iterations, PBKDF2_ITERATIONS);
  const vault = await sealedRoot(newPassphrase, rootBits, current.rootId, iterations);
  rootBits.fill(0);
  await db.transaction('rw', db.vault, async () => {
    const now = await db.vault.get('root');
    if (now?.kind !== 'passphrase' || now.rootId !== current.rootId) throw new VaultChangedError();
    // Compared by its sealed bytes' IV: a change made meanwhile in another tab is never overwritten.
    const ivOf = (v: PassphraseVault) => String((v.wrapped as { iv?: Uint8Array }).iv);
    if (ivOf(now) !== ivOf(current)) throw new VaultChangedError();
    await db.vault.put(vault);
  });
}

/** Turns the lock off: a new device root key (non-extractable) re-seals every case key. */
export async function turnLockOff(db: AppDatabase, passphrase: string): Promise<void> {
  const current = await readVault(db);
  if (current?.kind !== 'passphrase') return;
  const currentRoot = await importCaseKey(await openRootBits(current, passphrase));
  const root = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const vault: VaultRow = {
    id: 'root',
    kind: 'device',
    rootId: crypto.randomUUID(),
    key: root,
    createdAt: new Date().toISOString(),
  };
  await replaceRoot(db, current, currentRoot, { vault, root });
  forgetUnlockedRoot(db);
}
