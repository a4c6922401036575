import type { Page } from '@playwright/test';

// The app seals every stored row (lib/persistence/codec.ts): these helpers open them in the page with the case's
// own key from the `keys` table (itself sealed under the root key in the `vault` table), as the app does. The
// additional data below must match aadFor() in lib/persistence/at-rest.ts: 'waypoint', 'v1', then the parts, joined
// by NUL.

/** Reads every stored case row's payload (`{ case, session }`) from the app's IndexedDB database, opened. */
export async function readStoredCases(
  page: Page,
): Promise<{ case: Record<string, unknown>; session: unknown }[]> {
  return page.evaluate(async () => {
    const aad = (...parts: string[]) => new TextEncoder().encode(['waypoint', 'v1', ...parts].join('\u0000'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('waypoint');
      open.onerror = () => reject(new Error('could not open the database'));
      open.onsuccess = () => resolve(open.result);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(new Error(`could not read ${store}`));
      });
    type Row = { id: string; format: string; payload: { iv: Uint8Array; data: ArrayBuffer } };
    const rows = await all<Row>('cases');
    // Each case key is stored sealed under the root key of the vault (lib/persistence/case-keys.ts).
    type KeyRow = { caseId: string; keyId: string; wrapped: { iv: Uint8Array; data: ArrayBuffer } };
    const keyRows = await all<KeyRow>('keys');
    const root = (await all<{ id: string; key: CryptoKey }>('vault')).find((v) => v.id === 'root')?.key;
    db.close();
    const keys = new Map<string, CryptoKey>();
    for (const k of keyRows) {
      if (!root) break;
      const bits = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: k.wrapped.iv as BufferSource,
          additionalData: aad('case_key', k.caseId, k.keyId),
        },
        root,
        k.wrapped.data,
      );
      keys.set(k.caseId, await crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['decrypt']));
    }
    const out: { case: Record<string, unknown>; session: unknown }[] = [];
    for (const row of rows) {
      if (row.format === 'plain') {
        out.push(row.payload as unknown as (typeof out)[number]);
        continue;
      }
      const key = keys.get(row.id);
      if (!key) throw new Error(`no key for case ${row.id}`);
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: row.payload.iv as BufferSource, additionalData: aad('case', row.id) },
        key,
        row.payload.data,
      );
      out.push(JSON.parse(new TextDecoder().decode(plain)) as (typeof out)[number]);
    }
    return out;
  });
}

/** Every stored evidence file, opened: its case, its size and the SHA-256 of the bytes actually stored. */
export async function readStoredEvidence(
  page: Page,
): Promise<{ id: string; caseId: string; size: number; sha256: string; text: string }[]> {
  return page.evaluate(async () => {
    const aad = (...parts: (string | number)[]) =>
      new TextEncoder().encode(['waypoint', 'v1', ...parts.map(String)].join('\u0000'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('waypoint');
      open.onerror = () => reject(new Error('could not open the database'));
      open.onsuccess = () => resolve(open.result);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(new Error(`could not read ${store}`));
      });
    type Piece = { iv: Uint8Array; data: ArrayBuffer | Blob };
    const rows = await all<{ id: string; caseId: string; chunks: Piece[] }>('evidenceFiles');
    // Each case key is stored sealed under the root key of the vault (lib/persistence/case-keys.ts).
    type KeyRow = { caseId: string; keyId: string; wrapped: { iv: Uint8Array; data: ArrayBuffer } };
    const keyRows = await all<KeyRow>('keys');
    const root = (await all<{ id: string; key: CryptoKey }>('vault')).find((v) => v.id === 'root')?.key;
    db.close();
    const keys = new Map<string, CryptoKey>();
    for (const k of keyRows) {
      if (!root) break;
      const bits = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: k.wrapped.iv as BufferSource,
          additionalData: aad('case_key', k.caseId, k.keyId),
        },
        root,
        k.wrapped.data,
      );
      keys.set(k.caseId, await crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['decrypt']));
    }
    const out = [];
    for (const row of rows) {
      const key = keys.get(row.caseId);
      if (!key) throw new Error(`no key for the case of ${row.id}`);
      const parts: ArrayBuffer[] = [];
      for (const [index, chunk] of row.chunks.entries())
        parts.push(
          await crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: chunk.iv as BufferSource,
              additionalData: aad('evidence_chunk', row.id, row.caseId, index, row.chunks.length),
            },
            key,
            chunk.data instanceof Blob ? await chunk.data.arrayBuffer() : chunk.data,
          ),
        );
      const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      out.push({
        id: row.id,
        caseId: row.caseId,
        size: bytes.length,
        sha256: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
        text: new TextDecoder('latin1').decode(bytes),
      });
    }
    return out;
  });
}

/**
 * Everything the app keeps in this browser, as text to search: every object store of every IndexedDB database
 * (bytes and blobs read as Latin-1 and as UTF-16, so any byte sequence shows), Cache Storage (every response body),
 * localStorage and sessionStorage.
 */
export async function dumpBrowserStorage(page: Page): Promise<{ place: string; text: string }[]> {
  return page.evaluate(async () => {
    const out: { place: string; text: string }[] = [];
    const asText = (bytes: Uint8Array) =>
      `${new TextDecoder('latin1').decode(bytes)}\n${new TextDecoder('utf-16le').decode(bytes)}`;
    const flatten = async (value: unknown): Promise<string> => {
      if (value instanceof ArrayBuffer) return asText(new Uint8Array(value));
      if (ArrayBuffer.isView(value))
        return asText(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (value instanceof Blob) return asText(new Uint8Array(await value.arrayBuffer()));
      if (value instanceof CryptoKey) return '[CryptoKey]';
      if (Array.isArray(value)) return (await Promise.all(value.map(flatten))).join('\n');
      if (typeof value === 'object' && value !== null)
        return (
          await Promise.all(Object.entries(value).map(async ([k, v]) => `${k}: ${await flatten(v)}`))
        ).join('\n');
      return String(value);
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onerror = () => reject(new Error(`could not open ${info.name}`));
        open.onsuccess = () => resolve(open.result);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(new Error(`could not read ${store}`));
        });
        out.push({
          place: `indexeddb ${info.name}/${store} (${rows.length} rows)`,
          text: await flatten(rows),
        });
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const bytes = new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0));
        out.push({ place: `cache ${name} ${request.url}`, text: asText(bytes) });
      }
    }
    for (const [label, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const)
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        out.push({ place: `${label} ${key}`, text: `${key}=${storage.getItem(key) ?? ''}` });
      }
    return out;
  });
}
