/**
 * A hint, kept in localStorage, that the passphrase lock is on, read by a tiny script placed in the journey's page
 * before its first question (app/[lang]/check/page.tsx), so it runs before that is drawn: with it, the journey's prerendered first question is not shown for the moment it takes to
 * find out that the notes are locked (the unlock form comes instead), and the journey loads at once. It says only
 * that the lock is on, which the unlock form shows anyway. The journey keeps it in step with the stored lock each
 * time it reads it, and "Delete everything" clears it with the rest of localStorage.
 */
export const LOCK_HINT_KEY = 'waypoint_lock_on';

/** The attribute the script sets on <html> (app/globals.css hides the prerendered first step under it). */
export const LOCK_HINT_ATTRIBUTE = 'data-lock-hint';

/** The inline script; its hash goes into the Content-Security-Policy with the other inline scripts. */
export function buildLockHintScript(): string {
  const key = JSON.stringify(LOCK_HINT_KEY);
  return `try{localStorage.getItem(${key})==='1'&&document.documentElement.setAttribute('${LOCK_HINT_ATTRIBUTE}','on')}catch(e){}`;
}

/** Records whether the lock is on; storage that refuses is ignored (the hint only saves a moment). */
export function rememberLockHint(isOn: boolean): void {
  try {
    if (isOn) localStorage.setItem(LOCK_HINT_KEY, '1');
    else localStorage.removeItem(LOCK_HINT_KEY);
  } catch {
    // Not kept: the first question shows for a moment, as without the hint.
  }
}

/** Whether this page was drawn with the hint. */
export function isDrawnLocked(): boolean {
  return typeof document !== 'undefined' && document.documentElement.hasAttribute(LOCK_HINT_ATTRIBUTE);
}
