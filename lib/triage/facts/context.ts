/**
 * The fact context: what the facts read from a case, computed once per assessment (answers as sets, payment
 * methods, payment instants). Everything here is total: odd answers (a list where text was expected, unknown
 * options) simply do not match.
 */
import type { PaymentMethod, PaymentScheme } from '../../case/enums';
import { PAYMENT_METHODS } from '../../case/enums';
import type { AnswerValue, Case, Payment } from '../../case/schema';
import { INCIDENT_TYPES } from '../../questionnaire/options';
import type { IncidentType } from '../../questionnaire/options';
import { latestInstantOf } from './time';

export type DatedPayment = { payment: Payment; at: Date | null };

export type FactContext = {
  c: Case;
  now: Date;
  /** The single-choice answer to a question, if it is text. */
  single: (questionId: string) => string | undefined;
  /** Tells whether a single-choice answer is one of these options. */
  is: (questionId: string, ...options: string[]) => boolean;
  /** Tells whether a multi-choice answer includes any of these options. */
  has: (questionId: string, ...options: string[]) => boolean;
  incidents: ReadonlySet<IncidentType>;
  /** Methods from the payment_methods answer and from payment records. */
  methods: ReadonlySet<PaymentMethod>;
  payments: readonly DatedPayment[];
  /** The "when was money last sent" answer. */
  lastSent: string | undefined;
};

function asList(value: AnswerValue | undefined): readonly string[] {
  if (Array.isArray(value)) return value;
  return [];
}

function isIncidentType(value: string): value is IncidentType {
  return INCIDENT_TYPES.some((t) => t === value);
}

function isPaymentMethod(value: string): value is PaymentMethod {
  return PAYMENT_METHODS.some((m) => m === value);
}

/** Builds the context the facts read. */
export function createFactContext(c: Case, now: Date): FactContext {
  const answers = c.answers;
  const get = (id: string): AnswerValue | undefined => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  const single = (id: string): string | undefined => {
    const value = get(id);
    return typeof value === 'string' ? value : undefined;
  };
  const is = (id: string, ...options: string[]) => {
    const value = single(id);
    return value !== undefined && options.includes(value);
  };
  const has = (id: string, ...options: string[]) => asList(get(id)).some((v) => options.includes(v));

  const incidents = new Set<IncidentType>(asList(get('incident_types')).filter(isIncidentType));
  // Someone threatening to share intimate images is sextortion, even when the person did not tick it.
  if (is('intimate_image_threat', 'yes')) incidents.add('sextortion');

  const methods = new Set<PaymentMethod>(asList(get('payment_methods')).filter(isPaymentMethod));
  for (const p of c.payments) if (p.method) methods.add(p.method);

  return {
    c,
    now,
    single,
    is,
    has,
    incidents,
    methods,
    payments: c.payments.map((payment) => ({ payment, at: latestInstantOf(payment.paidAt) })),
    lastSent: single('money_last_sent'),
  };
}

/** Tells whether a payment was made with one of these methods or schemes. */
export function paidWith(
  p: Payment,
  methods: readonly PaymentMethod[],
  schemes: readonly PaymentScheme[] = [],
) {
  return (
    (p.method !== null && methods.includes(p.method)) || (p.scheme !== null && schemes.includes(p.scheme))
  );
}
