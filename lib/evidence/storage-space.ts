/**
 * Checks, before anything is saved, whether a file is likely to fit in the space the browser gives this app, and
 * recognises the "quota exceeded" errors a save can still fail with. `navigator.storage.estimate()` is only a
 * forecast (Chrome 138+ reports an artificial quota, and private windows enforce a smaller one), so every write
 * must also handle quota errors (docs/sources.md, "Browser storage limits").
 */

export type StorageEstimateLike = { quota?: number; usage?: number };

export type SpaceCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'not_enough_space';
      /** The file's own size in bytes, as the person knows it. */
      neededBytes: number;
      /** The largest file that fits now, after the safety margin; always smaller than `neededBytes`. */
      availableBytes: number;
    };

/** Extra room kept free beyond the file itself, for the database's own records and for other data. */
export const SPACE_MARGIN_PERCENT = 10;
export const SPACE_MARGIN_BYTES = 5 * 1000 * 1000;

/**
 * Tells whether a file of `bytes` should fit, keeping a safety margin (the size × 1.1 + 5 MB). When the browser
 * cannot say how much space is left, the answer is "ok" and the save itself is the test. Both sizes in a refusal
 * are on the file's scale, so "this file is X but only Y is free" is always true as displayed.
 */
export async function checkSpaceFor(
  bytes: number,
  estimate: () => Promise<StorageEstimateLike> = estimateFromBrowser,
): Promise<SpaceCheck> {
  let found: StorageEstimateLike;
  try {
    found = await estimate();
  } catch {
    return { ok: true };
  }
  const { quota, usage } = found;
  if (!isCount(quota) || !isCount(usage)) return { ok: true };
  const free = Math.max(0, quota - usage);
  // Integer arithmetic (× 100 / 110 rather than / 1.1), so the line falls exactly where documented.
  const largestThatFits = Math.max(
    0,
    Math.floor(((free - SPACE_MARGIN_BYTES) * 100) / (100 + SPACE_MARGIN_PERCENT)),
  );
  if (bytes <= largestThatFits) return { ok: true };
  return { ok: false, reason: 'not_enough_space', neededBytes: bytes, availableBytes: largestThatFits };
}

/**
 * Tells whether a failed save ran out of space: a DOMException named 'QuotaExceededError', Dexie's
 * `QuotaExceededError`, or an error wrapping one (Dexie reports Chrome's aborted transaction as an `AbortError`
 * whose `inner` is the quota error). Firefox's read-only database after a quota error is not recognised here.
 */
export function isQuotaError(error: unknown): boolean {
  return isQuotaErrorAt(error, 0);
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// The legacy DOMException code for QUOTA_EXCEEDED_ERR.
const QUOTA_EXCEEDED_CODE = 22;
const MAX_WRAPPING_DEPTH = 5;

function isQuotaErrorAt(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_WRAPPING_DEPTH) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (error instanceof DOMException && e.code === QUOTA_EXCEEDED_CODE) return true;
  return isQuotaErrorAt(e.inner, depth + 1) || isQuotaErrorAt(e.cause, depth + 1);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

async function estimateFromBrowser(): Promise<StorageEstimateLike> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.estimate !== 'function') return {};
  return storage.estimate();
}
