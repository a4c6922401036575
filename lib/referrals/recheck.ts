/**
 * The list a maintainer works through when re-checking the directory (npm run directory:report): every entry with
 * the age of its source and the verification a card would show, oldest and weakest first. Pure: the caller passes
 * the day.
 */
import { DIRECTORY, listFactsToCheck } from './directory';
import { shownVerification, WEAKEST_FIRST, yearsSince } from './freshness';
import type { ShownVerification } from './freshness';
import type { DirectoryEntry } from './types';

export type RecheckRow = {
  id: string;
  country: string;
  shown: ShownVerification;
  sourceDate: string | null;
  /** Whole years since the source's date; null when the source is undated (listed first: its age is unknown). */
  ageYears: number | null;
  /** Numbers and addresses marked partial or unverified on their own. */
  factsToCheck: number;
  checkMethod: DirectoryEntry['checkMethod'];
  verifiedOn: string;
  source: string;
};

/** Every entry as a row, undated and oldest sources first, then the weakest verification, then by id. */
export function listForRecheck(asOf: Date, entries: readonly DirectoryEntry[] = DIRECTORY): RecheckRow[] {
  const rows = entries.map((entry): RecheckRow => ({
    id: entry.id,
    country: entry.country,
    shown: shownVerification(entry, asOf),
    sourceDate: entry.sourceDate ?? null,
    ageYears: entry.sourceDate ? yearsSince(entry.sourceDate, asOf) : null,
    factsToCheck: listFactsToCheck(entry).length,
    checkMethod: entry.checkMethod,
    verifiedOn: entry.verifiedOn,
    source: entry.source,
  }));
  const age = (row: RecheckRow) => row.ageYears ?? Number.POSITIVE_INFINITY;
  return rows.sort(
    (a, b) =>
      age(b) - age(a) ||
      WEAKEST_FIRST.indexOf(a.shown) - WEAKEST_FIRST.indexOf(b.shown) ||
      b.factsToCheck - a.factsToCheck ||
      a.id.localeCompare(b.id),
  );
}

/** The rows as a Markdown table, with a count by level on top. */
export function formatRecheckTable(rows: readonly RecheckRow[], asOf: Date): string {
  const counts = WEAKEST_FIRST.map(
    (level) => `${level}: ${rows.filter((row) => row.shown === level).length}`,
  ).join(', ');
  const lines = [
    `# Directory entries to re-check, ${asOf.toISOString().slice(0, 10)}`,
    '',
    `${rows.length} entries (${counts}); ${rows.filter((r) => r.ageYears === null).length} with an undated source.`,
    'Undated and oldest sources first, then the weakest level. See docs/directory.md, "Re-verifying an entry".',
    '',
    '| entry | country | shown as | source dated | age (years) | facts to check | checked | source |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.id} | ${r.country} | ${r.shown} | ${r.sourceDate ?? 'undated'} | ${r.ageYears ?? '?'} | ${r.factsToCheck} | ${r.checkMethod} ${r.verifiedOn} | ${r.source} |`,
    );
  return `${lines.join('\n')}\n`;
}
