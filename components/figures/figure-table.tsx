import { useTranslation } from 'react-i18next';

import type { FigureId } from '@/lib/figures/compute';
import { countText, labelOf, type FigureWords } from '@/lib/figures/labels';
import type { FigureRow } from '@/lib/figures/small-counts';

import styles from './figures.module.css';

const BAR_WIDTH = 100;

// A bar for one row: filled to its count; a hidden count (fewer than 5) is an outline up to 4, never a length.
function Bar({ count, max }: { count: FigureRow['count']; max: number }) {
  const isHidden = count === 'fewer_than_5';
  const width = ((isHidden ? 4 : count) / max) * BAR_WIDTH;
  return (
    <svg className={styles.bar} viewBox={`0 0 ${BAR_WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true">
      <rect
        x="0.5"
        y="0.5"
        width={Math.max(width - 1, 1)}
        height="9"
        className={isHidden ? styles.barHidden : styles.barShown}
      />
    </svg>
  );
}

/** One figure as a table of categories and cases, with a bar beside each number. */
export function FigureTable({ id, rows, words }: { id: FigureId; rows: FigureRow[]; words: FigureWords }) {
  const { t } = useTranslation('journey');
  const max = Math.max(5, ...rows.map((r) => (r.count === 'fewer_than_5' ? 0 : r.count)));
  const hint = id === 'contact_to_report' || id === 'opened_to_report' ? t(`figures:hints.${id}`) : null;
  return (
    <section className={styles.figure} data-testid={`figure-${id}`}>
      <h3>{t(`figures:sections.${id}`)}</h3>
      {hint ? <p className="muted">{hint}</p> : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('figures:columns.category')}</th>
            <th scope="col">{t('figures:columns.cases')}</th>
            <th scope="col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code}>
              <th scope="row">{labelOf(id, row.code, words)}</th>
              <td className={styles.number}>{countText(row.count, words)}</td>
              <td className={styles.barCell}>
                <Bar count={row.count} max={max} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
