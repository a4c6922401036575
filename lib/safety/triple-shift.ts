/**
 * Detects "Shift pressed three times within a few seconds" the way GOV.UK's Exit this page does: only presses of
 * Shift on its own count. Shift held to type a capital letter (or any other key pressed in between) starts the count
 * again, because people type names here.
 */
export const TRIPLE_SHIFT_WINDOW_MS = 5000;

export type KeyEventLike = { key: string; repeat?: boolean; type: 'keydown' | 'keyup'; timeStamp: number };

export type TripleShiftDetector = { handle: (event: KeyEventLike) => boolean };

/** Makes a detector; `handle` returns true on the event that completes the third lone Shift press. */
export function createTripleShiftDetector(windowMs = TRIPLE_SHIFT_WINDOW_MS): TripleShiftDetector {
  let presses: number[] = [];
  let isShiftDown = false;
  let wasOtherKeyUsed = false;

  return {
    handle(event) {
      if (event.key !== 'Shift') {
        if (event.type === 'keydown') {
          presses = [];
          if (isShiftDown) wasOtherKeyUsed = true;
        }
        return false;
      }
      if (event.type === 'keydown') {
        if (!event.repeat) {
          isShiftDown = true;
          wasOtherKeyUsed = false;
        }
        return false;
      }
      const isLonePress = isShiftDown && !wasOtherKeyUsed;
      isShiftDown = false;
      if (!isLonePress) {
        presses = [];
        return false;
      }
      presses = [...presses, event.timeStamp].filter((t) => event.timeStamp - t <= windowMs);
      if (presses.length >= 3) {
        presses = [];
        return true;
      }
      return false;
    },
  };
}
