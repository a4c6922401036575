import type { Page } from '@playwright/test';

/** Reads every stored case row's payload (`{ case, session }`) straight from the app's IndexedDB database. */
export async function readStoredCases(
  page: Page,
): Promise<{ case: Record<string, unknown>; session: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('waypoint');
        open.onerror = () => reject(new Error('could not open the database'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cases')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('cases').objectStore('cases').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { payload: never }[]).map((row) => row.payload));
          };
          request.onerror = () => reject(new Error('could not read the cases'));
        };
      }),
  );
}
