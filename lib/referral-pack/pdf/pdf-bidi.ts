/**
 * A small, partial bidirectional layout for PDF lines. PDF text is drawn in visual order, and PDF readers and
 * text extractors expect that, so a line holding Hebrew or Arabic is cut into direction runs (after wrapping,
 * which works in logical order). Runs are returned in visual order, each run's text still in logical order:
 * fontkit lays out a right-to-left run from right to left itself (and shapes Arabic when the run is Arabic).
 * This follows the Unicode Bidirectional Algorithm's main rules only: the first strong character sets the
 * line's direction, neutrals between two runs of one direction take it, others take the line's direction;
 * numbers are kept left to right; there is no mirroring of brackets and no explicit embedding controls.
 */

export type DirectionRun = { text: string; isRtl: boolean };

type BidiClass = 'L' | 'R' | 'N';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms, minus Arabic digits.
const RTL = /[\u0590-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const STRONG_LTR = /[\p{L}\p{Nd}]/u;
const MARK = /\p{M}/u;

/** Cuts a line into direction runs in visual (left-to-right drawing) order. */
export function orderRunsForDisplay(line: string): DirectionRun[] {
  if (!RTL.test(line)) return [{ text: line, isRtl: false }];
  const chars = Array.from(line);
  const classes = classify(chars);
  const base: BidiClass = classes.find((value) => value !== 'N') ?? 'L';
  const resolved = resolveNeutrals(classes, base);
  const runs: DirectionRun[] = [];
  chars.forEach((char, index) => {
    const isRtl = resolved[index] === 'R';
    const last = runs.at(-1);
    if (last !== undefined && last.isRtl === isRtl) last.text += char;
    else runs.push({ text: char, isRtl });
  });
  return base === 'R' ? runs.reverse() : runs;
}

function classify(chars: readonly string[]): BidiClass[] {
  const classes: BidiClass[] = [];
  for (const char of chars) {
    // A combining mark belongs with the character before it.
    const previous = classes.at(-1);
    if (MARK.test(char) && previous !== undefined) classes.push(previous);
    else classes.push(RTL.test(char) ? 'R' : STRONG_LTR.test(char) ? 'L' : 'N');
  }
  return classes;
}

function resolveNeutrals(classes: readonly BidiClass[], base: BidiClass): BidiClass[] {
  const resolved = [...classes];
  let index = 0;
  while (index < resolved.length) {
    if (resolved[index] !== 'N') {
      index += 1;
      continue;
    }
    let end = index;
    while (end < resolved.length && resolved[end] === 'N') end += 1;
    const before = index === 0 ? base : (resolved[index - 1] ?? base);
    const after = end === resolved.length ? base : (resolved[end] ?? base);
    resolved.fill(before === after ? before : base, index, end);
    index = end;
  }
  return resolved;
}
