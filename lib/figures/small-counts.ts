/**
 * The small-count rule, in this one place: a count under 5 is never shown as a number, on screen or in the CSV,
 * because a handful of cases can point to a person. The figures object only ever holds counts passed through here.
 */

/** Counts below this are shown as "fewer than 5". */
export const SMALL_COUNT_LIMIT = 5;

/** A count as it may be shown: the number when it is 5 or more, otherwise `fewer_than_5`. */
export type ShownCount = number | 'fewer_than_5';

/** Applies the small-count rule to one count. */
export function shownCount(count: number): ShownCount {
  return count >= SMALL_COUNT_LIMIT ? count : 'fewer_than_5';
}

/** Tells whether a count is large enough for figures built on it (a median, a total) to be shown. */
export function isLargeEnough(count: number): boolean {
  return count >= SMALL_COUNT_LIMIT;
}

/** One row of a figure: a code and how many cases have it. */
export type FigureRow = { code: string; count: ShownCount };

/**
 * Turns raw counts into rows. With `byCount`, rows shown as numbers come first, largest first; rows under the limit
 * follow in the order of `order`, never by their hidden size. Without it, rows keep the order of `order` (a
 * histogram). Codes with no case are left out.
 */
export function rowsOf(
  counts: ReadonlyMap<string, number>,
  order: readonly string[],
  { byCount }: { byCount: boolean },
): FigureRow[] {
  const rank = (code: string) => {
    const index = order.indexOf(code);
    return index === -1 ? order.length : index;
  };
  const present = [...counts.entries()].filter(([, n]) => n > 0);
  const inOrder = present.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  const rows = inOrder.map(([code, n]) => ({ code, count: shownCount(n) }));
  if (!byCount) return rows;
  const shown = rows.filter((r) => r.count !== 'fewer_than_5');
  const hidden = rows.filter((r) => r.count === 'fewer_than_5');
  return [...shown.sort((a, b) => Number(b.count) - Number(a.count)), ...hidden];
}
