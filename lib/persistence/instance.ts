/**
 * The running app's database and repository, opened on first use (never during static rendering, which has no
 * IndexedDB).
 */
import { createCaseRepository, type CaseRepository } from './case-repository';
import { createDatabase, type AppDatabase } from './db';

let database: AppDatabase | null = null;
let repository: CaseRepository | null = null;

/** The app's repository (and its database), created once. */
export function getRepository(): { db: AppDatabase; repository: CaseRepository } {
  database ??= createDatabase();
  repository ??= createCaseRepository(database);
  return { db: database, repository };
}

/** Forgets the open database (after "delete everything", which deletes it). */
export function forgetDatabase(): void {
  database = null;
  repository = null;
}

export type Connection = { flush: () => Promise<void>; cancelPending: () => void; disconnect: () => void };
let activeConnection: Connection | null = null;

/** Remembers the running autosave connection, so deleting can cancel a pending save first. */
export function setActiveConnection(connection: Connection | null): void {
  activeConnection = connection;
}

export function getActiveConnection(): Connection | null {
  return activeConnection;
}
