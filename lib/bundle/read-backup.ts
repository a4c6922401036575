/**
 * Reading a backup (every case of a device, docs/handover-bundle.md, "Backups") before it is restored: the same
 * checks as a handover bundle's (open-zip.ts, read-cases.ts), with a backup's limits, and every case in it read and
 * matched to its evidence files. Never throws; a refused file gives a code (and, for a case file that was refused,
 * the folder it is in). A handover bundle opened here is a backup of one case.
 */
import { openDirectory, toRefusal, type BundleRefusal } from './open-zip';
import { LIMITS, readCasesChecked, RefusedInFolder, type ReadCase } from './read-cases';

export type { ReadCase } from './read-cases';

export type ReadBackupResult =
  | { ok: true; cases: ReadCase[]; encrypted: boolean }
  | { ok: false; refusal: BundleRefusal; folder?: string };

/** What can be told about a backup before its passphrase is asked for. Never throws. */
export async function inspectBackup(
  bytes: Uint8Array,
): Promise<{ ok: true; encrypted: boolean } | { ok: false; refusal: BundleRefusal }> {
  try {
    const { reader, files } = await openDirectory(bytes, LIMITS.backup);
    await reader.close().catch(() => undefined);
    return { ok: true, encrypted: files.some((f) => f.encrypted) };
  } catch (error) {
    return { ok: false, refusal: toRefusal(error) };
  }
}

/** Reads and checks a backup; `passphrase` is needed when it is protected. Never throws. */
export async function readBackupBundle(
  bytes: Uint8Array,
  options: { passphrase?: string | null; onProgress?: (done: number, total: number) => void } = {},
): Promise<ReadBackupResult> {
  try {
    return {
      ok: true,
      ...(await readCasesChecked(bytes, options.passphrase ?? null, 'backup', options.onProgress)),
    };
  } catch (error) {
    const refusal = toRefusal(error);
    return error instanceof RefusedInFolder && error.folder !== ''
      ? { ok: false, refusal, folder: error.folder }
      : { ok: false, refusal };
  }
}
