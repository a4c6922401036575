/**
 * All derived facts, in a fixed order. Rules read facts, never answers directly, so every rule can be explained in
 * terms of named facts (assessment:facts.<id> in the locales).
 */
import type { Case } from '../../case/schema';
import type { INCIDENT_TYPES } from '../../questionnaire/options';
import { createFactContext } from './context';
import type { FactDefinition } from './fact';
import { MONEY_FACTS } from './money-facts';
import {
  AUDIENCE_FACTS,
  INCIDENT_FACTS,
  REPORT_AND_SUPPORT_FACTS,
  SAFETY_FACTS,
  SITUATION_FACTS,
  THREAT_AND_CHILD_FACTS,
} from './situation-facts';

type IncidentFactId = `incident_${(typeof INCIDENT_TYPES)[number]}`;

/** Every fact id, as a union type. */
export type FactId =
  | (typeof SAFETY_FACTS)[number]['id']
  | (typeof AUDIENCE_FACTS)[number]['id']
  | IncidentFactId
  | (typeof MONEY_FACTS)[number]['id']
  | (typeof SITUATION_FACTS)[number]['id']
  | (typeof THREAT_AND_CHILD_FACTS)[number]['id']
  | (typeof REPORT_AND_SUPPORT_FACTS)[number]['id'];

/** Every fact, in display order. */
export const FACTS: readonly FactDefinition[] = [
  ...SAFETY_FACTS,
  ...AUDIENCE_FACTS,
  ...INCIDENT_FACTS,
  ...MONEY_FACTS,
  ...SITUATION_FACTS,
  ...THREAT_AND_CHILD_FACTS,
  ...REPORT_AND_SUPPORT_FACTS,
];

const FACT_ID_SET: ReadonlySet<string> = new Set(FACTS.map((f) => f.id));

/** Tells whether a string is a fact id. */
export function isFactId(id: string): id is FactId {
  return FACT_ID_SET.has(id);
}

/** Every fact id, in display order. */
export const FACT_IDS: readonly FactId[] = FACTS.map((f) => f.id).filter(isFactId);

/** Works out which facts hold for a case at a given time. */
export function deriveFacts(c: Case, now: Date): Set<string> {
  const ctx = createFactContext(c, now);
  const holding = new Set<string>();
  for (const fact of FACTS) if (fact.test(ctx)) holding.add(fact.id);
  return holding;
}
