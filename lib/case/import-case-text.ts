/**
 * The words for why an imported file was refused, in the reader's language: problems of the file itself from
 * common:import.problems.*, problems of the case file from common:problems.* with the field named
 * (lib/case/problem-text.ts). Never a library's message.
 */
import { describeCaseFileError, type Translate } from './problem-text';

import { MAX_IMPORT_BYTES, type ImportRefusal } from './import-case';

export function describeImportRefusal(t: Translate, refusal: ImportRefusal): string {
  if (refusal.kind === 'case_file') return describeCaseFileError(t, refusal.error);
  return t(`common:import.problems.${refusal.code}`, { max: MAX_IMPORT_BYTES / (1024 * 1024) });
}
