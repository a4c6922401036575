/**
 * The app's one IndexedDB database (dexie). It holds the cases, the evidence files as they were attached, and a few
 * settings. Only lib/persistence/ touches it; everything else goes through case-repository.ts, so that encryption at
 * rest can wrap every record in one place (codec.ts).
 *
 * Versions are appended, never edited: a change of layout is a new `version(n)` with an `upgrade()`.
 * - v1: `cases` rows were `{ id, updatedAt, case, session }`.
 * - v2: every case row is an envelope `{ id, updatedAt, format, payload }`, so a later version can store
 *   `format: 'aes-gcm'` payloads beside (or instead of) `format: 'plain'` ones without another layout change.
 * - v3: a `keys` table, one data key per case, each sealed under the device's root key in the `vault` table
 *   (case-keys.ts). Cases are stored `format: 'aes-gcm'` and evidence files in sealed 1 MiB pieces (codec.ts).
 *   Rows an older version stored in plain text are sealed on first use (seal-plain-rows.ts), not in the upgrade
 *   itself: Web Crypto cannot be awaited inside an IndexedDB transaction.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';

// WARNING: never change DB_NAME. Every saved case on every device lives under this name.
export const DB_NAME = 'waypoint';

export const DB_VERSION = 3;

/** A stored case: the envelope is opaque here; codec.ts knows what is inside. */
export type CaseRow = { id: string; updatedAt: string; format: 'plain' | 'aes-gcm'; payload: unknown };

/**
 * An evidence file exactly as the person attached it, with the fingerprint taken then: what the repository takes and
 * gives back. It is stored sealed (StoredEvidenceRow).
 */
export type EvidenceFileRow = {
  id: string;
  caseId: string;
  blob: Blob;
  sha256: string;
  sizeBytes: number;
  addedAt: string;
};

/**
 * An evidence file as stored: sealed (`meta` holds its type, size and fingerprint, `chunks` its bytes in pieces), or
 * a row an older version stored in plain text, not yet sealed. Only `id` and `caseId` (random ids) and `addedAt`
 * are readable without the key.
 */
export type StoredEvidenceRow =
  | { id: string; caseId: string; addedAt: string; format: 'aes-gcm'; meta: unknown; chunks: unknown[] }
  | (EvidenceFileRow & { format?: undefined });

/** A case's data key, opened (case-keys.ts): a non-extractable key held in memory, never stored as it is. */
export type KeyRow = { caseId: string; keyId: string; key: CryptoKey; createdAt: string };

/** A case's data key as stored: its 256 bits sealed under the root key of the vault (case-keys.ts). */
export type StoredKeyRow = { caseId: string; keyId: string; wrapped: unknown; createdAt: string };

/**
 * The root key that seals every case's data key: `kind: 'device'`, a non-extractable Web Crypto key; or, with the
 * passphrase lock (passphrase-lock.ts; turned on from the cases screen), `kind: 'passphrase'`: its bits sealed under a key
 * derived from the passphrase. Turning the lock on or off re-seals this row and the case keys in one transaction;
 * changing the passphrase re-seals this row only.
 */
export type VaultRow =
  | { id: 'root'; kind: 'device'; rootId: string; key: CryptoKey; createdAt: string }
  | { id: 'root'; kind: 'passphrase'; rootId: string; kdf: KdfParams; wrapped: unknown; createdAt: string };

/** How the passphrase key is derived, stored with the data so the cost can be raised later (passphrase-lock.ts). */
export type KdfParams = { name: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array };

export type SettingRow = { key: string; value: unknown };

export type AppDatabase = Dexie & {
  cases: EntityTable<CaseRow, 'id'>;
  evidenceFiles: EntityTable<StoredEvidenceRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  keys: EntityTable<StoredKeyRow, 'caseId'>;
  vault: EntityTable<VaultRow, 'id'>;
};

/** Turns a v1 case row into a v2 envelope. Exported for the upgrade test. */
export function upgradeCaseRowV1(row: Record<string, unknown>): CaseRow {
  const { id, updatedAt, case: data, session } = row;
  return {
    id: typeof id === 'string' ? id : String(id),
    updatedAt: typeof updatedAt === 'string' ? updatedAt : new Date(0).toISOString(),
    format: 'plain',
    payload: { case: data, session },
  };
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      if (row.format === undefined) ref.value = upgradeCaseRowV1(row);
    });
}

/** Declares every version of the schema, oldest first. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({ cases: 'id, updatedAt', evidenceFiles: 'id, caseId', settings: 'key' });
  db.version(2)
    .stores({ cases: 'id, updatedAt', evidenceFiles: 'id, caseId', settings: 'key' })
    .upgrade(upgradeToV2);
  db.version(3).stores({
    cases: 'id, updatedAt',
    evidenceFiles: 'id, caseId',
    settings: 'key',
    keys: 'caseId',
    vault: 'id',
  });
}

/**
 * Opens (lazily, on first use) the database. Writes use relaxed durability: a commit is done once the browser has
 * handed it to the operating system, so it survives a reload, a closed tab and a browser crash. Strict durability
 * waits for the disk to flush (hundreds of milliseconds on a busy phone or disk), and typing saved every 150 ms then
 * queued behind it: measured by e2e/typing-survives.spec.ts, strict lost text typed 250-540 ms before a reload and
 * relaxed lost none typed 200 ms or more before. Only an operating-system crash or power loss in the seconds after a
 * save can lose that save.
 */
export function createDatabase(name: string = DB_NAME): AppDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as AppDatabase;
  declareVersions(db);
  return db;
}
