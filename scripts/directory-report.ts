/**
 * npm run directory:report [-- --json] [-- --as-of YYYY-MM-DD]: prints every directory entry by the age of its
 * source and the verification a card shows, oldest and weakest first, for re-checking (docs/directory.md).
 */
import { formatRecheckTable, listForRecheck } from '../lib/referrals/recheck';

const args = process.argv.slice(2);
const asOfIndex = args.indexOf('--as-of');
const asOfArg = asOfIndex >= 0 ? args[asOfIndex + 1] : undefined;
const asOf = asOfArg ? new Date(`${asOfArg}T00:00:00Z`) : new Date();
if (Number.isNaN(asOf.getTime())) {
  process.stderr.write('--as-of needs a date as YYYY-MM-DD\n');
  process.exit(2);
}
const rows = listForRecheck(asOf);
process.stdout.write(
  args.includes('--json') ? `${JSON.stringify(rows, null, 2)}\n` : formatRecheckTable(rows, asOf),
);
