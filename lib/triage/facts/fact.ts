/** The shape of a derived fact: a named yes/no about the case, the answers it reads, and an English description. */
import type { FactContext } from './context';

export type FactDefinition = {
  id: string;
  /** The question ids (or record lists) the fact reads, for explanations. */
  from: readonly string[];
  /** Plain English, for `npm run triage -- --explain` (the UI uses locales: assessment:facts.<id>). */
  describe: string;
  test: (ctx: FactContext) => boolean;
};
