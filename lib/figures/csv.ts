/**
 * The figures as CSV for a spreadsheet: one row per category, with the figure it belongs to, its code, its name, the
 * number of cases (or "fewer than 5") and, for losses, the median per case and the total. Column headers and names
 * come from the locales; cells are written by the pack's CSV writer, which quotes and neutralises formulas.
 */
import { toCsv } from '../referral-pack/exports/csv';
import type { CsvCell } from '../referral-pack/exports/csv';
import { FIGURE_IDS } from './compute';
import type { Figures } from './compute';
import { countText, labelOf } from './labels';
import type { FigureWords } from './labels';

const COLUMNS = ['figure', 'code', 'category', 'cases', 'median', 'total'] as const;

/** Writes the figures as CSV text (RFC 4180, CRLF line ends, a byte order mark so Excel reads accents). */
export function figuresToCsv(figures: Figures, words: FigureWords): string {
  const { t } = words;
  const rows: CsvCell[][] = [
    [t('figures:sections.cases'), 'cases', '', countText(figures.cases, words), null, null],
  ];
  for (const id of FIGURE_IDS)
    for (const row of figures.figures[id])
      rows.push([
        t(`figures:sections.${id}`),
        row.code,
        labelOf(id, row.code, words),
        countText(row.count, words),
        null,
        null,
      ]);
  for (const loss of figures.losses)
    rows.push([
      t('figures:sections.losses'),
      loss.currency,
      loss.currency === 'other' ? t('figures:codes.currency.other') : loss.currency,
      countText(loss.cases, words),
      loss.median,
      loss.total,
    ]);
  return toCsv(
    COLUMNS.map((c) => t(`figures:columns.${c}`)),
    rows,
    { bom: true },
  );
}
