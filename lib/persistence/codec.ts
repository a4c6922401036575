/**
 * Turns a case into the row stored in IndexedDB and back. Today the payload is stored as it is (`format: 'plain'`);
 * the passphrase lock will add an encrypted format here, and nowhere else.
 */
import type { CaseRow } from './db';
import type { StoredCase } from './restore-case';

/** Wraps a case and its session for storage. */
export function encodeCaseRow(stored: StoredCase): CaseRow {
  return { id: stored.case.id, updatedAt: stored.case.updatedAt, format: 'plain', payload: stored };
}

/** Opens a stored row; returns the raw payload for restoreStoredCase, or undefined for an unknown format. */
export function decodeCaseRow(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return undefined;
  const r = row as { format?: unknown; payload?: unknown };
  return r.format === 'plain' ? r.payload : undefined;
}
