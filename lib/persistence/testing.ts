import { createEmptyCase } from '@/lib/case/case-file';
import type { Case } from '@/lib/case/schema';

import { EMPTY_SESSION } from '@/lib/store/session';
import type { StoredCase } from './restore-case';

let counter = 0;

/** A valid stored case for tests, with a fresh UUID-shaped id. */
export function makeStoredCase(overrides: Partial<Case> = {}, at = '2026-11-20T10:00:00.000Z'): StoredCase {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  const base = createEmptyCase({ id, now: new Date(at) });
  return { case: { ...base, ...overrides }, session: { ...EMPTY_SESSION, stepId: 'safety_now' } };
}
