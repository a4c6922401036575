/**
 * Who the words speak to. The questionnaire and the steps speak to the person harmed by default ("you"); a parent
 * or carer, someone helping another adult, or someone acting for an organisation reads words written for them. The
 * value is an i18next context: `t(key, { context })` reads `key_<context>` when the locale has it, and `key` when it
 * does not, so only the texts that differ are written twice.
 */
import type { Respondent } from '../case/enums';

export type WordingContext = Exclude<Respondent, 'person_harmed'>;

/** The i18next context for who is answering, or undefined for the person harmed (or when nobody said). */
export function wordingContext(respondent: Respondent | null | undefined): WordingContext | undefined {
  return respondent && respondent !== 'person_harmed' ? respondent : undefined;
}
