/**
 * Version of the questionnaire definition (question, option and step ids). Bump it when an id changes meaning or
 * disappears, and add a migration of saved answers in lib/case/migrations.ts. Adding a question or an option does
 * not need a bump. It lives with the case because every case file records it; lib/questionnaire/definition.ts
 * re-exports it.
 */
export const DEFINITION_VERSION = 1;
