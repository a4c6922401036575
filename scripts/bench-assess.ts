/**
 * Benchmarks `assess` on a large case: 200 payments and 100 identifiers. Prints one line with the median time.
 * Run with: npx tsx scripts/bench-assess.ts [runs]   (default 500 runs after 50 warm-up runs)
 */
import { pathToFileURL } from 'node:url';

import type { Case } from '../lib/case/schema';
import { assess } from '../lib/triage/assess';
import { scenario } from '../lib/triage/testing/scenario';

const NOW = new Date('2026-03-04T10:00:00Z');
const METHODS = ['bank_transfer', 'card', 'instant_payment', 'crypto', 'international_wire'] as const;
const KINDS = ['phone', 'email', 'username', 'wallet_address', 'bank_account'] as const;

/** A realistic large case: an investment scam with 200 payments over a year and 100 identifiers. */
export function buildLargeCase(): Case {
  let builder = scenario()
    .country('GB')
    .answers({
      in_danger_now: 'no',
      incident_types: ['investment_scam', 'romance_scam'],
      money_sent: 'yes',
      money_last_sent: 'last_3_days',
      payment_methods: ['bank_transfer', 'card', 'crypto'],
      contact_channels: ['social_media', 'messaging_app'],
      data_given: ['passwords', 'id_documents'],
      accounts_controlled: 'no',
    });
  for (let i = 0; i < 200; i += 1) {
    const day = new Date(NOW.getTime() - i * 1.8 * 86_400_000).toISOString().slice(0, 16);
    builder = builder.payment({
      paidAt: day,
      amount: 100 + i,
      currency: i % 5 === 3 ? 'BTC' : 'GBP',
      method: METHODS[i % METHODS.length] ?? 'bank_transfer',
      recipientCountry: i % 3 === 0 ? 'KH' : 'GB',
    });
  }
  for (let i = 0; i < 100; i += 1)
    builder = builder.identifier(KINDS[i % KINDS.length] ?? 'other', `identifier-${i}`);
  return builder.build();
}

/** Runs `assess` `runs` times on the large case and returns the median time in milliseconds. */
export function benchAssess(runs = 500): { medianMs: number; runs: number } {
  const c = buildLargeCase();
  for (let i = 0; i < 50; i += 1) assess(c, { now: NOW });
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    assess(c, { now: NOW });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const medianMs =
    times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return { medianMs, runs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const asked = Number(process.argv[2] ?? 500);
  const { medianMs, runs } = benchAssess(Number.isInteger(asked) && asked > 0 ? asked : 500);
  console.log(`assess (200 payments, 100 identifiers): median ${medianMs.toFixed(2)} ms over ${runs} runs`);
}
