// Gathering every case on this device for a backup: each case as stored, and each evidence file its records
// describe, read back through the repository. A damaged record cannot be read, so it is counted apart (it stays on
// the device, untouched); an evidence record whose file is not here, or cannot be opened, is listed apart, as for a
// handover bundle.
import type { BackupCase } from '@/lib/bundle/write-bundle';
import { DamagedRecordError } from '@/lib/persistence/at-rest';
import { getRepository } from '@/lib/persistence/instance';

export type CollectedBackup = { cases: BackupCase[]; missing: string[]; unreadable: number };

export async function collectBackup(): Promise<CollectedBackup> {
  const { repository } = getRepository();
  const cases: BackupCase[] = [];
  const missing: string[] = [];
  let unreadable = 0;
  for (const summary of await repository.listCases()) {
    const stored = summary.isDamaged ? null : await repository.loadCase(summary.id);
    if (!stored) {
      unreadable += 1;
      continue;
    }
    const evidence = [];
    for (const record of stored.case.evidence) {
      if (record.fileName === null || record.sha256 === null) continue;
      // A file that cannot be opened (damaged) is listed apart like a missing one; it stays on the device as it is.
      const file = await repository.getEvidenceFile(record.id).catch((error: unknown) => {
        if (error instanceof DamagedRecordError) return undefined;
        throw error;
      });
      if (!file || file.caseId !== stored.case.id) {
        missing.push(record.fileName);
        continue;
      }
      evidence.push({
        id: record.id,
        fileName: record.fileName,
        sha256: record.sha256,
        bytes: new Uint8Array(await file.blob.arrayBuffer()),
      });
    }
    cases.push({ caseData: stored.case, evidence });
  }
  return { cases, missing, unreadable };
}
