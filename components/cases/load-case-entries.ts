// Reads every case on the device for the volunteer's list: each row passes the same gate as everywhere else
// (restoreCaseRow: opened with its case's key, then restoreStoredCase; the keys of a batch are read and opened at
// once) and becomes a list entry (lib/case-list). Entries are kept in memory by case and version (the row's
// `updatedAt`), so opening the list again, or after one case changed, reads and assesses only the rows that changed.
// Rows are read newest first, in slices of work that give the page back between them, so the screen stays
// responsive and the latest cases are listed first.
import type { CaseListEntry } from '@/lib/case-list/case-list';
import { caseListEntry } from '@/lib/case-list/case-list';
import { readCaseKeys } from '@/lib/persistence/case-keys';
import { restoreCaseRow } from '@/lib/persistence/codec';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';

/** Work done between two breaks for the page, so a tap or a key is never kept waiting long (in milliseconds). */
const SLICE_MS = 40;
/** Rows fetched from the database at a time, newest first, so the first cases listed are the latest ones. */
const BATCH = 100;
/** An entry's urgency reads the clock (72 hours since a payment...): entries older than this are made again. */
const REUSE_MS = 10 * 60_000;

type Kept = { updatedAt: string; at: number; entry: CaseListEntry };
const kept = new Map<string, Kept>();

export type LoadedCases = { entries: CaseListEntry[]; damaged: number };

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Which cases are stored and when each last changed, newest first, without reading the cases themselves. */
async function listVersions(): Promise<Array<{ id: string; updatedAt: string }>> {
  const { db } = getRepository();
  return db.transaction('r', db.cases, async () => {
    const byTime = db.cases.orderBy('updatedAt').reverse();
    const [ids, times] = await Promise.all([byTime.primaryKeys(), byTime.keys()]);
    return ids.map((id, i) => {
      const time = times[i];
      return { id, updatedAt: typeof time === 'string' ? time : '' };
    });
  });
}

type Progress = (soFar: LoadedCases, done: number, total: number) => void;

/** The reading under way, if any: a second reader waits for it (and hears its progress) instead of doubling it. */
let running: { done: Promise<unknown>; listeners: Set<Progress> } | null = null;

/**
 * Every readable case on the device as a list entry, and how many rows could not be read. Only the cases not kept
 * in memory at their current version are read from the database. `onProgress` is given the entries read so far (a
 * copy) and how many cases are done, at each break, so the list can show them while the rest is read;
 * `isCancelled` stops the work when the screen has gone. While another reading is under way (the one started in
 * the background), this one follows its progress, then reads what is left, from memory.
 */
export async function loadCaseEntries(
  now: Date,
  onProgress: Progress = () => undefined,
  isCancelled: () => boolean = () => false,
): Promise<LoadedCases> {
  while (running) {
    const current = running;
    current.listeners.add(onProgress);
    await current.done.catch(() => undefined);
    current.listeners.delete(onProgress);
  }
  const listeners = new Set<Progress>([onProgress]);
  const done = readEntries(
    now,
    (soFar, count, total) => listeners.forEach((l) => l(soFar, count, total)),
    isCancelled,
  );
  running = { done, listeners };
  try {
    return await done;
  } finally {
    running = null;
  }
}

/**
 * Reads the list entries in the background when the page is idle, so that opening the list later is quick. Errors
 * are left for the list itself to meet (it reads again when opened).
 */
export function prefetchCaseEntries(): void {
  void loadCaseEntries(new Date()).catch(() => undefined);
}

async function readEntries(
  now: Date,
  onProgress: Progress,
  isCancelled: () => boolean,
): Promise<LoadedCases> {
  await getActiveConnection()?.flush();
  const versions = await listVersions();
  const isFresh = (v: { id: string; updatedAt: string }) => {
    const hit = kept.get(v.id);
    return hit !== undefined && hit.updatedAt === v.updatedAt && now.getTime() - hit.at < REUSE_MS;
  };
  const entries: CaseListEntry[] = [];
  let damaged = 0;
  let sliceStart = performance.now();
  for (let start = 0; start < versions.length; start += BATCH) {
    const batch = versions.slice(start, start + BATCH);
    const missing = batch.filter((v) => !isFresh(v)).map((v) => v.id);
    const { db } = getRepository();
    const rows = new Map((await db.cases.bulkGet(missing)).map((r, i) => [missing[i], r]));
    const keys = await readCaseKeys(db, missing);
    for (const [i, version] of batch.entries()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        onProgress({ entries: [...entries], damaged }, start + i, versions.length);
        await pause();
        if (isCancelled()) return { entries, damaged };
        sliceStart = performance.now();
      }
      const hit = kept.get(version.id);
      if (hit && !rows.has(version.id)) {
        entries.push(hit.entry);
        continue;
      }
      const row = rows.get(version.id);
      const restored = row ? await restoreCaseRow(keys.get(version.id) ?? null, row) : null;
      if (!restored?.ok) {
        // A row deleted meanwhile is simply no longer listed; one that cannot be read is counted.
        if (row) damaged += 1;
        continue;
      }
      const entry = caseListEntry(restored.value.case, now);
      kept.set(version.id, { updatedAt: version.updatedAt, at: now.getTime(), entry });
      entries.push(entry);
    }
  }
  const ids = new Set(versions.map((v) => v.id));
  for (const id of kept.keys()) if (!ids.has(id)) kept.delete(id);
  return { entries, damaged };
}

/**
 * Forgets kept entries, so they are read again: the given cases (renamed without a new `updatedAt`), or every case
 * (after an import or a restore, which may write a case again at the same version; after "delete everything",
 * nothing of a case stays in memory).
 */
export function forgetCaseEntries(ids?: readonly string[]): void {
  if (ids === undefined) kept.clear();
  else for (const id of ids) kept.delete(id);
}
