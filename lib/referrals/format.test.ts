import { describe, expect, it } from 'vitest';

import { DIRECTORY, getEntry } from './directory';
import {
  describeHours,
  formatNoticeLine,
  formatPhoneForDisplay,
  formatReferenceDate,
  formatReferralLine,
  formatTime,
  formatTimeZone,
  isDialableFromAbroad,
  phoneHref,
  telHref,
  toDialString,
} from './format';
import { toOwnContactEntry, toSafeExternalUrl } from './own-contacts';
import type { SelectedReferral } from './select';

describe('telHref', () => {
  it.each([
    ['1-877-FTC-HELP (1-877-382-4357)', 'tel:18773824357'],
    ['1-800-CALL-FBI', 'tel:18002255324'],
    ['+44 300 123 2040', 'tel:+443001232040'],
    ['(601) 307 8042', 'tel:6013078042'],
    ['*4141', 'tel:*4141'],
    ['08 08 16 89 111', 'tel:08081689111'],
    ['55 5242 5100 ext. 5086', 'tel:5552425100'],
    ['+351 21 000 0000 (mobile)', 'tel:+351210000000'],
  ])('turns %s into %s', (written, href) => {
    expect(telHref(written)).toBe(href);
  });

  it('gives nothing for text with no number in it', () => {
    expect(telHref('ask at the front desk')).toBeNull();
    expect(toDialString('+0')).toBeNull();
  });

  it('makes a tel: link of only digits, with a leading + or * where the number has one, for every entry', () => {
    for (const entry of DIRECTORY)
      for (const phone of entry.phones) {
        expect(telHref(phone.dial), entry.id).toMatch(/^tel:(\+[1-9]\d+|\*?\d+)$/);
        expect(telHref(phone.dial), entry.id).toBe(`tel:${phone.dial}`);
      }
  });

  it('reads the keypad letters of vanity numbers the same way the data stores them', () => {
    const fbi = getEntry('us_fbi_tips')?.phones[0];
    expect(fbi && toDialString(fbi.display)).toBe('18002255324');
    expect(fbi?.dial).toBe('+18002255324');
  });
});

describe('phoneHref', () => {
  it('opens the dialler, messages or WhatsApp depending on the line', () => {
    expect(phoneHref({ dial: '+443001232040' })).toBe('tel:+443001232040');
    expect(phoneHref({ dial: '7726', channel: 'text' })).toBe('sms:7726');
    expect(phoneHref({ dial: '+34900116117', channel: 'whatsapp' })).toBe('https://wa.me/34900116117');
    expect(phoneHref({ dial: '988', channel: 'call_or_text' })).toBe('tel:988');
  });
});

describe('formatPhoneForDisplay', () => {
  const reportFraud = { display: '0300 123 2040', dial: '+443001232040' };

  it('shows the number as the organisation writes it to someone in the same country', () => {
    expect(formatPhoneForDisplay(reportFraud, { numberCountry: 'GB', callerCountry: 'GB' })).toBe(
      '0300 123 2040',
    );
    expect(formatPhoneForDisplay(reportFraud, { numberCountry: 'GB', callerCountry: null })).toBe(
      '0300 123 2040',
    );
  });

  it('shows the international form, keeping the grouping, to someone abroad', () => {
    expect(formatPhoneForDisplay(reportFraud, { numberCountry: 'GB', callerCountry: 'ES' })).toBe(
      '+44 300 123 2040',
    );
    const sfc = { display: '(601) 307 8042', dial: '+576013078042' };
    expect(formatPhoneForDisplay(sfc, { numberCountry: 'CO', callerCountry: 'US' })).toBe('+57 601 307 8042');
    const ftc = { display: '1-877-FTC-HELP (1-877-382-4357)', dial: '+18773824357' };
    expect(formatPhoneForDisplay(ftc, { numberCountry: 'US', callerCountry: 'MX' })).toBe('+1 877-382-4357');
  });

  it('keeps short and national-only numbers as written (they cannot be dialled from abroad)', () => {
    const lifeline = { display: '13 11 14', dial: '131114' };
    expect(isDialableFromAbroad(lifeline)).toBe(false);
    expect(formatPhoneForDisplay(lifeline, { numberCountry: 'AU', callerCountry: 'GB' })).toBe('13 11 14');
  });
});

describe('hours and dates for the active language', () => {
  it('words opening hours through a locale key with times in the language’s form', () => {
    expect(describeHours({ always: true }, 'en')).toEqual({ key: 'hours.always', params: {} });
    expect(
      describeHours({ days: 'mon_fri', opens: '08:00', closes: '20:00', timeZone: 'America/New_York' }, 'en'),
    ).toEqual({
      key: 'hours.mon_fri',
      params: { opens: formatTime('08:00', 'en'), closes: formatTime('20:00', 'en') },
      timeZone: 'America/New_York',
    });
    expect(describeHours({ opens: '09:00', closes: '17:00' }, 'es').key).toBe('hours.times_only');
    expect(formatTime('08:00', 'en')).toMatch(/8:00\s?AM/);
    expect(formatTime('15:30', 'pt')).toBe('15:30');
    expect(formatTimeZone('America/New_York', 'en')).toMatch(/Eastern/);
  });

  it('shows a year, a month or a day as the reference gives it', () => {
    expect(formatReferenceDate('2021', 'en')).toBe('2021');
    expect(formatReferenceDate('2024-09', 'en')).toBe('September 2024');
    expect(formatReferenceDate('2026-03-04', 'en')).toBe('March 4, 2026');
    expect(formatReferenceDate('2026-03-04', 'es')).toBe('4 de marzo de 2026');
  });
});

describe('command-line lines', () => {
  it('print id, kind, where from, name, phone, web address, verification and reasons', () => {
    const entry = getEntry('gb_report_fraud');
    if (!entry) throw new Error('missing entry');
    const selected: SelectedReferral = {
      source: 'residence',
      entry,
      kind: 'fraud_reporting_centre',
      reasons: ['lost_money', 'scam_reported'],
      verification: entry.verification,
      needsCheck: false,
    };
    expect(formatReferralLine(selected)).toBe(
      'gb_report_fraud | fraud_reporting_centre | residence | Report Fraud (City of London Police) | ' +
        '0300 123 2040 <tel:+443001232040>; +44 300 123 2040 <tel:+443001232040>; 0300 123 2050 <tel:+443001232050> | ' +
        'https://www.reportfraud.police.uk | official; phone 2 partial, phone 3 partial | reasons: lost_money, scam_reported',
    );
  });

  it('mark own contacts as not verified', () => {
    const entry = toOwnContactEntry({
      id: 'b1',
      kind: 'bank_or_payment_provider',
      name: 'My bank',
      phone: '0800 1',
    });
    const line = formatReferralLine({
      source: 'own',
      entry,
      kind: entry.kind,
      reasons: [],
      verification: null,
      needsCheck: false,
    });
    expect(line).toBe(
      'own:b1 | bank_or_payment_provider | own | My bank | 0800 1 <tel:08001> | - | own contact (not verified) | reasons: -',
    );
  });

  it('print notices with what and where they are about', () => {
    expect(
      formatNoticeLine({ code: 'foreign_country_not_in_directory', country: 'LT', reasons: ['r1'] }),
    ).toBe('notice: foreign_country_not_in_directory (LT) | reasons: r1');
  });
});

describe('safe links for own contacts', () => {
  it.each([
    ['mybank.com/fraud', 'https://mybank.com/fraud'],
    ['http://charity.example.org', 'http://charity.example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
    ['localhost', null],
  ])('%s becomes %s', (typed, expected) => {
    expect(toSafeExternalUrl(typed)).toBe(expected);
  });
});
