/**
 * npm run triage -- [--explain] [--now <date>] path/to/case.json [...]
 * Prints the assessment of case files as JSON (or, with --explain, why each rule fired). Exits 1 on an invalid file.
 * The logic lives in lib/triage/cli.ts.
 */
import { readFileSync } from 'node:fs';

import { createI18n } from '../lib/i18n/create-i18n';
import { describeCaseFileError } from '../lib/i18n/problem-text';
import { runTriageCli } from '../lib/triage/cli';
import { RESOURCES } from '../locales/en';

const english = createI18n('en', RESOURCES);

process.exitCode = runTriageCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  describeFileError: (error) => describeCaseFileError(english.t, error),
});
