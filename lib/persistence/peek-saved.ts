/**
 * What the start page needs to know about saved notes (how many, and which was open last) read with the browser's
 * plain IndexedDB API, so that the start page does not download dexie, zod and the case schema just to choose
 * between "Start" and "Continue". Read-only: it never creates, upgrades or writes the database. A database that does
 * not exist yet is left not existing (the upgrade that opening would start is aborted). Layout: see db.ts (tables
 * `cases` and `settings`) and case-repository.ts (the `current_case_id` setting).
 */

// Must equal DB_NAME in db.ts (a test checks), without importing db.ts and dexie with it.
export const SAVED_DB_NAME = 'waypoint';
const CURRENT_CASE_KEY = 'current_case_id';

export type SavedNotes = { count: number; currentId: string | null };

const NONE: SavedNotes = { count: 0, currentId: null };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name);
    let isNew = false;
    open.onupgradeneeded = () => {
      // Only a database that does not exist yet gets an upgrade when opened without a version: undo its creation.
      isNew = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = (event) => {
      event.preventDefault();
      if (isNew) resolve(null);
      else reject(open.error ?? new Error('IndexedDB open failed'));
    };
    open.onblocked = () => resolve(null);
  });
}

/** Counts the saved cases and reads the id of the one open last. Any failure reads as "nothing saved". */
export async function peekSavedNotes(
  idb: IDBFactory | null = typeof indexedDB === 'undefined' ? null : indexedDB,
  name: string = SAVED_DB_NAME,
): Promise<SavedNotes> {
  if (idb === null) return NONE;
  const db = await openExisting(idb, name).catch(() => null);
  if (db === null) return NONE;
  try {
    db.onversionchange = () => db.close();
    const stores = ['cases', 'settings'].filter((s) => db.objectStoreNames.contains(s));
    if (!stores.includes('cases')) return NONE;
    const tx = db.transaction(stores, 'readonly');
    const count = await request(tx.objectStore('cases').count());
    const setting = stores.includes('settings')
      ? ((await request(tx.objectStore('settings').get(CURRENT_CASE_KEY))) as { value?: unknown } | undefined)
      : undefined;
    return { count, currentId: typeof setting?.value === 'string' ? setting.value : null };
  } catch {
    return NONE;
  } finally {
    db.close();
  }
}
