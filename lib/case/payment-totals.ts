import type { Payment } from './schema';

/** Sums payments per currency (payments without an amount or currency are counted apart), largest first. */
export function totalsByCurrency(payments: readonly Payment[]): {
  totals: { currency: string; amount: number; count: number }[];
  incomplete: number;
} {
  const byCurrency = new Map<string, { amount: number; count: number }>();
  let incomplete = 0;
  for (const p of payments) {
    if (p.amount === null || p.currency === null) {
      incomplete += 1;
      continue;
    }
    const entry = byCurrency.get(p.currency) ?? { amount: 0, count: 0 };
    // Sum in minor units to avoid floating-point drift on many small amounts.
    entry.amount = Math.round((entry.amount + p.amount) * 1e8) / 1e8;
    entry.count += 1;
    byCurrency.set(p.currency, entry);
  }
  const totals = [...byCurrency.entries()]
    .map(([currency, v]) => ({ currency, ...v }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
  return { totals, incomplete };
}

/** Formats an amount with its currency for a language; crypto assets and unknown codes print as "0.5 BTC". */
export function formatMoney(amount: number, currency: string, intlLocale: string): string {
  if (isIsoCurrency(currency))
    return new Intl.NumberFormat(intlLocale, { style: 'currency', currency }).format(amount);
  return `${new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 8 }).format(amount)} ${currency}`;
}

let isoCurrencies: Set<string> | null = null;

/** Tells whether a code is an ISO 4217 currency the browser knows (crypto assets are not). */
export function isIsoCurrency(code: string): boolean {
  isoCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCurrencies.has(code);
}
