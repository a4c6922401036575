/**
 * Phone numbers: turning a number as people write it into what a phone dials, links that open the dialler, SMS or
 * WhatsApp, and the international form for someone calling from another country.
 */
import type { DirectoryCountry } from '../case/codes';
import type { PhoneChannel } from './types';

/** Country calling codes of the directory countries. */
export const CALLING_CODES: Record<DirectoryCountry, string> = {
  US: '1',
  CA: '1',
  MX: '52',
  BR: '55',
  AR: '54',
  CO: '57',
  CL: '56',
  PE: '51',
  ES: '34',
  PT: '351',
  GB: '44',
  AU: '61',
};

/** Letters on a phone keypad, by digit. */
const KEYPAD_GROUPS = ['2ABC', '3DEF', '4GHI', '5JKL', '6MNO', '7PQRS', '8TUV', '9WXYZ'];
const KEYPAD = new Map(
  KEYPAD_GROUPS.flatMap((group) => [...group.slice(1)].map((letter) => [letter, group.charAt(0)] as const)),
);

/**
 * Reads what a phone should dial from a number as written: keeps the digits, a leading + and a leading * (Chile's
 * *4141), and reads a number written in capitals as the keypad does (1-800-CALL-FBI). When the text also spells the number out
 * in brackets ("1-877-FTC-HELP (1-877-382-4357)"), the bracketed digits win. An extension at the end ("ext. 5086")
 * is dropped, since a link cannot dial it. Null when there is nothing to dial.
 */
export function toDialString(written: string): string | null {
  const withoutExtension = written.replace(/\s*(ext\.?|extension|x|ramal|anexo|extensión)\s*\d+\s*$/i, '');
  const bracketed = /\(([^()]*\d[^()]*)\)\s*$/.exec(withoutExtension)?.[1];
  const source = bracketed !== undefined && /^[\d\s+.-]{7,}$/.test(bracketed) ? bracketed : withoutExtension;
  const trimmed = source.trim();
  const prefix = trimmed.startsWith('+') ? '+' : trimmed.startsWith('*') ? '*' : '';
  // Letters spell digits only in a number written in capitals (1-800-CALL-FBI), not in words beside it.
  const isVanity = !/[a-z]/.test(trimmed);
  const digits = [...trimmed].map((c) => (/\d/.test(c) ? c : isVanity ? (KEYPAD.get(c) ?? '') : '')).join('');
  if (digits.length === 0 || digits.length > 15) return null;
  if (prefix === '+' && (digits.length < 7 || digits.startsWith('0'))) return null;
  return prefix + digits;
}

/** A `tel:` link for a number as written, or null when it has nothing to dial. */
export function telHref(written: string): string | null {
  const dial = toDialString(written);
  return dial === null ? null : `tel:${dial}`;
}

/**
 * The link that opens the right app for a number: the dialler for calls, messages for text lines, WhatsApp for
 * WhatsApp numbers (which need the international form). Null when there is nothing to link to.
 */
export function phoneHref(phone: { dial: string; channel?: PhoneChannel }): string | null {
  const dial = toDialString(phone.dial);
  if (dial === null) return null;
  switch (phone.channel) {
    case 'text':
      return `sms:${dial}`;
    case 'whatsapp':
      return dial.startsWith('+') ? `https://wa.me/${dial.slice(1)}` : null;
    default:
      return `tel:${dial}`;
  }
}

/** Tells whether a number can be dialled from another country (it is stored in international form). */
export function isDialableFromAbroad(phone: { dial: string }): boolean {
  return phone.dial.startsWith('+');
}

/**
 * How to show a number. Inside its own country (or when the caller's country is unknown) that is the form the
 * organisation writes; from another country it is the international form (+44 300 123 2040), keeping the
 * organisation's grouping where it can. Numbers that only work inside the country are shown as written: the UI
 * should say so (see isDialableFromAbroad).
 */
export function formatPhoneForDisplay(
  phone: { display: string; dial: string },
  where: { numberCountry?: DirectoryCountry; callerCountry?: string | null },
): string {
  const { numberCountry, callerCountry } = where;
  if (!numberCountry || !callerCountry || callerCountry === numberCountry) return phone.display;
  if (!isDialableFromAbroad(phone)) return phone.display;
  const code = CALLING_CODES[numberCountry];
  if (!phone.dial.startsWith(`+${code}`)) return phone.display;
  const national = phone.dial.slice(code.length + 1);
  return `+${code} ${keepGrouping(phone.display, national) ?? national}`;
}

/** The tail of a written number that spells `digits`, with its spaces and dashes; null when it does not. */
function keepGrouping(display: string, digits: string): string | null {
  const chars = [...display.replace(/[^\d]+$/, '')];
  let taken = '';
  let count = 0;
  for (let i = chars.length - 1; i >= 0 && count < digits.length; i -= 1) {
    const c = chars[i] ?? '';
    if (/\d/.test(c)) count += 1;
    else if (!/[\s.-]/.test(c) && c !== ')' && c !== '(') return null;
    taken = c + taken;
  }
  const grouped = taken.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  return grouped.replace(/[^\d]/g, '') === digits ? grouped : null;
}
