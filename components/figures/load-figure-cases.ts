// Reads every case on the device for the figures, in one read: each row passes the same gate as everywhere else
// (the repository opens it and restoreStoredCase checks it); a row that cannot be read is only counted, never shown
// or changed.
import type { Case } from '@/lib/case/schema';
import { getActiveConnection, getRepository } from '@/lib/persistence/instance';

/** Every readable case on the device, and whether some could not be read. */
export async function loadFigureCases(): Promise<{ cases: Case[]; hasUnreadable: boolean }> {
  await getActiveConnection()?.flush();
  const results = await getRepository().repository.loadAllCases();
  const cases: Case[] = [];
  let hasUnreadable = false;
  for (const restored of results) {
    if (restored.ok) cases.push(restored.value.case);
    else hasUnreadable = true;
  }
  return { cases, hasUnreadable };
}
