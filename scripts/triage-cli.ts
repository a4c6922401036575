/**
 * The triage command line (scripts/triage.ts): reads case files and prints their assessments as JSON, or with
 * --explain, the rules that fired and why, in English. Input and output are injected so it can be tested without a
 * shell. Exit code 1 when any file cannot be read as a case file, with the plain message on stderr. It lives with
 * the scripts, not in lib/triage, because it also selects referrals, and lib/referrals sits above lib/triage.
 */
import { parseCaseFile, type CaseFileError } from '../lib/case/case-file';
import type { Case } from '../lib/case/schema';
import { formatSelectionLines } from '../lib/referrals/format';
import { selectReferrals } from '../lib/referrals/select';
import { assess } from '../lib/triage/assess';
import { explainAssessment } from '../lib/triage/explain';

/**
 * The assessment with the referrals the directory selects for it: id, kind, name, phones, web address,
 * verification level (and whether to check before relying on it) and the rule ids behind each.
 */
function assessWithReferrals(c: Case, now: Date) {
  const assessment = assess(c, { now });
  const selection = selectReferrals(assessment, c);
  const referrals = selection.referrals.map((r) => ({
    id: r.entry.id,
    kind: r.kind,
    source: r.source,
    name: r.entry.name,
    phones: r.entry.phones.map((p) => p.display),
    url: r.entry.url ?? null,
    verification: r.verification,
    needsCheck: r.needsCheck,
    reasons: r.reasons,
  }));
  return { assessment, selection, output: { ...assessment, referrals, referralNotices: selection.notices } };
}

export type CliIo = {
  readFile: (path: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Words for a file that cannot be read (the script gives English from locales/en). */
  describeFileError: (error: CaseFileError) => string;
};

const USAGE = [
  'Usage: npm run triage -- [--explain] [--now 2026-03-04T10:00:00Z] case.json [more.json ...]',
  '  Prints the assessment of each case file as JSON (an array when several files are given).',
  '  --explain  prints which rules fired and why, in English, instead of JSON.',
  '  --now      assesses as of this date and time instead of the current time.',
].join('\n');

type Options = { explain: boolean; now: Date | null; files: string[] };

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { explain: false, now: null, files: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--explain') options.explain = true;
    else if (arg === '--now') {
      const value = args[i + 1];
      const now = value ? new Date(value) : null;
      if (!now || Number.isNaN(now.getTime()))
        return `--now: expected a date and time such as 2026-03-04T10:00:00Z`;
      options.now = now;
      i += 1;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.files.push(arg);
  }
  return options.files.length > 0 ? options : USAGE;
}

/** Runs the command line; returns the exit code. */
export function runTriageCli(args: readonly string[], io: CliIo): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`${options}\n`);
    return options === USAGE && args.some((a) => a === '--help' || a === '-h') ? 0 : 1;
  }
  const now = options.now ?? io.now();
  const outputs: unknown[] = [];
  let failed = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch {
      io.stderr(`${file}: the file could not be opened\n`);
      failed = true;
      continue;
    }
    const result = parseCaseFile(text);
    if (!result.ok) {
      io.stderr(`${file}: ${io.describeFileError(result.error)}\n`);
      failed = true;
      continue;
    }
    if (result.migratedFrom !== undefined)
      io.stderr(`${file}: read a version ${result.migratedFrom} case file\n`);
    const { selection, output } = assessWithReferrals(result.case, now);
    if (options.explain) {
      io.stdout(explainAssessment(result.case, { now }));
      io.stdout(
        `\nReferrals:\n${formatSelectionLines(selection)
          .map((line) => `  ${line}`)
          .join('\n')}\n`,
      );
    } else outputs.push(options.files.length > 1 ? { file, assessment: output } : output);
  }
  if (!options.explain && outputs.length > 0) {
    io.stdout(`${JSON.stringify(options.files.length > 1 ? outputs : outputs[0], null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
