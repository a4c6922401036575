import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { INTL_LOCALE, LOCALES, type Locale } from '../i18n/config';
import {
  formatAmountForDisplay,
  formatAmountForInput,
  keptAmount,
  readAmount,
  separatorsOf,
  type AmountReading,
} from './amount-input';
import { fractionDigitsOf } from './currency-signs';
import { formatMoney, isIsoCurrency } from './payment-totals';

const amount = (value: number, currency: string | null = null): AmountReading => ({
  kind: 'amount',
  value,
  currency,
});
const ambiguous = (group: number, decimal: number, currency: string | null = null): AmountReading => ({
  kind: 'ambiguous',
  options: [group, decimal],
  currency,
});
const invalid = (reason: string) => ({ kind: 'invalid', reason });

// The examples of issue #9, read in each language with no currency chosen yet.
const EXAMPLES: Record<Locale, [string, AmountReading][]> = {
  en: [
    ['3.000,00', amount(3000)],
    ['3.000', ambiguous(3000, 3)],
    ['R$ 3.000', ambiguous(3000, 3, 'BRL')],
    ['1.234,56 €', amount(1234.56, 'EUR')],
    ['$1,234.56', amount(1234.56, 'USD')],
    ['1 234,56', amount(1234.56)],
    ['3,000', amount(3000)],
    ['¥3,000', amount(3000, 'JPY')],
  ],
  es: [
    ['3.000,00', amount(3000)],
    // Spain writes 3.000 for three thousand, Mexico 3.000 for three: asked, never guessed.
    ['3.000', ambiguous(3000, 3)],
    ['R$ 3.000', ambiguous(3000, 3, 'BRL')],
    ['1.234,56 €', amount(1234.56, 'EUR')],
    // "$" is the sign of many pesos as well as the dollar: the amount is clear, the currency is not.
    ['$1,234.56', amount(1234.56)],
    ['1 234,56', amount(1234.56)],
    ['3,000', ambiguous(3000, 3)],
  ],
  pt: [
    ['3.000,00', amount(3000)],
    ['3.000', amount(3000)],
    ['R$ 3.000', amount(3000, 'BRL')],
    ['1.234,56 €', amount(1234.56, 'EUR')],
    ['$1,234.56', amount(1234.56)],
    ['1 234,56', amount(1234.56)],
    ['3,000', ambiguous(3000, 3)],
    ['3000,00', amount(3000)],
  ],
};

describe('reading an amount as people write it', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(EXAMPLES[locale])('reads "%s"', (text, expected) => {
      expect(readAmount(text, { locale, currency: null })).toEqual(expected);
    });

    it('groups thousands with a space, a no-break space or a narrow no-break space', () => {
      for (const space of [' ', '\u00a0', '\u202f'])
        expect(readAmount(`1${space}234${space}567,89`, { locale, currency: null })).toEqual(
          amount(1234567.89),
        );
    });

    it('says nothing was typed, and says what is wrong with text that is not an amount', () => {
      const read = (text: string, currency: string | null = null) => readAmount(text, { locale, currency });
      expect(read('   ')).toEqual({ kind: 'empty' });
      expect(read('abc')).toEqual(invalid('not_a_number'));
      expect(read('3 mil')).toEqual(invalid('not_a_number'));
      expect(read('1,23,456')).toEqual(invalid('not_a_number'));
      expect(read('1..5')).toEqual(invalid('not_a_number'));
      expect(read('R$ 5 USD')).toEqual(invalid('not_a_number'));
      expect(read('3,')).toEqual(invalid('incomplete'));
      expect(read('-50')).toEqual(invalid('negative'));
      expect(read('R$ -50')).toEqual(invalid('negative'));
      expect(read('2000000000000')).toEqual(invalid('too_large'));
      expect(read('3,5', 'JPY')).toEqual(invalid('too_many_decimals'));
      expect(read('1,2345', 'BRL')).toEqual(invalid('too_many_decimals'));
      expect(read('12345678,12345678', 'BTC')).toEqual(invalid('too_precise'));
    });
  });

  it('fixes issue #9: "3.000,00" and "3.000" are three thousand reais in Portuguese, shown back as such', () => {
    const options = { locale: 'pt', currency: 'BRL' } as const;
    expect(readAmount('3.000,00', options)).toEqual(amount(3000));
    expect(readAmount('3.000', options)).toEqual(amount(3000));
    expect(formatAmountForDisplay(3000, options)).toBe('R$\u00a03.000,00');
  });

  it('asks about "3,000" in Portuguese, even in reais', () => {
    expect(readAmount('3,000', { locale: 'pt', currency: 'BRL' })).toEqual(ambiguous(3000, 3));
    expect(readAmount('R$ 3,000', { locale: 'pt', currency: null })).toEqual(ambiguous(3000, 3, 'BRL'));
  });

  it('drops a reading the currency cannot have (more decimals than its minor units)', () => {
    expect(readAmount('3,125', { locale: 'pt', currency: 'BRL' })).toEqual(amount(3125));
    expect(readAmount('3,125', { locale: 'pt', currency: null })).toEqual(ambiguous(3125, 3.125));
    expect(readAmount('3.500 JPY', { locale: 'en', currency: null })).toEqual(amount(3500, 'JPY'));
  });

  it('keeps up to 8 decimals for crypto assets and when no currency is chosen', () => {
    expect(readAmount('0.00012345 BTC', { locale: 'en', currency: null })).toEqual(amount(0.00012345, 'BTC'));
    expect(readAmount('0,00012345', { locale: 'pt', currency: 'BTC' })).toEqual(amount(0.00012345));
    expect(readAmount('15,5 usdt', { locale: 'es', currency: null })).toEqual(amount(15.5, 'USDT'));
    expect(readAmount('0,000000001', { locale: 'pt', currency: 'BTC' })).toEqual(
      invalid('too_many_decimals'),
    );
  });

  it('reads a currency sign as the chosen currency when it is one of its signs', () => {
    expect(readAmount('$ 3.000,50', { locale: 'es', currency: 'ARS' })).toEqual(amount(3000.5, 'ARS'));
    expect(readAmount('$ 3.000,50', { locale: 'es', currency: null })).toEqual(amount(3000.5));
    // Argentine pesos have cents: "3.000" may be three thousand or three.
    expect(readAmount('$ 3.000', { locale: 'es', currency: 'ARS' })).toEqual(ambiguous(3000, 3, 'ARS'));
    expect(readAmount('S/ 150.50', { locale: 'es', currency: null })).toEqual(amount(150.5, 'PEN'));
    expect(readAmount('US$ 20', { locale: 'en', currency: null })).toEqual(amount(20, 'USD'));
    expect(readAmount('20 brl', { locale: 'en', currency: null })).toEqual(amount(20, 'BRL'));
  });

  it('reads a decimal mark typed first, and the other language’s convention when it can only mean one thing', () => {
    expect(readAmount(',5', { locale: 'pt', currency: null })).toEqual(amount(0.5));
    expect(readAmount('1,234.56', { locale: 'pt', currency: null })).toEqual(amount(1234.56));
    expect(readAmount('3.50', { locale: 'pt', currency: null })).toEqual(amount(3.5));
    expect(readAmount('0,500', { locale: 'en', currency: null })).toEqual(amount(0.5));
  });
});

describe('the amount kept', () => {
  it('is the amount read, or the one the person chose when the text means two things', () => {
    expect(keptAmount(amount(3000), null)).toBe(3000);
    expect(keptAmount(ambiguous(3000, 3), null)).toBeNull();
    expect(keptAmount(ambiguous(3000, 3), 3)).toBe(3);
    expect(keptAmount(ambiguous(3000, 3), 42)).toBeNull();
    expect(keptAmount({ kind: 'invalid', reason: 'negative' }, 3)).toBeNull();
  });

  it('changes with the payment’s currency, so it is worked out again when the currency changes', () => {
    const inReais = readAmount('3,125', { locale: 'pt', currency: 'BRL' });
    const withNoCurrency = readAmount('3,125', { locale: 'pt', currency: null });
    expect(keptAmount(inReais, null)).toBe(3125);
    expect(keptAmount(withNoCurrency, 3125)).toBe(3125);
    expect(keptAmount(withNoCurrency, null)).toBeNull();
  });
});

describe('separators come from Intl', () => {
  it('uses "," then "." in English and "." then "," in Spanish and Portuguese', () => {
    expect(separatorsOf('en')).toEqual({ group: ',', decimal: '.' });
    expect(separatorsOf('es')).toEqual({ group: '.', decimal: ',' });
    expect(separatorsOf('pt')).toEqual({ group: '.', decimal: ',' });
  });
});

const CURRENCIES = [
  'BRL',
  'EUR',
  'USD',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'GBP',
  'AUD',
  'CAD',
  'JPY',
  'BTC',
];
const RUNS = 10_000;

// Amounts the currency can hold: whole minor units, up to a trillion and 15 significant digits.
function amountArbitrary(digits: number): fc.Arbitrary<number> {
  const maxMinor = BigInt(Math.min(1e12 * 10 ** digits, 1e15 - 1));
  const scale = 10 ** digits;
  const small = fc.integer({ min: 0, max: 10_000_000 }).map(BigInt);
  const whole = fc.bigInt({ min: 0n, max: maxMinor });
  // Up to 999.999 with exactly three decimals: the texts that mean two things ("1,234" in Portuguese).
  const threeDecimals = fc
    .integer({ min: 0, max: 999_999 })
    .map((n) => BigInt(n) * 10n ** BigInt(digits - 3));
  return (digits >= 3 ? fc.oneof(small, whole, threeDecimals) : fc.oneof(small, whole)).map(
    (minor) => Number(minor) / scale,
  );
}

// The one case the rules ask about: one to three digits, the language's decimal mark, exactly three digits
// (with a currency sign or code around them, or not). Intl writes it for three-decimal amounts such as 1.234 BTC.
// In Spanish, written both ways across countries, the grouping mark alone before three digits asks too ("12.500").
function isAmbiguousText(text: string, locale: Locale): boolean {
  const { decimal, group } = separatorsOf(locale);
  const number = text.replace(/^\D+|\D+$/g, '');
  const marks = locale === 'es' ? `[\\${decimal}\\${group}]` : `\\${decimal}`;
  return new RegExp(`^[1-9]\\d{0,2}${marks}\\d{3}$`).test(number);
}

describe.each(LOCALES)('formatting then reading any amount in %s', (locale) => {
  const intlLocale = INTL_LOCALE[locale];
  const { group } = separatorsOf(locale);

  it.each(CURRENCIES)('gives the same amount in %s', (currency) => {
    const digits = fractionDigitsOf(currency);
    // Intl does not know crypto assets and would round them to 2 decimals.
    const extra = isIsoCurrency(currency) ? {} : { maximumFractionDigits: digits };
    const withSymbol = new Intl.NumberFormat(intlLocale, { style: 'currency', currency });
    const withCode = new Intl.NumberFormat(intlLocale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      ...extra,
    });
    const plain = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: digits });
    let ambiguousCount = 0;

    // Reads the text and checks it gives the amount (or asks, with the amount as one option, when the text is the
    // one case that means two things). Compared by hand, not with expect(): 50,000 readings per test.
    const check = (text: string, value: number, chosen: string | null, named: string | null) => {
      const read = readAmount(text, { locale, currency: chosen });
      const isExact = read.kind === 'amount' && read.value === value && read.currency === named;
      const isAsked = read.kind === 'ambiguous' && read.options.includes(value) && read.currency === named;
      // In Spanish a grouped text asks only where the currency allows both readings ("12.345" in euros is exact).
      const isRight = isAmbiguousText(text, locale) ? isAsked || (locale === 'es' && isExact) : isExact;
      if (!isRight) throw new Error(`"${text}" was read as ${JSON.stringify(read)}`);
      if (read.kind === 'ambiguous') ambiguousCount += 1;
    };

    fc.assert(
      fc.property(amountArbitrary(digits), (value) => {
        // How the app shows amounts (formatMoney), with the currency chosen and not chosen yet.
        const shown = isIsoCurrency(currency)
          ? withSymbol.format(value)
          : formatMoney(value, currency, intlLocale);
        check(shown, value, currency, currency);
        check(shown, value, null, currency);
        check(withCode.format(value), value, currency, currency);
        // A plain number, as the field shows a kept amount to edit again, and grouped with narrow no-break spaces.
        const text = plain.format(value);
        // The text the field shows to edit a kept amount again always reads back as that amount, never asks.
        const input = formatAmountForInput(value, locale);
        const again = readAmount(input, { locale, currency });
        if (again.kind !== 'amount' || again.value !== value)
          throw new Error(`"${input}" read as ${JSON.stringify(again)}`);
        check(text, value, currency, null);
        check(text.replaceAll(group, '\u202f'), value, currency, null);
      }),
      { seed: 9, numRuns: RUNS },
    );
    // Text that means two things was generated and checked, where the currency can have three decimals.
    if (digits >= 3) expect(ambiguousCount).toBeGreaterThan(100);
  });
});
