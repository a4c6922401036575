/**
 * npm run triage -- [--explain] [--now <date>] path/to/case.json [...]
 * npm run triage -- --review [DIR]   (the evaluation set in DIR, lib/triage-evaluation by default, as a table)
 * Prints the assessment of case files as JSON (or, with --explain, why each rule fired). Exits 1 on an invalid file.
 * The logic lives in scripts/triage-cli.ts.
 */
import { readFileSync } from 'node:fs';

import { createI18n } from '../lib/i18n/create-i18n';
import { describeCaseFileError } from '../lib/case/problem-text';
import { runTriageCli } from './triage-cli';
import { evaluateScenario, formatReviewTable } from '../lib/triage-evaluation/evaluate';
import { loadScenarios } from '../lib/triage-evaluation/load';
import { RESOURCES } from '../locales/en';

const english = createI18n('en', RESOURCES);

const args = process.argv.slice(2);

if (args[0] === '--review') {
  // npm run triage -- --review DIR: the evaluation set in DIR as a Markdown table for a person to read.
  const dir = args[1] ?? 'lib/triage-evaluation';
  process.stdout.write(formatReviewTable(loadScenarios(dir).map(evaluateScenario)));
} else
  process.exitCode = runTriageCli(args, {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    describeFileError: (error) => describeCaseFileError(english.t, error),
  });
