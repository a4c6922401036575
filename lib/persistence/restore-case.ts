/**
 * The one gate every stored case passes through when it is read: it fills defaults, migrates older versions (through
 * the case-file reader) and rejects a damaged record on its own, with a reason, without ever throwing and without
 * touching any other record.
 */
import { parseCaseFile } from '@/lib/case/case-file';
import type { Case } from '@/lib/case/schema';
import type { Session } from '@/lib/store/session';

import { restoreSession } from './session';

export type StoredCase = { case: Case; session: Session };

export type RestoreResult =
  { ok: true; value: StoredCase; migratedFrom?: number } | { ok: false; id: string | null; reason: string };

function idOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const c = (raw as { case?: unknown }).case;
  if (typeof c === 'object' && c !== null && typeof (c as { id?: unknown }).id === 'string')
    return (c as { id: string }).id;
  return null;
}

/** Restores one stored case payload (`{ case, session }`). */
export function restoreStoredCase(raw: unknown): RestoreResult {
  if (typeof raw !== 'object' || raw === null || !('case' in raw))
    return { ok: false, id: null, reason: 'the record holds no case' };
  const parsed = parseCaseFile(raw.case);
  if (!parsed.ok) return { ok: false, id: idOf(raw), reason: `${parsed.error.path}: ${parsed.error.code}` };
  const value = { case: parsed.case, session: restoreSession((raw as { session?: unknown }).session) };
  return parsed.migratedFrom === undefined
    ? { ok: true, value }
    : { ok: true, value, migratedFrom: parsed.migratedFrom };
}
