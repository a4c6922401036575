/**
 * Every rule, in evaluation order. Offence rules run first; rules that read offences (`{ offence: ... }`) run after.
 */
import type { Rule } from '../types';
import { ACTION_RULES } from './action-rules';
import { NOTE_RULES } from './note-rules';
import { OFFENCE_RULES } from './offence-rules';
import { RIGHTS_RULES } from './rights-rules';
import { URGENCY_RULES } from './urgency-rules';

export const RULES: readonly Rule[] = [
  ...URGENCY_RULES,
  ...OFFENCE_RULES,
  ...NOTE_RULES,
  ...RIGHTS_RULES,
  ...ACTION_RULES,
];

/** Every rule id, in evaluation order. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
