// A realistic case for pack tests (no real person's data): a romance scam in Spain, a bank transfer to an IBAN
// yesterday and a crypto payment, identifiers, evidence, a report made, one sensitive answer.
import { CASE_SCHEMA_VERSION, CaseSchema, type Case, type CaseInput } from '../../case/schema';

export const SAMPLE_NOW = new Date('2026-03-05T10:00:00.000Z');
export const SAMPLE_IBAN = 'ES91 2100 0418 4502 0005 1332';
export const SAMPLE_BANK_ACCOUNT_ID = 'PT50 0002 0123 1234 5678 9015 4';
export const SAMPLE_ACCOUNT_TEXT =
  'Conocí a "Daniel" en una app de citas. Me pidió dinero para una operación urgente y le hice una transferencia.';

/** The sample case as input, so tests can change any part before it is parsed. */
export function sampleCaseInput(): CaseInput {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    createdAt: '2026-03-04T09:00:00.000Z',
    updatedAt: '2026-03-05T09:30:00.000Z',
    language: 'es',
    respondent: 'person_harmed',
    country: 'ES',
    ageGroup: 'age_18_to_59',
    answers: {
      in_danger_now: 'no',
      self_harm_thoughts: 'no',
      intimate_image_threat: 'no',
      child_at_risk: 'no',
      incident_types: ['romance_scam'],
      money_sent: 'yes',
      money_last_sent: 'last_24_hours',
      payment_methods: ['bank_transfer', 'crypto'],
      payments_authorised: 'i_made_them',
      contact_start: 'dating_match',
      contact_channels: ['dating_site_or_app', 'messaging_app'],
      first_contact_date: '2025-11-20',
      last_contact_date: '2026-03-04',
      still_in_contact: 'yes',
      more_money_requested: 'yes',
      data_given: ['id_documents'],
      other_party_country: 'GB',
      evidence_kept: ['messages', 'screenshots'],
      reports_already_made: ['police'],
      support_wanted: ['someone_to_talk_to', 'legal_help'],
    },
    payments: [
      {
        id: 'p1',
        paidAt: '2026-03-04T18:40',
        amount: 4850.5,
        currency: 'EUR',
        method: 'bank_transfer',
        ownBank: 'Banco Ejemplo',
        recipient: { name: 'D. Carter Holdings', bank: 'Example Bank UK', account: SAMPLE_IBAN },
        recipientCountry: 'GB',
        reference: 'Invoice 2291',
      },
      {
        id: 'p2',
        paidAt: '2026-02-20',
        amount: 1200,
        currency: 'EUR',
        method: 'bank_transfer',
        recipient: { name: 'D. Carter Holdings', bank: 'Example Bank UK', account: SAMPLE_IBAN },
        recipientCountry: 'GB',
      },
      {
        id: 'p3',
        paidAt: '2026-01-15',
        amount: 0.25,
        currency: 'BTC',
        method: 'crypto',
        recipient: { walletAddress: 'bc1qexampleexampleexampleexample0wallet', exchange: 'Example Exchange' },
        transactionHash: 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16',
      },
    ],
    identifiers: [
      { id: 'i1', kind: 'name', value: 'Daniel Carter' },
      {
        id: 'i2',
        kind: 'profile_url',
        value: 'https://dating.example/profile/daniel-carter-77',
        platform: 'Dating app',
      },
      { id: 'i3', kind: 'phone', value: '+44 7700 900123', platform: 'WhatsApp' },
      { id: 'i4', kind: 'bank_account', value: SAMPLE_BANK_ACCOUNT_ID },
    ],
    evidence: [
      {
        id: 'e1',
        kind: 'screenshot',
        description: 'Chat where he asks for the transfer',
        madeAt: '2026-03-04',
        fileName: 'chat-transfer.png',
        mimeType: 'image/png',
        sizeBytes: 204800,
        sha256: 'b5a931ccf24cd69896178d09f2c2a2ca60d0b6e7dafe6b27ec2d36bc6c412679',
      },
    ],
    reportsMade: [
      {
        id: 'r1',
        kind: 'police_cybercrime_report',
        organisation: 'Policía Nacional',
        date: '2026-03-05',
        reference: 'DEN-2026-004417',
      },
    ],
    account: SAMPLE_ACCOUNT_TEXT,
    checklist: [{ actionId: 'keep_evidence', doneAt: '2026-03-05T08:00:00.000Z' }],
  };
}

/** The sample case, parsed with every default filled in. */
export function sampleCase(change: (input: CaseInput) => void = () => undefined): Case {
  const input = sampleCaseInput();
  change(input);
  return CaseSchema.parse(input);
}
