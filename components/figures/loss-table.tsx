import { useTranslation } from 'react-i18next';

import { formatMoney } from '@/lib/case/payment-totals';
import type { LossRow } from '@/lib/figures/compute';
import { countText, type FigureWords } from '@/lib/figures/labels';

import styles from './figures.module.css';

/** Money lost by currency: cases, and the median per case and total from 5 cases on. */
export function LossTable({
  losses,
  words,
  intlLocale,
}: {
  losses: LossRow[];
  words: FigureWords;
  intlLocale: string;
}) {
  const { t } = useTranslation('journey');
  const money = (amount: number | null, currency: string) =>
    amount === null ? t('figures:not_shown') : formatMoney(amount, currency, intlLocale);
  return (
    <section className={styles.figure} data-testid="figure-losses">
      <h3>{t('figures:sections.losses')}</h3>
      <p className="muted">{t('figures:hints.losses')}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('figures:loss_columns.currency')}</th>
            <th scope="col">{t('figures:loss_columns.cases')}</th>
            <th scope="col">{t('figures:loss_columns.median')}</th>
            <th scope="col">{t('figures:loss_columns.total')}</th>
          </tr>
        </thead>
        <tbody>
          {losses.map((loss) => (
            <tr key={loss.currency} data-code={loss.currency}>
              <th scope="row">
                {loss.currency === 'other' ? t('figures:codes.currency.other') : loss.currency}
              </th>
              <td className={styles.number}>{countText(loss.cases, words)}</td>
              <td className={styles.number}>{money(loss.median, loss.currency)}</td>
              <td className={styles.number}>{money(loss.total, loss.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
