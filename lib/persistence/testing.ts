import { createEmptyCase } from '@/lib/case/case-file';
import type { Case } from '@/lib/case/schema';

import { EMPTY_SESSION } from '@/lib/store/session';

import type { AppDatabase } from './db';
import type { StoredCase } from './restore-case';

let counter = 0;

/** A valid stored case for tests, with a fresh UUID-shaped id. */
export function makeStoredCase(overrides: Partial<Case> = {}, at = '2026-11-20T10:00:00.000Z'): StoredCase {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  const base = createEmptyCase({ id, now: new Date(at) });
  return { case: { ...base, ...overrides }, session: { ...EMPTY_SESSION, stepId: 'safety_now' } };
}

function comparable(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return `bytes:${Buffer.from(value).toString('hex')}`;
  if (ArrayBuffer.isView(value))
    return `bytes:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  if (value instanceof Blob) return `blob:${value.size}`;
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  return value;
}

/** Every stored row of the given tables, bytes as hex and blobs by size, in a form tests can compare. */
export async function snapshotTables(db: AppDatabase, tables: readonly string[]): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of tables) out[name] = comparable(await db.table(name).toArray());
  return JSON.stringify(out);
}
