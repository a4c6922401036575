/**
 * "Delete everything on this device": first deletes every case's data key and the root key (so whatever copies of
 * the records the browser's files still hold can no longer be opened), then every record, then closes and deletes the whole
 * database, which lets the browser drop its files rather than keep them for reuse. It also deletes Cache Storage
 * entries other than the app's own offline files, and empties local and session storage. The app itself keeps
 * working offline afterwards; nothing of the person's remains readable.
 */
import Dexie from 'dexie';

import { DB_NAME, type AppDatabase } from './db';
import { tellOtherTabs } from './tab-channel';

/** Deletes the keys, then the records, each step committed before the next; a failure goes on to the next step. */
async function shredRecords(db: AppDatabase): Promise<void> {
  try {
    await db.transaction('rw', db.keys, db.vault, async () => {
      await Promise.all([db.keys.clear(), db.vault.clear()]);
    });
  } catch {
    // The database cannot be opened here (another version, or storage unavailable): deleting it follows.
  }
  try {
    await db.transaction('rw', db.cases, db.evidenceFiles, db.settings, async () => {
      await Promise.all([db.cases.clear(), db.evidenceFiles.clear(), db.settings.clear()]);
    });
  } catch {
    // As above.
  }
}

/** Deletes every trace of the person's data held by the app in this browser. */
export async function clearAllData(db: AppDatabase | null): Promise<void> {
  if (db) await shredRecords(db);
  db?.close();
  // Other tabs close the case at once; their database connections are closed by the deletion itself.
  tellOtherTabs({ type: 'all_deleted' });
  await Dexie.delete(DB_NAME);
  if (typeof caches !== 'undefined') {
    const keys = await caches.keys();
    // The precache holds only the app's own files (pages, scripts, fonts): it stays so the app works offline.
    await Promise.all(keys.filter((k) => !k.includes('precache')).map((k) => caches.delete(k)));
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable (private windows); there is then nothing in it to clear.
  }
}
