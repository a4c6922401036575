import type { CaseFileError } from '@/lib/case/case-file';
import type { ProblemCode, ProblemValues } from '@/lib/case/problems';

/** A translate function (i18next's `t`, or one made for a test or the command line). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The words for one problem, in the translator's language (common:problems.<code>). */
export function describeProblem(t: Translate, code: ProblemCode, values: ProblemValues = {}): string {
  return t(`common:problems.${code}`, values);
}

/** A case file's problem with the field it is about (`payments[2].amount: Write a number here.`). */
export function describeCaseFileError(t: Translate, error: CaseFileError): string {
  const problem = describeProblem(t, error.code, error.values);
  return error.path ? t('common:problem_at', { field: error.path, problem }) : problem;
}
