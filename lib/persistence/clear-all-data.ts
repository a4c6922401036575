/**
 * "Delete everything on this device": closes and deletes the database (cases, evidence files, settings), deletes
 * Cache Storage entries other than the app's own offline files, and empties local and session storage. The app
 * itself keeps working offline afterwards; nothing of the person's remains.
 */
import Dexie from 'dexie';

import { DB_NAME, type AppDatabase } from './db';
import { tellOtherTabs } from './tab-channel';

/** Deletes every trace of the person's data held by the app in this browser. */
export async function clearAllData(db: AppDatabase | null): Promise<void> {
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
