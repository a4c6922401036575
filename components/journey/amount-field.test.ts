// The amount field in its states (nothing typed, read, means two things, chosen, not an amount), in each language.
import fs from 'node:fs';
import path from 'node:path';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { createI18n } from '@/lib/i18n/create-i18n';
import { LOCALES, type Locale } from '@/lib/i18n/config';

import { AmountField, type AmountFieldProps } from './amount-field';

// A server render in Node (the unit tests have no DOM): enough to check the words, the choice and the attributes.
function render(locale: Locale, props: Partial<AmountFieldProps>): string {
  const file = path.resolve(import.meta.dirname, `../../locales/${locale}/journey.json`);
  const journey = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const i18n = createI18n(locale, { journey });
  const field = createElement(AmountField, {
    id: 'payments-amount',
    label: 'Amount',
    locale,
    currency: null,
    raw: '',
    value: null,
    onChange: () => undefined,
    ...props,
  });
  // Intl puts a no-break space between "R$" and the number; plain spaces read more easily below.
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, field)).replace(/\u00a0/g, ' ');
}

describe('AmountField', () => {
  it('shows back the amount understood, with the currency, before it is kept', () => {
    const html = render('pt', { currency: 'BRL', raw: '3.000,00', value: 3000 });
    expect(html).toContain('inputMode="decimal"');
    expect(html).toContain('value="3.000,00"');
    expect(html).toContain('Entendemos assim: R$ 3.000,00');
    expect(html).not.toContain('type="radio"');
    expect(html).toContain('aria-describedby="payments-amount-reading"');
  });

  it('shows a plain number when the payment has no currency yet, and the currency the text names', () => {
    expect(render('en', { raw: '3000.5' })).toContain('We read this as: 3,000.5');
    expect(render('en', { raw: 'R$ 3.000,00' })).toContain('We read this as: R$3,000.00');
  });

  it('asks which amount was meant when the text means two things, and keeps nothing until then', () => {
    const html = render('pt', { currency: 'BRL', raw: '3,000', value: null });
    expect(html).toContain('Você quis dizer R$ 3.000,00 ou R$ 3,00?');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).not.toContain('checked');
    expect(html).not.toContain('Entendemos assim');
  });

  it('marks the chosen amount and shows it back once the person has chosen', () => {
    const html = render('en', { currency: 'USD', raw: '3.000', value: 3 });
    expect(html).toContain('Did you mean $3,000.00 or $3.00?');
    expect(html).toMatch(/checked=""\/><label for="payments-amount-choice-1">\$3\.00</);
    expect(html).toContain('We read this as: $3.00');
  });

  it('gives an example written the person’s way when nothing is typed yet', () => {
    expect(render('pt', { currency: 'BRL' })).toContain('Por exemplo: R$ 3.000,50');
    expect(render('en', { currency: 'JPY' })).toContain('For example: ¥3,000');
    expect(render('es', {})).toContain('Por ejemplo: 3000,5');
  });

  it('says plainly why text is not an amount', () => {
    const html = render('es', { currency: 'EUR', raw: 'tres mil' });
    expect(html).toContain('No pudimos leer esto como un importe. Usa solo números, por ejemplo 3000,50 €.');
    expect(html).toContain('aria-invalid="true"');
    expect(render('en', { raw: '-20' })).toContain('Write the amount without a minus sign.');
  });

  it('points out a currency in the text that is not the payment’s', () => {
    const html = render('en', { currency: 'BRL', raw: 'US$ 20', value: 20 });
    expect(html).toContain('We read this as: $20.00');
    expect(html).toContain('This looks like an amount in USD, but this payment’s currency is BRL.');
  });

  it.each(LOCALES)('has every word in %s', (locale) => {
    for (const raw of [
      '',
      '3,000',
      'x',
      '5-',
      '3,',
      '1,5 JPY',
      '9999999999999',
      '0,000000001',
      '12345678,12345678 BTC',
    ])
      expect(render(locale, { raw, value: null })).not.toContain('records.amount');
  });
});
