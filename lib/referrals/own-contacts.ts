/**
 * Contacts the person (or a volunteer) adds to their case: their bank's fraud line, a local charity. They are shown
 * among the referrals and in the pack, with links made safe: only http(s) web links and dialable numbers.
 */
import type { ReferralKind } from '../case/codes';
import type { OwnContact } from '../case/schema';
import { toDialString } from './phone';

/** An own contact, shaped for display next to directory entries. */
export type OwnContactEntry = {
  /** `own:` and the contact's id, so it never collides with a directory id. */
  id: string;
  contactId: string;
  kind: ReferralKind;
  name: string;
  /** As typed; `dial` is null when nothing in it can be dialled (the UI shows it without a link). */
  phones: { display: string; dial: string | null }[];
  /** A safe http(s) link, when the address typed is one. */
  url?: string;
  /** The address as typed. */
  urlText?: string;
  notes?: string;
  isOwn: true;
};

/** Prefix of own-contact ids in the selection. */
export const OWN_CONTACT_PREFIX = 'own:';

/**
 * Turns an address someone typed into a link that is safe to open: http(s) only (never `javascript:` or `data:`),
 * with `https://` added to a bare domain such as `mybank.com/fraud`. Null when it is not a web address.
 */
export function toSafeExternalUrl(typed: string): string | null {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname.includes('.')) return null;
  return parsed.href;
}

/** Shapes one own contact for display. */
export function toOwnContactEntry(contact: OwnContact): OwnContactEntry {
  const entry: OwnContactEntry = {
    id: `${OWN_CONTACT_PREFIX}${contact.id}`,
    contactId: contact.id,
    kind: contact.kind,
    name: contact.name,
    phones: [],
    isOwn: true,
  };
  const phone = contact.phone?.trim();
  if (phone) entry.phones.push({ display: phone, dial: toDialString(phone) });
  const urlText = contact.url?.trim();
  if (urlText) {
    entry.urlText = urlText;
    const url = toSafeExternalUrl(urlText);
    if (url !== null) entry.url = url;
  }
  const notes = contact.notes?.trim();
  if (notes) entry.notes = notes;
  return entry;
}
