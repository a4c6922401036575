/**
 * The record editors: which fields the UI shows for each repeatable record (payments, identifiers, evidence,
 * reports made, own contacts), in order. Text lives in locales/<lang>/questionnaire.json:
 * records.<list>.title, records.<list>.fields.<field_key>.label, and options under records.options.<options_id>.
 */
import { REFERRAL_KINDS } from '../case/codes';
import {
  EVIDENCE_KINDS,
  IDENTIFIER_KINDS,
  OTHER_REPORT_KIND,
  PAYMENT_METHODS,
  PAYMENT_SCHEMES,
} from '../case/enums';
import type { Case } from '../case/schema';

export const RECORD_LISTS = ['payments', 'identifiers', 'evidence', 'reports_made', 'own_contacts'] as const;
export type RecordListId = (typeof RECORD_LISTS)[number];

/** The case field each record list is stored in. */
export const RECORD_LIST_FIELDS = {
  payments: 'payments',
  identifiers: 'identifiers',
  evidence: 'evidence',
  reports_made: 'reportsMade',
  own_contacts: 'ownContacts',
} as const satisfies Record<RecordListId, keyof Case>;

/** Option lists used by record fields; texts under records.options.<id>.<option>. */
export const RECORD_OPTIONS = {
  payment_methods: PAYMENT_METHODS,
  payment_schemes: PAYMENT_SCHEMES,
  identifier_kinds: IDENTIFIER_KINDS,
  evidence_kinds: EVIDENCE_KINDS,
  report_kinds: [...REFERRAL_KINDS, OTHER_REPORT_KIND],
  contact_kinds: REFERRAL_KINDS,
} as const;
export type RecordOptionsId = keyof typeof RECORD_OPTIONS;

export type RecordFieldInput =
  | 'text'
  | 'long_text'
  | 'number'
  | 'currency'
  | 'date_time'
  | 'country'
  | 'choice'
  /** Filled in by the app when a file is added (name, type, size, SHA-256): shown, not edited. */
  | 'computed';

export type RecordField = {
  /** snake_case key for the locale. */
  key: string;
  /** Where the value lives in the record, e.g. ['recipient', 'account']. */
  path: readonly string[];
  input: RecordFieldInput;
  options?: RecordOptionsId;
  required?: boolean;
  /** Show the field only when another field of the record has one of these values. */
  showIf?: { key: string; in: readonly string[] };
};

const CRYPTO = { key: 'method', in: ['crypto'] } as const;

export const RECORD_FIELDS: Record<RecordListId, readonly RecordField[]> = {
  payments: [
    { key: 'paid_at', path: ['paidAt'], input: 'date_time' },
    { key: 'amount', path: ['amount'], input: 'number' },
    { key: 'currency', path: ['currency'], input: 'currency' },
    { key: 'method', path: ['method'], input: 'choice', options: 'payment_methods' },
    {
      key: 'scheme',
      path: ['scheme'],
      input: 'choice',
      options: 'payment_schemes',
      showIf: { key: 'method', in: ['instant_payment', 'payment_app'] },
    },
    { key: 'own_bank', path: ['ownBank'], input: 'text' },
    { key: 'recipient_name', path: ['recipient', 'name'], input: 'text' },
    { key: 'recipient_bank', path: ['recipient', 'bank'], input: 'text' },
    { key: 'recipient_account', path: ['recipient', 'account'], input: 'text' },
    { key: 'recipient_wallet_address', path: ['recipient', 'walletAddress'], input: 'text', showIf: CRYPTO },
    { key: 'recipient_exchange', path: ['recipient', 'exchange'], input: 'text', showIf: CRYPTO },
    { key: 'recipient_country', path: ['recipientCountry'], input: 'country' },
    { key: 'transaction_hash', path: ['transactionHash'], input: 'text', showIf: CRYPTO },
    { key: 'reference', path: ['reference'], input: 'text' },
    { key: 'notes', path: ['notes'], input: 'long_text' },
  ],
  identifiers: [
    { key: 'kind', path: ['kind'], input: 'choice', options: 'identifier_kinds', required: true },
    { key: 'value', path: ['value'], input: 'text', required: true },
    { key: 'platform', path: ['platform'], input: 'text' },
    { key: 'notes', path: ['notes'], input: 'long_text' },
  ],
  evidence: [
    { key: 'kind', path: ['kind'], input: 'choice', options: 'evidence_kinds', required: true },
    { key: 'description', path: ['description'], input: 'long_text' },
    { key: 'made_at', path: ['madeAt'], input: 'date_time' },
    { key: 'file_name', path: ['fileName'], input: 'computed' },
    { key: 'mime_type', path: ['mimeType'], input: 'computed' },
    { key: 'size_bytes', path: ['sizeBytes'], input: 'computed' },
    { key: 'sha256', path: ['sha256'], input: 'computed' },
  ],
  reports_made: [
    { key: 'kind', path: ['kind'], input: 'choice', options: 'report_kinds', required: true },
    { key: 'organisation', path: ['organisation'], input: 'text' },
    { key: 'date', path: ['date'], input: 'date_time' },
    { key: 'reference', path: ['reference'], input: 'text' },
    { key: 'notes', path: ['notes'], input: 'long_text' },
  ],
  own_contacts: [
    { key: 'kind', path: ['kind'], input: 'choice', options: 'contact_kinds', required: true },
    { key: 'name', path: ['name'], input: 'text', required: true },
    { key: 'phone', path: ['phone'], input: 'text' },
    { key: 'url', path: ['url'], input: 'text' },
    { key: 'notes', path: ['notes'], input: 'long_text' },
  ],
};
