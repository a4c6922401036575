'use client';

import { useTranslation } from 'react-i18next';

import { formatAmountForDisplay, keptAmount, readAmount, type AmountReading } from '@/lib/case/amount-input';
import { fractionDigitsOf, normaliseCurrency } from '@/lib/case/currency-signs';
import type { Locale } from '@/lib/i18n/config';

export type AmountFieldProps = {
  id: string;
  /** The field's label, already in the person's language. */
  label: string;
  locale: Locale;
  /** The payment's currency code (BRL, BTC), or null when not chosen yet. */
  currency: string | null;
  /** Exactly what the person typed; kept as it is while they type. */
  raw: string;
  /** The amount kept: null while the text is empty, not an amount, or means two things and no choice is made. */
  value: number | null;
  /** A problem found when the record was checked, shown above the input like other fields. */
  error?: string | null;
  /**
   * Called on every change with the amount to keep (or null), the text as typed, and the currency the text itself
   * names ("R$ 3.000" → BRL), so the editor can offer it when the payment has no currency yet.
   */
  onChange: (value: number | null, raw: string, currencyInText: string | null) => void;
};

const EXAMPLE_AMOUNT = 3000.5;

/**
 * The amount of a payment: a text input read as people write numbers in their language, with the amount understood
 * shown back before it is kept. Text that means two things ("3,000" in Portuguese) asks which one.
 */
export function AmountField({ id, label, locale, currency, raw, value, error, onChange }: AmountFieldProps) {
  const { t } = useTranslation('journey');
  const reading = readAmount(raw, { locale, currency });
  const chosenCurrency = normaliseCurrency(currency);
  const shownCurrency = 'currency' in reading ? (reading.currency ?? chosenCurrency) : chosenCurrency;
  const show = (amount: number) => formatAmountForDisplay(amount, { locale, currency: shownCurrency });
  // An example with decimals, unless the currency has none (JPY): "R$ 3.000,50", "¥3,000".
  const example = formatAmountForDisplay(
    fractionDigitsOf(chosenCurrency) > 0 ? EXAMPLE_AMOUNT : Math.floor(EXAMPLE_AMOUNT),
    { locale, currency },
  );
  const readingId = `${id}-reading`;
  const errorId = `${id}-error`;
  // The amount that will be kept: the one read, or the one chosen when the text means two things.
  const kept = keptAmount(reading, value);
  const describedBy = [error ? errorId : null, readingId].filter(Boolean).join(' ');

  const type = (text: string) => {
    const next = readAmount(text, { locale, currency });
    onChange(keptAmount(next, null), text, currencyOf(next));
  };

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={raw}
        aria-invalid={reading.kind === 'invalid' && reading.reason !== 'incomplete' ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => type(e.target.value)}
      />
      <div id={readingId} aria-live="polite">
        {reading.kind === 'empty' ? <p className="hint">{t('records.amount.hint', { example })}</p> : null}
        {reading.kind === 'invalid' ? (
          <p className={reading.reason === 'incomplete' ? 'hint' : 'field-error'}>
            {t(`records.amount.invalid.${reading.reason}`, { example })}
          </p>
        ) : null}
        {reading.kind === 'ambiguous' ? (
          <AmountChoice
            name={`${id}-choice`}
            question={t('records.amount.ambiguous', {
              first: show(reading.options[0]),
              second: show(reading.options[1]),
            })}
            options={reading.options.map((option) => ({ value: option, label: show(option) }))}
            value={value}
            onChoose={(option) => onChange(option, raw, reading.currency)}
          />
        ) : null}
        {kept !== null ? <p className="hint">{t('records.amount.read_as', { amount: show(kept) })}</p> : null}
        {kept !== null && shownCurrency && chosenCurrency && shownCurrency !== chosenCurrency ? (
          <p className="hint">
            {t('records.amount.other_currency', { written: shownCurrency, chosen: chosenCurrency })}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function AmountChoice({
  name,
  question,
  options,
  value,
  onChoose,
}: {
  name: string;
  question: string;
  options: { value: number; label: string }[];
  value: number | null;
  onChoose: (value: number) => void;
}) {
  return (
    <fieldset className="choices choices--inline">
      <legend className="field__label">{question}</legend>
      {options.map((option, i) => (
        <div className="choice" key={option.value}>
          <input
            id={`${name}-${i}`}
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChoose(option.value)}
          />
          <label htmlFor={`${name}-${i}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function currencyOf(reading: AmountReading): string | null {
  return reading.kind === 'amount' || reading.kind === 'ambiguous' ? reading.currency : null;
}
