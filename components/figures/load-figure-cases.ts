// Reads every case on the device for the figures, in one read: each row passes the same gate as everywhere else
// (restoreStoredCase); a row that cannot be read is only counted, never shown or changed.
import type { Case } from '@/lib/case/schema';
import { decodeCaseRow } from '@/lib/persistence/codec';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';
import { restoreStoredCase } from '@/lib/persistence/restore-case';

/** Every readable case on the device, and whether some could not be read. */
export async function loadFigureCases(): Promise<{ cases: Case[]; hasUnreadable: boolean }> {
  await getActiveConnection()?.flush();
  const rows = await getRepository().db.cases.toArray();
  const cases: Case[] = [];
  let hasUnreadable = false;
  for (const row of rows) {
    const restored = restoreStoredCase(decodeCaseRow(row));
    if (restored.ok) cases.push(restored.value.case);
    else hasUnreadable = true;
  }
  return { cases, hasUnreadable };
}
