/**
 * The data keys, one per case, in the `keys` table: each a random AES-GCM 256-bit key stored as a non-extractable
 * Web Crypto key (the browser keeps its material; script can use it but never read it out). Deleting a case deletes
 * its key in the same transaction, so whatever of the case the browser's files still hold cannot be opened any more
 * (crypto-shredding). Each key row has a random `keyId`: a write checks, inside its transaction, that the key it
 * sealed with is still the case's key, so a case deleted (or deleted and imported again) in another tab meanwhile is
 * never written with a key that no longer exists.
 */
import { createDataKey } from './at-rest';
import type { AppDatabase, KeyRow } from './db';

function isKeyRow(row: unknown): row is KeyRow {
  if (typeof row !== 'object' || row === null) return false;
  const { key, keyId } = row as { key?: unknown; keyId?: unknown };
  return typeof keyId === 'string' && typeof CryptoKey !== 'undefined' && key instanceof CryptoKey;
}

/** The case's key, or null when it has none (never had one, or it was deleted). */
export async function readCaseKey(db: AppDatabase, caseId: string): Promise<KeyRow | null> {
  const row: unknown = await db.keys.get(caseId);
  return isKeyRow(row) ? row : null;
}

/** The case's key, made now if it has none. Two tabs making one at once end up with the same key. */
export async function ensureCaseKey(db: AppDatabase, caseId: string): Promise<KeyRow> {
  const existing = await readCaseKey(db, caseId);
  if (existing) return existing;
  const row: KeyRow = {
    caseId,
    keyId: crypto.randomUUID(),
    key: await createDataKey(),
    createdAt: new Date().toISOString(),
  };
  try {
    await db.keys.add(row);
    return row;
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
