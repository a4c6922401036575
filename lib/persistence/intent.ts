/**
 * What the person chose on the start page (start new notes, continue some, or a private session), handed to the
 * journey page for one load through sessionStorage. It holds no case content, only the choice and a case id.
 */
export type StartIntent = { action: 'new' } | { action: 'private' } | { action: 'open'; caseId: string };

const KEY = 'app.intent';

/** Records the choice for the next page. */
export function setStartIntent(intent: StartIntent): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(intent));
  } catch {
    // Without session storage the journey page opens the last case or a new one.
  }
}

/** Whether a choice is waiting for this page, without reading or forgetting it. */
export function hasStartIntent(): boolean {
  try {
    return sessionStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** Reads and forgets the choice. */
export function takeStartIntent(): StartIntent | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { action?: unknown; caseId?: unknown };
    if (value.action === 'new' || value.action === 'private') return { action: value.action };
    if (value.action === 'open' && typeof value.caseId === 'string')
      return { action: 'open', caseId: value.caseId };
  } catch {
    // Unreadable: fall through to the default.
  }
  return null;
}
