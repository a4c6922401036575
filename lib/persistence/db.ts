/**
 * The app's one IndexedDB database (dexie). It holds the cases, the evidence files as they were attached, and a few
 * settings. Only lib/persistence/ touches it; everything else goes through case-repository.ts, so that encryption at
 * rest can wrap every record in one place (codec.ts).
 *
 * Versions are appended, never edited: a change of layout is a new `version(n)` with an `upgrade()`.
 * - v1: `cases` rows were `{ id, updatedAt, case, session }`.
 * - v2: every case row is an envelope `{ id, updatedAt, format, payload }`, so a later version can store
 *   `format: 'aes-gcm'` payloads beside (or instead of) `format: 'plain'` ones without another layout change.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';

// WARNING: never change DB_NAME. Every saved case on every device lives under this name.
export const DB_NAME = 'waypoint';

export const DB_VERSION = 2;

/** A stored case: the envelope is opaque here; codec.ts knows what is inside. */
export type CaseRow = { id: string; updatedAt: string; format: 'plain'; payload: unknown };

/** An evidence file exactly as the person attached it, with the fingerprint taken then. */
export type EvidenceFileRow = {
  id: string;
  caseId: string;
  blob: Blob;
  sha256: string;
  sizeBytes: number;
  addedAt: string;
};

export type SettingRow = { key: string; value: unknown };

export type AppDatabase = Dexie & {
  cases: EntityTable<CaseRow, 'id'>;
  evidenceFiles: EntityTable<EvidenceFileRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
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
