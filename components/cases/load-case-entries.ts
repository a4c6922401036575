// Reads every case on the device for the volunteer's list, in one read: each row passes the same gate as everywhere
// else (restoreStoredCase) and becomes a list entry (lib/case-list). Entries are kept in memory by case and version
// (the row's `updatedAt`), so opening the list again, or after one case changed, reads and assesses only the rows
// that changed. The work is done in slices that give the page back between them, so the screen stays responsive.
import type { CaseListEntry } from '@/lib/case-list/case-list';
import { caseListEntry } from '@/lib/case-list/case-list';
import { decodeCaseRow } from '@/lib/persistence/codec';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { restoreStoredCase } from '@/lib/persistence/restore-case';

/** Rows read and assessed between two breaks for the page (about 10 ms each on a slow phone). */
const SLICE = 25;
/** An entry's urgency reads the clock (72 hours since a payment...): entries older than this are made again. */
const REUSE_MS = 10 * 60_000;

type Kept = { updatedAt: string; at: number; entry: CaseListEntry };
const kept = new Map<string, Kept>();

export type LoadedCases = { entries: CaseListEntry[]; damaged: number };

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every readable case on the device as a list entry, and how many rows could not be read. `onProgress` is given the
 * entries read so far (a copy) and how many rows are done, so the list can show them while the rest is read;
 * `isCancelled` stops the work when the screen has gone.
 */
export async function loadCaseEntries(
  now: Date,
  onProgress: (soFar: LoadedCases, done: number, total: number) => void = () => undefined,
  isCancelled: () => boolean = () => false,
): Promise<LoadedCases> {
  await getActiveConnection()?.flush();
  const rows = await getRepository().db.cases.toArray();
  const entries: CaseListEntry[] = [];
  let damaged = 0;
  for (let start = 0; start < rows.length; start += SLICE) {
    if (start > 0) {
      onProgress({ entries: [...entries], damaged }, start, rows.length);
      await pause();
      if (isCancelled()) break;
    }
    for (const row of rows.slice(start, start + SLICE)) {
      const hit = kept.get(row.id);
      if (hit && hit.updatedAt === row.updatedAt && now.getTime() - hit.at < REUSE_MS) {
        entries.push(hit.entry);
        continue;
      }
      const restored = restoreStoredCase(decodeCaseRow(row));
      if (!restored.ok) {
        damaged += 1;
        continue;
      }
      const entry = caseListEntry(restored.value.case, now);
      kept.set(row.id, { updatedAt: row.updatedAt, at: now.getTime(), entry });
      entries.push(entry);
    }
  }
  const ids = new Set(rows.map((r) => r.id));
  for (const id of kept.keys()) if (!ids.has(id)) kept.delete(id);
  return { entries, damaged };
}

/** Forgets every kept entry (after "delete everything", nothing of a case stays in memory). */
export function forgetCaseEntries(): void {
  kept.clear();
}
