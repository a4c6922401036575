/**
 * Currency signs and codes written next to an amount ("R$", "US$", "€", "BRL", "btc"), and how many decimals a
 * currency has. Signs are not a hand-written table: they are the ones Intl itself prints for a short list of
 * currencies people using the app often pay in, in the app's languages and in each currency's home language.
 */
import { INTL_LOCALE } from '../i18n/config';
import { isIsoCurrency } from './payment-totals';

/** Crypto assets are not ISO 4217 and Intl does not know them; amounts in them may have many decimals. */
export const CRYPTO_CODES = ['BTC', 'ETH', 'USDT', 'USDC', 'BNB', 'XRP', 'SOL', 'TRX', 'LTC', 'DOGE', 'XMR'];

/** Decimals allowed when the currency is not known to Intl (crypto) or not given; formatMoney shows as many. */
export const OPEN_FRACTION_DIGITS = 8;

// Currencies whose signs are recognised even when the payment has no currency yet.
const COMMON_CURRENCIES = [
  'BRL',
  'EUR',
  'USD',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'UYU',
  'PYG',
  'BOB',
  'GBP',
  'CAD',
  'AUD',
  'JPY',
  'CNY',
  'CHF',
];

// Where a currency is written at home, when its sign there differs from the app's languages ("S/" in Peru).
const HOME_LOCALE: Partial<Record<string, string>> = {
  BRL: 'pt-BR',
  PEN: 'es-PE',
  ARS: 'es-AR',
  MXN: 'es-MX',
  CLP: 'es-CL',
  COP: 'es-CO',
  UYU: 'es-UY',
  PYG: 'es-PY',
  BOB: 'es-BO',
};

const APP_INTL_LOCALES = Object.values(INTL_LOCALE);
const symbolCache = new Map<string, string>();
const signsCache = new Map<string, string[]>();
const digitsCache = new Map<string, number>();

function symbolOf(currency: string, intlLocale: string, display: 'symbol' | 'narrowSymbol'): string {
  const key = `${currency}|${intlLocale}|${display}`;
  let symbol = symbolCache.get(key);
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat(intlLocale, {
      style: 'currency',
      currency,
      currencyDisplay: display,
    }).formatToParts(1);
    symbol = parts.find((p) => p.type === 'currency')?.value ?? currency;
    symbolCache.set(key, symbol);
  }
  return symbol;
}

// Every sign Intl writes for an ISO currency: its symbol in each app language and at home, and its narrow symbol.
function signsOf(currency: string): string[] {
  let signs = signsCache.get(currency);
  if (signs === undefined) {
    const home = HOME_LOCALE[currency];
    const locales = home ? [...APP_INTL_LOCALES, home] : APP_INTL_LOCALES;
    signs = isIsoCurrency(currency)
      ? [...locales.map((l) => symbolOf(currency, l, 'symbol')), symbolOf(currency, 'en', 'narrowSymbol')]
      : [];
    signsCache.set(currency, signs);
  }
  return signs;
}

/** Normalises a currency code as the case file stores it (upper case), or null when it is not one. */
export function normaliseCurrency(code: string | null): string | null {
  const upper = (code ?? '').trim().toUpperCase();
  return /^[A-Z][A-Z0-9]{1,9}$/.test(upper) ? upper : null;
}

/**
 * Which currency a sign or code written next to an amount names, in the app language `intlLocale`, when the
 * payment's currency is `chosen`:
 * - a code (ISO 4217 that Intl knows, a common crypto asset, or the chosen currency's own code) names itself;
 * - a sign of the chosen currency names it ("$" when the payment is in Mexican pesos);
 * - the symbol Intl prints for exactly one currency in this language names it ("$" in English is USD);
 * - otherwise a sign shared by several currencies ("$" in Spanish or Portuguese) names none: `currency` is null;
 * - anything else is not a currency sign at all.
 */
export function resolveCurrencySign(
  sign: string,
  intlLocale: string,
  chosen: string | null,
): { isSign: false } | { isSign: true; currency: string | null } {
  const upper = sign.toUpperCase();
  if (upper === chosen || CRYPTO_CODES.includes(upper) || (/^[A-Z]{3}$/.test(upper) && isIsoCurrency(upper)))
    return { isSign: true, currency: upper };
  if (chosen && signsOf(chosen).some((s) => s === sign || s.toUpperCase() === upper))
    return { isSign: true, currency: chosen };
  const here = commonSymbolsIn(intlLocale).get(sign) ?? [];
  if (here.length === 1) return { isSign: true, currency: here[0] ?? null };
  const anywhere = commonSigns().get(upper) ?? [];
  if (anywhere.length === 0) return { isSign: false };
  return { isSign: true, currency: anywhere.length === 1 ? (anywhere[0] ?? null) : null };
}

const symbolsInCache = new Map<string, Map<string, string[]>>();
let commonSignsCache: Map<string, string[]> | null = null;

// The common currencies by the symbol Intl prints for them in one language ("$" → USD in English).
function commonSymbolsIn(intlLocale: string): Map<string, string[]> {
  let bySymbol = symbolsInCache.get(intlLocale);
  if (!bySymbol) {
    bySymbol = new Map();
    for (const c of COMMON_CURRENCIES) addTo(bySymbol, symbolOf(c, intlLocale, 'symbol'), c);
    symbolsInCache.set(intlLocale, bySymbol);
  }
  return bySymbol;
}

// The common currencies by every sign they have, in upper case ("$" → USD, MXN, ARS…).
function commonSigns(): Map<string, string[]> {
  if (!commonSignsCache) {
    commonSignsCache = new Map();
    for (const c of COMMON_CURRENCIES)
      for (const s of signsOf(c)) addTo(commonSignsCache, s.toUpperCase(), c);
  }
  return commonSignsCache;
}

function addTo(map: Map<string, string[]>, key: string, currency: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(currency)) list.push(currency);
  map.set(key, list);
}

/** How many decimals an amount in this currency may have: Intl's minor units (JPY 0, BRL 2), else 8 (crypto). */
export function fractionDigitsOf(currency: string | null): number {
  if (currency === null || !isIsoCurrency(currency)) return OPEN_FRACTION_DIGITS;
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
    digitsCache.set(currency, digits ?? 2);
  }
  return digits ?? 2;
}
