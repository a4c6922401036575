/**
 * Storage failures the person must be told about, in three kinds the screens can explain: the device is full, the
 * database connection was lost (and could not be reopened), storage is not available at all (some private
 * windows), or the case being saved was deleted meanwhile (in another tab), so it must not be written back.
 * Never a silent drop.
 */
export type StorageErrorCode = 'full' | 'connection_lost' | 'unavailable' | 'deleted' | 'unknown';

export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, cause?: unknown) {
    super(`storage: ${code}`, { cause });
    this.name = 'StorageError';
    this.code = code;
  }
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner ?? (e as { cause?: unknown }).cause;
  }
  return names;
}

/** Classifies any error thrown by IndexedDB or dexie. */
export function classifyStorageError(error: unknown): StorageErrorCode {
  if (error instanceof StorageError) return error.code;
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.some((n) => ['DatabaseClosedError', 'InvalidStateError', 'TransactionInactiveError'].includes(n)))
    return 'connection_lost';
  if (names.some((n) => ['MissingAPIError', 'OpenFailedError', 'SecurityError'].includes(n)))
    return 'unavailable';
  if (names.includes('UnknownError') && String((error as Error).message).includes('onnection'))
    return 'connection_lost';
  return 'unknown';
}
