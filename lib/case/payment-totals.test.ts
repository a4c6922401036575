import { describe, expect, it } from 'vitest';

import { formatMoney, totalsByCurrency } from './payment-totals';
import { PaymentSchema } from './schema';

const pay = (id: string, amount: number | null, currency: string | null) =>
  PaymentSchema.parse({ id, amount, currency });

describe('payment totals', () => {
  it('adds up each currency separately, largest first, and counts payments with missing amounts apart', () => {
    const result = totalsByCurrency([
      pay('a', 0.1, 'EUR'),
      pay('b', 0.2, 'EUR'),
      pay('c', 1500, 'BRL'),
      pay('d', null, 'EUR'),
      pay('e', 0.05, 'BTC'),
    ]);
    expect(result.totals).toEqual([
      { currency: 'BRL', amount: 1500, count: 1 },
      { currency: 'EUR', amount: 0.3, count: 2 },
      { currency: 'BTC', amount: 0.05, count: 1 },
    ]);
    expect(result.incomplete).toBe(1);
  });

  it('formats money for the language, and crypto with its code', () => {
    expect(formatMoney(1234.5, 'EUR', 'es')).toMatch(/1234,50|1\.234,50/);
    expect(formatMoney(1234.5, 'BRL', 'pt-BR')).toContain('R$');
    expect(formatMoney(0.05, 'BTC', 'en')).toBe('0.05 BTC');
  });
});
