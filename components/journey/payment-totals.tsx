'use client';

import { useTranslation } from 'react-i18next';

import { formatMoney, totalsByCurrency } from '@/lib/case/payment-totals';
import type { Payment } from '@/lib/case/schema';

/** The total paid in each currency, and how many payments have no amount or currency. */
export function PaymentTotals({ payments, intlLocale }: { payments: Payment[]; intlLocale: string }) {
  const { t } = useTranslation('journey');
  const { totals, incomplete } = totalsByCurrency(payments);
  if (totals.length === 0) return null;
  return (
    <div className="totals" data-testid="payment-totals">
      <h3>{t('records.totals_title')}</h3>
      <ul>
        {totals.map((x) => (
          <li key={x.currency}>
            {t('records.total_line', {
              amount: formatMoney(x.amount, x.currency, intlLocale),
              count: x.count,
            })}
          </li>
        ))}
      </ul>
      {incomplete > 0 ? <p className="hint">{t('records.total_incomplete', { count: incomplete })}</p> : null}
    </div>
  );
}
