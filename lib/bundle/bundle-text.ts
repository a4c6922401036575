/**
 * The words for why a bundle was refused, in the reader's language: bundle problems from bundle:problems.*, with
 * the files named when hashes do not match; a case file's problems as for a JSON import. Never a library's message.
 */
import { describeImportRefusal } from '@/lib/case/import-case-text';
import type { Translate } from '@/lib/case/problem-text';

import { MAX_BUNDLE_BYTES, type BundleMismatch } from './bundle-format';
import type { BundleRefusal } from './read-bundle';

/** A bundle path as a person knows it: the file's own name (`evidence/ev_1/chat.png` → `chat.png`). */
export function shownName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `maxBytes`: the largest file of the kind being read (a backup's limit is higher than a handover bundle's). */
export function describeBundleRefusal(
  t: Translate,
  refusal: BundleRefusal,
  maxBytes: number = MAX_BUNDLE_BYTES,
): string {
  if (refusal.kind !== 'bundle') return describeImportRefusal(t, refusal);
  return t(`bundle:problems.${refusal.code}`, {
    max: maxBytes / (1024 * 1024),
    files: (refusal.mismatches ?? ([] as BundleMismatch[])).map((m) => shownName(m.path)).join(', '),
  });
}
