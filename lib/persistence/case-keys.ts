/**
 * The data keys, one per case, in the `keys` table, and the root key that seals them, in the `vault` table. A case
 * key is 256 random bits, sealed (AES-GCM) under the root key as soon as it is made, and used only as a
 * non-extractable Web Crypto key imported from them: its bits are never stored as they are, and script can never
 * read the key back out. The root key is itself a non-extractable Web Crypto key (`kind: 'device'`). This is the
 * hierarchy a passphrase lock needs (reliability notes, section 6): the lock will seal the root key under a key
 * derived from the passphrase, and re-seal only these small rows.
 *
 * Deleting a case deletes its key row in the same transaction as its records, so whatever of the case the
 * browser's files still hold cannot be opened any more (crypto-shredding). Each key row has a random `keyId`: a
 * write checks, inside its transaction, that the key it sealed with is still the case's key, so a case deleted (or
 * deleted and imported again) in another tab meanwhile is never written with a key that no longer exists.
 */
import { aadFor, DamagedRecordError, open, seal, subtle } from './at-rest';
import type { AppDatabase, KeyRow, StoredKeyRow, VaultRow } from './db';

export const KEY_BYTES = 32;

/** The additional data a case key is sealed with: bound to its case and its id. */
export const keyAad = (caseId: string, keyId: string) => aadFor('case_key', caseId, keyId);

/** The passphrase lock is on and this page has not been given the passphrase (passphrase-lock.ts). */
export class LockedError extends Error {
  constructor() {
    super('stored data: locked');
    this.name = 'LockedError';
  }
}

/** The root key of a passphrase vault, once unlocked in this page: held in memory only. */
const unlockedRoots = new WeakMap<AppDatabase, { rootId: string; key: CryptoKey }>();

/** Remembers the unlocked root key of a passphrase vault (passphrase-lock.ts). */
export function rememberUnlockedRoot(db: AppDatabase, rootId: string, key: CryptoKey): void {
  unlockedRoots.set(db, { rootId, key });
}

/** Forgets it: the data can no longer be opened in this page until the passphrase is given again. */
export function forgetUnlockedRoot(db: AppDatabase): void {
  unlockedRoots.delete(db);
}

function isDeviceVault(row: unknown): row is Extract<VaultRow, { kind: 'device' }> {
  if (typeof row !== 'object' || row === null) return false;
  const { kind, key } = row as { kind?: unknown; key?: unknown };
  return kind === 'device' && typeof CryptoKey !== 'undefined' && key instanceof CryptoKey;
}

/** The root key a stored vault row stands for: its own key, or the unlocked one; null when there is no row. */
export function rootKeyOf(db: AppDatabase, vault: unknown): CryptoKey | null {
  if (vault === undefined || vault === null) return null;
  if (isDeviceVault(vault)) return vault.key;
  const { kind, rootId } = vault as { kind?: unknown; rootId?: unknown };
  if (kind === 'passphrase') {
    const unlocked = unlockedRoots.get(db);
    if (unlocked && unlocked.rootId === rootId) return unlocked.key;
    throw new LockedError();
  }
  // A root row of a kind this version does not know: nothing it seals can be opened here (and it is never replaced).
  throw new DamagedRecordError('unknown_format');
}

/** The root key, made now if there is none. Two tabs making one at once end up with the same one. */
async function ensureRootKey(db: AppDatabase): Promise<CryptoKey> {
  const existing = rootKeyOf(db, await db.vault.get('root'));
  if (existing) return existing;
  const row: VaultRow = {
    id: 'root',
    kind: 'device',
    rootId: crypto.randomUUID(),
    key: await subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    createdAt: new Date().toISOString(),
  };
  try {
    await db.vault.add(row);
    return row.key;
  } catch (error) {
    const other = rootKeyOf(db, await db.vault.get('root'));
    if (other) return other;
    throw error;
  }
}

/** Imports 256 bits as a non-extractable AES-GCM key, then overwrites the bits. */
export async function importCaseKey(bits: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await subtle().importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    bits.fill(0);
  }
}

/** Opens a stored key row with the root key; null when it cannot be opened (reported as a missing key). */
export async function openKeyRow(row: unknown, root: CryptoKey | null): Promise<KeyRow | null> {
  if (!root || typeof row !== 'object' || row === null) return null;
  const { caseId, keyId, wrapped, createdAt } = row as Partial<StoredKeyRow>;
  if (typeof caseId !== 'string' || typeof keyId !== 'string') return null;
  try {
    const bits = (await open(root, wrapped, keyAad(caseId, keyId))) as Uint8Array<ArrayBuffer>;
    if (bits.byteLength !== KEY_BYTES) return null;
    return { caseId, keyId, key: await importCaseKey(bits), createdAt: String(createdAt) };
  } catch (error) {
    if (error instanceof DamagedRecordError) return null;
    throw error;
  }
}

/** The case's key, opened, or null when it has none (never had one, it was deleted, or it cannot be opened). */
export async function readCaseKey(db: AppDatabase, caseId: string): Promise<KeyRow | null> {
  const [row, vault] = await db.transaction('r', db.keys, db.vault, () =>
    Promise.all([db.keys.get(caseId), db.vault.get('root')]),
  );
  return openKeyRow(row, rootKeyOf(db, vault));
}

/**
 * The keys of many cases at once, in one read with the vault, opened side by side (Web Crypto works off the main
 * thread): for the case list, which opens a thousand cases. A case without a key that can be opened maps to null.
 */
export async function readCaseKeys(
  db: AppDatabase,
  caseIds: readonly string[],
): Promise<Map<string, KeyRow | null>> {
  const [rows, vault] = await db.transaction('r', db.keys, db.vault, () =>
    Promise.all([db.keys.bulkGet([...caseIds]), db.vault.get('root')]),
  );
  const root = rootKeyOf(db, vault);
  const keys = await Promise.all(rows.map((row) => openKeyRow(row, root)));
  return new Map(caseIds.map((id, i) => [id, keys[i] ?? null]));
}

/**
 * A new key for a case: the row to store (its bits sealed under the root key) and the key to use. Nothing is stored
 * here but the root key, if there was none yet.
 */
export async function prepareCaseKey(
  db: AppDatabase,
  caseId: string,
): Promise<{ stored: StoredKeyRow; key: KeyRow }> {
  const root = await ensureRootKey(db);
  const keyId = crypto.randomUUID();
  const createdAt = new Date().toISOString();
  const bits = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const wrapped = await seal(root, bits, keyAad(caseId, keyId));
  return {
    stored: { caseId, keyId, wrapped, createdAt },
    key: { caseId, keyId, key: await importCaseKey(bits), createdAt },
  };
}

/** The case's key, made now if it has none. Two tabs making one at once end up with the same key. */
export async function ensureCaseKey(db: AppDatabase, caseId: string): Promise<KeyRow> {
  const existing = await readCaseKey(db, caseId);
  if (existing) return existing;
  const { stored, key } = await prepareCaseKey(db, caseId);
  try {
    await db.keys.add(stored);
    return key;
  } catch (error) {
    // Another tab added one first: use that one.
    const other = await readCaseKey(db, caseId);
    if (other) return other;
    throw error;
  }
}

/** Inside a write transaction: whether the case's key is still the one the write sealed with. */
export async function isStillCaseKey(db: AppDatabase, caseId: string, keyId: string): Promise<boolean> {
  const row = await db.keys.get(caseId);
  return row?.keyId === keyId;
}
