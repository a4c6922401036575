/**
 * Facts about money: whether it was lost, how, and whether time windows for getting it back are still open.
 * Windows: 72 hours for a bank recall or freeze (and the FBI Financial Fraud Kill Chain for international wires of
 * US$50,000 or more); 2 business days for US unauthorised electronic transfers; 80 days for Brazil's Pix MED;
 * 13 months for UK APP reimbursement (docs/sources.md, "Triage guidance": FBI IC3 Recovery Asset Team and Financial Fraud
 * Kill Chain, US EFTA and Regulation E, Banco Central do Brasil Pix MED, UK APP fraud reimbursement).
 */
import type { PaymentMethod } from '../../case/enums';
import type { Payment } from '../../case/schema';
import type { FactContext } from './context';
import { paidWith } from './context';
import type { FactDefinition } from './fact';
import { businessDaysSince, isWithinDays, isWithinHours, isWithinMonths, latestInstantOf } from './time';

const BUCKETS_72_HOURS = ['last_24_hours', 'last_3_days'];
const BUCKETS_80_DAYS = [...BUCKETS_72_HOURS, 'last_2_weeks', 'last_80_days'];
const BUCKETS_13_MONTHS = [...BUCKETS_80_DAYS, 'last_13_months'];
const BANK_ROUTE: readonly PaymentMethod[] = [
  'bank_transfer',
  'international_wire',
  'card',
  'instant_payment',
  'payment_app',
  'other',
  'dont_know',
];
const US_ELECTRONIC: readonly PaymentMethod[] = ['card', 'bank_transfer', 'instant_payment', 'payment_app'];

type Window = (at: Date, now: Date) => boolean;
const within72Hours: Window = (at, now) => isWithinHours(at, now, 72);
const within80Days: Window = (at, now) => isWithinDays(at, now, 80);
const within13Months: Window = (at, now) => isWithinMonths(at, now, 13);
const within2BusinessDays: Window = (at, now) =>
  isWithinHours(at, now, 24 * 7) && businessDaysSince(at, now) <= 2;

/** Money went out: the person said so, recorded a payment, or paid a "recovery" fee. */
function isMoneyLost(ctx: FactContext): boolean {
  return (
    ctx.is('money_sent', 'yes') ||
    ctx.payments.some(({ payment }) => payment.amount !== 0) ||
    ctx.is('recovery_fee_paid', 'yes')
  );
}

/**
 * Whether money matching `match` was sent within a window. Dated payment records decide when there are any: a
 * matching one inside the window says yes, and when every record is dated, nothing else counts. Otherwise the
 * "when did money last go out" answer decides, read as of when it was given (or, for older case files, when the
 * case was last updated: the latest moment the payment can have been), for a matching payment or method.
 */
function sentWithin(
  ctx: FactContext,
  window: Window,
  buckets: readonly string[],
  match: (p: Payment) => boolean,
  methodKnown: boolean,
): boolean {
  if (!isMoneyLost(ctx)) return false;
  const matching = ctx.payments.filter(({ payment }) => match(payment));
  if (matching.some(({ at }) => at !== null && window(at, ctx.now))) return true;
  const allDated = ctx.payments.length > 0 && ctx.payments.every(({ at }) => at !== null);
  if (allDated) return false;
  // As of when the answer was given (case files before version 3 did not record it: then the last update).
  const answeredAt = latestInstantOf(ctx.c.answeredAt.money_last_sent ?? ctx.c.updatedAt);
  const bucketOpen =
    ctx.lastSent !== undefined &&
    buckets.includes(ctx.lastSent) &&
    answeredAt !== null &&
    window(answeredAt, ctx.now);
  return bucketOpen && (methodKnown || matching.some(({ at }) => at === null));
}

/**
 * The European Economic Area (the EU's member states, Iceland, Liechtenstein and Norway): a euro bank transfer between
 * two of these countries is a SEPA credit transfer.
 */
// prettier-ignore
const EEA_COUNTRIES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * A euro transfer from one EEA country to another is a SEPA credit transfer: the sending bank recalls it through the
 * SEPA scheme, on the same route as the payment (docs/sources.md, "Triage guidance", "SEPA credit transfer recall"),
 * not with a SWIFT recall. The bank call is the step, as for a transfer at home.
 */
function isSepaTransfer(home: string, there: string, p: Payment): boolean {
  return EEA_COUNTRIES.has(home) && EEA_COUNTRIES.has(there) && p.currency === 'EUR';
}

function isInternationalWire(ctx: FactContext, p: Payment): boolean {
  if (p.method === 'international_wire') return true;
  const home = ctx.c.country;
  const there = p.recipientCountry;
  return (
    p.method === 'bank_transfer' &&
    !!home &&
    !!there &&
    there !== 'other' &&
    home !== 'other' &&
    there !== home &&
    !isSepaTransfer(home, there, p)
  );
}

function isPix(ctx: FactContext, p: Payment): boolean {
  return p.scheme === 'pix' || (ctx.c.country === 'BR' && p.method === 'instant_payment');
}

function isUkBankTransfer(p: Payment): boolean {
  return (
    paidWith(p, ['bank_transfer', 'instant_payment'], ['faster_payments']) &&
    p.method !== 'international_wire'
  );
}

const any = () => true;
const usesMethod = (ctx: FactContext, ...methods: PaymentMethod[]) => methods.some((m) => ctx.methods.has(m));

export const MONEY_FACTS = [
  {
    id: 'money_lost',
    from: ['money_sent', 'payments', 'recovery_fee_paid'],
    describe: 'money was sent or taken',
    test: isMoneyLost,
  },
  {
    id: 'money_asked_not_paid',
    from: ['money_sent'],
    describe: 'money was asked for but not paid',
    test: (ctx) => ctx.is('money_sent', 'asked_not_paid'),
  },
  {
    id: 'money_sent_last_72_hours',
    from: ['money_last_sent', 'payments'],
    describe: 'money was sent in the last 72 hours',
    test: (ctx) => sentWithin(ctx, within72Hours, BUCKETS_72_HOURS, any, true),
  },
  {
    id: 'money_sent_last_13_months',
    from: ['money_last_sent', 'payments'],
    describe: 'money was sent in the last 13 months',
    test: (ctx) => sentWithin(ctx, within13Months, BUCKETS_13_MONTHS, any, true),
  },
  {
    id: 'bank_route_used',
    from: ['payment_methods', 'payments'],
    describe: 'the money went through a bank, card or payment provider (or the method is not known)',
    test: (ctx) => isMoneyLost(ctx) && (ctx.methods.size === 0 || BANK_ROUTE.some((m) => ctx.methods.has(m))),
  },
  {
    id: 'paid_by_international_wire',
    from: ['payment_methods', 'payments'],
    describe: 'money was sent by bank transfer to another country',
    test: (ctx) =>
      usesMethod(ctx, 'international_wire') || ctx.payments.some((p) => isInternationalWire(ctx, p.payment)),
  },
  {
    id: 'international_wire_50k_usd_last_72_hours',
    from: ['country', 'payments'],
    describe: 'from the US, an international wire of US$50,000 or more was sent in the last 72 hours',
    test: (ctx) =>
      ctx.c.country === 'US' &&
      ctx.payments.some(
        ({ payment, at }) =>
          at !== null &&
          isInternationalWire(ctx, payment) &&
          payment.currency === 'USD' &&
          (payment.amount ?? 0) >= 50_000 &&
          within72Hours(at, ctx.now),
      ),
  },
  {
    id: 'paid_by_crypto',
    from: ['payment_methods', 'payments'],
    describe: 'money was sent as crypto',
    test: (ctx) => usesMethod(ctx, 'crypto'),
  },
  {
    id: 'paid_by_gift_card',
    from: ['payment_methods', 'payments'],
    describe: 'money was paid with gift cards',
    test: (ctx) => usesMethod(ctx, 'gift_card'),
  },
  {
    id: 'paid_by_cash_or_courier',
    from: ['payment_methods', 'payments'],
    describe: 'cash or valuables were handed over or sent by courier',
    test: (ctx) => usesMethod(ctx, 'cash_or_courier'),
  },
  {
    id: 'paid_by_money_transfer_service',
    from: ['payment_methods', 'payments'],
    describe: 'money was sent through a money transfer service',
    test: (ctx) => usesMethod(ctx, 'money_transfer_service'),
  },
  {
    id: 'pix_payment_last_80_days',
    from: ['country', 'payment_methods', 'money_last_sent', 'payments'],
    describe: 'a Pix payment was made in the last 80 days',
    test: (ctx) =>
      sentWithin(
        ctx,
        within80Days,
        BUCKETS_80_DAYS,
        (p) => isPix(ctx, p),
        ctx.c.country === 'BR' && usesMethod(ctx, 'instant_payment'),
      ),
  },
  {
    id: 'uk_bank_transfer_last_13_months',
    from: ['country', 'payment_methods', 'payments_authorised', 'money_last_sent', 'payments'],
    describe: 'living in the UK, the person sent a bank transfer themselves in the last 13 months',
    test: (ctx) =>
      ctx.c.country === 'GB' &&
      !ctx.is('payments_authorised', 'made_without_me') &&
      sentWithin(
        ctx,
        within13Months,
        BUCKETS_13_MONTHS,
        isUkBankTransfer,
        usesMethod(ctx, 'bank_transfer', 'instant_payment'),
      ),
  },
  {
    id: 'us_unauthorised_transfer_last_2_business_days',
    from: ['country', 'payment_methods', 'payments_authorised', 'money_last_sent', 'payments'],
    describe:
      'living in the US, a card or electronic payment not made by the person (or not known) happened in the last 2 business days',
    test: (ctx) =>
      ctx.c.country === 'US' &&
      !ctx.is('payments_authorised', 'i_made_them') &&
      sentWithin(
        ctx,
        within2BusinessDays,
        BUCKETS_72_HOURS,
        (p) => paidWith(p, US_ELECTRONIC),
        usesMethod(ctx, ...US_ELECTRONIC),
      ),
  },
  {
    id: 'payments_unauthorised',
    from: ['payments_authorised'],
    describe: 'some payments were made without the person knowing',
    test: (ctx) => ctx.is('payments_authorised', 'made_without_me', 'both'),
  },
  {
    // A card (or its details) used for payments the person did not make: block it, then dispute them (docs/sources.md, "Triage guidance", PSD2 Art. 71:
    // in the EU, up to 13 months after the debit; the UK keeps the same rule).
    id: 'card_used_without_consent',
    from: ['payment_methods', 'payments', 'data_given', 'payments_authorised'],
    describe: 'a card, or its details, was used for payments the person did not make',
    test: (ctx) =>
      (usesMethod(ctx, 'card') || ctx.has('data_given', 'card_details')) &&
      ctx.is('payments_authorised', 'made_without_me', 'both'),
  },
  {
    id: 'more_money_requested',
    from: ['more_money_requested'],
    describe: 'they are still asking for more money',
    test: (ctx) => ctx.is('more_money_requested', 'yes'),
  },
  {
    // The "recovery" offer came later, from someone other than the first scammers, and nothing was paid to them:
    // the money answers describe the first loss, and the recovery fee is a new demand.
    id: 'recovery_fee_asked_by_someone_new',
    from: ['recovery_offer_from', 'recovery_fee_paid'],
    describe: 'someone new, who came after the first scam, asks for a "recovery" fee not paid',
    test: (ctx) => ctx.is('recovery_offer_from', 'someone_new_later') && !ctx.is('recovery_fee_paid', 'yes'),
  },
  {
    // A broker, an investment firm or adviser, or a copy of an authorised firm ("clone firm"): firms that need the
    // financial regulator's licence, so the regulator's warning list and enquiries are for them.
    id: 'posed_as_investment_firm',
    from: ['claimed_authorised_firm', 'incident_types'],
    describe:
      'the scam presented itself as an investment firm, a broker or an adviser, or used a real firm’s name',
    test: (ctx) => ctx.is('claimed_authorised_firm', 'yes') && ctx.incidents.has('investment_scam'),
  },
  {
    id: 'money_moved_on',
    from: ['money_moved_on'],
    describe: 'the money was moved on to other accounts or wallets',
    test: (ctx) => ctx.is('money_moved_on', 'yes'),
  },
] as const satisfies readonly FactDefinition[];
