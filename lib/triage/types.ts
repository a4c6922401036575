/**
 * The engine/UI contract: rules as data, and the Assessment that `assess` returns. Everything in an Assessment is
 * a code; the UI translates codes with locales/<lang>/assessment.json.
 */
import type { ReferralKind, Urgency } from '../case/codes';
import type {
  ActionId,
  ActionVariant,
  BudapestArticle,
  DeadlineCode,
  NoteCode,
  RightId,
  UncArticle,
} from './codes';
import type { FactId } from './facts/facts';

export type { FactId } from './facts/facts';

/**
 * When a rule fires. Leaves read derived facts; `offence` leaves read the offences found by the offence rules
 * (rules that use them run after those rules).
 */
export type RuleCondition =
  | { all: readonly RuleCondition[] }
  | { any: readonly RuleCondition[] }
  | { not: RuleCondition }
  | { fact: FactId }
  | { offence: UncArticle | 'any' | 'none' };

export type RuleEffect = {
  urgency?: Urgency;
  offences?: ReadonlyArray<{ article: UncArticle; budapest: BudapestArticle | null }>;
  notes?: readonly NoteCode[];
  rights?: readonly RightId[];
  actions?: readonly ActionId[];
};

export type Rule = {
  /** Stable snake_case id, shown in explanations and in the pack. */
  id: string;
  when: RuleCondition;
  then: RuleEffect;
  /** Where the rule comes from: article and paragraph with its confidence mark, or the reference it cites. */
  source: string;
};

/** Named derived facts the UI and the directory need. */
export type AssessmentFlags = {
  moneyLost: boolean;
  /** Money sent in the last 72 hours: the bank or payment provider should come first. */
  moneySentRecently: boolean;
  isMinor: boolean;
  isOlderPerson: boolean;
  /** Someone is answering for a business or organisation: its services, not people's (issue #10). */
  forOrganisation: boolean;
  /** Danger now, thoughts of self-harm, a child at risk, threats of violence or ongoing extortion. */
  hasSafetyRisk: boolean;
  ongoingExtortion: boolean;
  remoteAccessInstalled: boolean;
  accountsControlled: boolean;
  possibleLaunderingExposure: boolean;
  /** A partner or ex-partner is behind it: domestic-abuse services apply (e.g. Spain's 016). */
  partnerAbuse: boolean;
  /** ISO codes where the money went or the other party seems to be, other than the person's own country. */
  foreignCountries: string[];
  /** The latest payment date recorded, as written in the case, or null. */
  lastPaymentAt: string | null;
  /** Sums of recorded payment amounts by currency, sorted by currency code. */
  totalsByCurrency: Array<{ currency: string; amount: number }>;
  /** Where the person says they have already reported (referral kinds, or 'other'). */
  reportedTo: Array<ReferralKind | 'other'>;
};

export type Assessment = {
  definitionVersion: number;
  rulesVersion: number;
  urgency: { level: Urgency; ruleIds: string[] };
  /** Incident type ids (lib/questionnaire/options.ts), in definition order. */
  incidentTypes: string[];
  /** The playbooks (kinds of harm, ./playbooks.ts) whose order the steps follow, most serious first. */
  playbooks: string[];
  /** `facts`: the derived facts behind the offence; `answerIds`: the questions and record lists those facts read. */
  offences: Array<{
    article: UncArticle;
    budapest: BudapestArticle | null;
    facts: FactId[];
    answerIds: string[];
    ruleIds: string[];
  }>;
  notes: Array<{ code: NoteCode; ruleIds: string[] }>;
  rights: Array<{ id: RightId; ruleIds: string[] }>;
  /** Ordered, most pressing first. `doneAt` comes from the case checklist. */
  actions: Array<{
    id: ActionId;
    deadline: DeadlineCode | null;
    doneAt: string | null;
    ruleIds: string[];
    /**
     * A variant of the step's words for the situation (an i18next context, `title_<variant>`): `card` when a card
     * was used without the person's consent, so "call the bank" becomes "block the card, then dispute".
     */
    variant?: ActionVariant;
  }>;
  /** Ordered by the first action that needs each kind. */
  referralNeeds: Array<{ kind: ReferralKind; ruleIds: string[] }>;
  /** Every derived fact that holds, in fact order. */
  facts: FactId[];
  firedRules: string[];
  flags: AssessmentFlags;
};
