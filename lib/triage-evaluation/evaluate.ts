/**
 * Runs the evaluation set (this folder's <country>.json files, written from published guidance before the rules
 * they judge; see README.md) through the engine and the directory, and says for each situation which expectations
 * hold. Pure: the caller loads the files and passes the clock.
 */
import { createEmptyCase } from '../case/case-file';
import { PaymentSchema, type Case, type Payment } from '../case/schema';
import { applyAnswers } from '../questionnaire/testing/reach';
import { selectReferrals } from '../referrals/select';
import { assess } from '../triage/assess';

/** "Now" for every situation: their dates and "when" answers are written relative to it. */
export const EVALUATION_NOW = new Date('2026-12-02T12:00:00Z');

export type EvaluationScenario = {
  id: string;
  country: string;
  audience: 'self' | 'parent' | 'helper' | 'business';
  situation: string;
  answers: Record<string, string | string[]>;
  records?: { payments?: Record<string, unknown>[] };
  missingFacts: string[];
  expect: {
    urgency: string;
    articles: string[];
    firstSteps: string[];
    mustNotInclude: string[];
    referralKinds: string[];
    mustNotReferTo: string[];
  };
  sources: { url: string; says: string }[];
  reasoning: string;
  /**
   * Where the rules disagree with `expect.firstSteps` and a person argued why, in the file, with guidance: the first
   * steps accepted instead. The original expectation stays in the file, and the review table shows the argument.
   */
  argued?: { firstSteps: string[]; because: string; sources: { url: string; says: string }[] };
};

export type EvaluationResult = {
  scenario: EvaluationScenario;
  urgency: string;
  articles: string[];
  firstSteps: string[];
  referralKinds: string[];
  /** The expectations that do not hold, in words for a reader ("urgency: soon, expected urgent"). */
  failures: string[];
};

const PAYMENT_KEYS: Record<string, keyof Payment> = {
  paid_at: 'paidAt',
  amount: 'amount',
  currency: 'currency',
  method: 'method',
  scheme: 'scheme',
  recipient_country: 'recipientCountry',
};

function toPayment(raw: Record<string, unknown>, index: number): Payment {
  const fields = Object.entries(raw).flatMap(([key, value]) => {
    const field = PAYMENT_KEYS[key];
    return field ? [[field, value] as const] : [];
  });
  return PaymentSchema.parse({ id: `p${index + 1}`, ...Object.fromEntries(fields) });
}

/**
 * The situations were written when "who is answering" had two options, so their `respondent` answer is
 * `person_harmed` or `helper` and the `audience` field carries the finer distinction (README.md). The questionnaire
 * now asks it in full: a parent answers "parent or carer", and someone acting for a business answers "organisation".
 */
const RESPONDENT_OF_AUDIENCE: Record<EvaluationScenario['audience'], Record<string, string>> = {
  self: {},
  helper: {},
  parent: { respondent: 'parent_or_carer' },
  business: { respondent: 'organisation' },
};

/** The case a person in this situation would have after answering. */
export function caseOfScenario(scenario: EvaluationScenario): Case {
  const empty = createEmptyCase({ id: '00000000-0000-4000-8000-000000000000', now: EVALUATION_NOW });
  const answered = applyAnswers(
    empty,
    { ...scenario.answers, ...RESPONDENT_OF_AUDIENCE[scenario.audience] },
    EVALUATION_NOW,
  );
  return { ...answered, payments: (scenario.records?.payments ?? []).map(toPayment) };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Runs one situation and checks its expectations. */
export function evaluateScenario(scenario: EvaluationScenario): EvaluationResult {
  const c = caseOfScenario(scenario);
  const assessment = assess(c, { now: EVALUATION_NOW });
  const selection = selectReferrals(assessment, c);
  const urgency = assessment.urgency.level;
  const articles: string[] = assessment.offences.map((o) => o.article);
  const actions: string[] = assessment.actions.map((a) => a.id);
  const firstSteps = actions.slice(0, 3);
  // The kinds the entries were chosen for (what "does not fit" judges), and every kind of help an offered entry
  // gives (what "missing" judges): the Canadian Anti-Fraud Centre, chosen as a police report channel, is also the
  // fraud reporting centre.
  const referralKinds: string[] = [...new Set(selection.referrals.map((r) => r.kind))];
  const offeredKinds = new Set<string>(
    selection.referrals.flatMap((r) =>
      r.source === 'own' ? [r.kind] : [r.kind, r.entry.kind, ...(r.entry.alsoKinds ?? [])],
    ),
  );
  const { expect } = scenario;
  const failures: string[] = [];
  if (urgency !== expect.urgency) failures.push(`urgency: ${urgency}, expected ${expect.urgency}`);
  if (!sameSet(articles, expect.articles))
    failures.push(`articles: [${articles.join(', ')}], expected [${expect.articles.join(', ')}]`);
  const expectedFirst = scenario.argued?.firstSteps ?? expect.firstSteps;
  if (!sameSet(firstSteps, expectedFirst))
    failures.push(`first steps: [${firstSteps.join(', ')}], expected [${expectedFirst.join(', ')}]`);
  const wrong = expect.mustNotInclude.filter((id) => actions.includes(id));
  if (wrong.length > 0) failures.push(`steps that do not apply: [${wrong.join(', ')}]`);
  const missing = expect.referralKinds.filter((k) => !offeredKinds.has(k));
  if (missing.length > 0) failures.push(`referrals missing: [${missing.join(', ')}]`);
  const unwanted = expect.mustNotReferTo.filter((k) => referralKinds.includes(k));
  if (unwanted.length > 0) failures.push(`referrals that do not fit: [${unwanted.join(', ')}]`);
  return { scenario, urgency, articles, firstSteps, referralKinds, failures };
}

/** How many situations meet each kind of expectation, and how close the first steps come where they differ. */
export function summaryLines(results: readonly EvaluationResult[]): string[] {
  const total = results.length;
  const meeting = (prefix: string) =>
    results.filter((r) => !r.failures.some((f) => f.startsWith(prefix))).length;
  const expected = (r: EvaluationResult) => r.scenario.argued?.firstSteps ?? r.scenario.expect.firstSteps;
  const sameFirst = results.filter((r) => r.firstSteps[0] === expected(r)[0]).length;
  const twoOfThree = results.filter(
    (r) => r.firstSteps.filter((step) => expected(r).includes(step)).length >= 2,
  ).length;
  const allButSteps = results.filter((r) => r.failures.every((f) => f.startsWith('first steps'))).length;
  return [
    `- urgency: ${meeting('urgency')} of ${total}`,
    `- articles: ${meeting('articles')} of ${total}`,
    `- the first three steps (in any order): ${meeting('first steps')} of ${total}; the same first step: ${sameFirst}; at least two of the three: ${twoOfThree}`,
    `- no step that does not apply: ${meeting('steps that do not apply')} of ${total}`,
    `- every kind of help expected: ${meeting('referrals missing')} of ${total}; none that does not fit: ${meeting('referrals that do not fit')} of ${total}`,
    `- every expectation but the exact first three steps: ${allButSteps} of ${total}`,
  ];
}

/** A Markdown table of results for a person to read (npm run triage -- --review DIR). */
export function formatReviewTable(results: readonly EvaluationResult[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const passed = results.filter((r) => r.failures.length === 0).length;
  const lines = [
    `${passed} of ${results.length} situations meet every expectation.`,
    '',
    ...summaryLines(results),
    '',
    '| situation | urgency | articles | first three steps | referrals | expectations not met |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const argued = r.scenario.argued
      ? ` (argued instead of [${r.scenario.expect.firstSteps.join(', ')}]: ${r.scenario.argued.because})`
      : '';
    lines.push(
      `| ${cell(`${r.scenario.id}: ${r.scenario.situation}`)} | ${r.urgency} | ${r.articles.join(', ') || 'none'} | ${cell(r.firstSteps.join(', ') + argued)} | ${r.referralKinds.join(', ')} | ${cell(r.failures.join('; ')) || 'none'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
