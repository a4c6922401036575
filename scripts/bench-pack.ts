// Times the referral pack for a large case: the document built from the case (buildPackDocument), the PDF
// (200 payments, 100 identifiers, 300 evidence items in the manifest) and the ZIP bundle without the evidence
// files. Prints measured figures only (median of several runs, in Node on this machine).
// Aim (issue 6): under 3 s and under 1 MB for the PDF. Run: npx tsx scripts/bench-pack.ts
import { PRODUCT_VERSION } from '../lib/product';
import { serializeCaseFile } from '../lib/case/case-file';
import { CaseSchema, type Case, type CaseInput } from '../lib/case/schema';
import { selectReferrals } from '../lib/referrals/select';
import { assess } from '../lib/triage/assess';
import {
  buildPackDocument,
  buildPackReadme,
  buildPaymentsCsv,
} from '../lib/referral-pack/document/build-pack';
import { buildBundle } from '../lib/referral-pack/exports/bundle';
import { renderPackPdf } from '../lib/referral-pack/pdf/render-pdf';
import { packTranslators } from '../lib/referral-pack/testing/pack-translator';
import { readPackFonts } from '../lib/referral-pack/testing/read-pack-fonts';
import { fakeSha256 } from '../lib/referral-pack/testing/sample-document';
import { sampleCaseInput, SAMPLE_NOW } from '../lib/referral-pack/testing/sample-case';

const SIZE = { payments: 200, identifiers: 100, evidence: 300 };
const RUNS = 5;
const CURRENCIES = ['EUR', 'USD', 'BRL', 'USDT'] as const;
const KINDS = ['phone', 'email', 'website', 'wallet_address', 'username'] as const;

function largeCase(): Case {
  const input: CaseInput = sampleCaseInput();
  input.payments = Array.from({ length: SIZE.payments }, (_, i) => ({
    id: `p${i}`,
    paidAt: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15`,
    amount: Math.round((i * 37.5 + 10) * 100) / 100,
    currency: CURRENCIES[i % CURRENCIES.length] ?? 'EUR',
    method: i % 4 === 3 ? 'crypto' : 'bank_transfer',
    recipient: {
      name: `Recipient ${i % 17}`,
      bank: 'Example Bank',
      account: `PT50 0002 0123 1234 5678 9015 ${String(i).padStart(3, '0')}`,
    },
    recipientCountry: 'PT',
    reference: `REF-${i}`,
  }));
  input.identifiers = Array.from({ length: SIZE.identifiers }, (_, i) => ({
    id: `i${i}`,
    kind: KINDS[i % KINDS.length] ?? 'other',
    value: i % 5 === 3 ? `bc1q${fakeSha256(i).slice(0, 38)}` : `contact-${i}@example.org`,
    platform: 'WhatsApp',
  }));
  input.evidence = Array.from({ length: SIZE.evidence }, (_, i) => ({
    id: `e${i}`,
    kind: 'screenshot',
    description: `Screenshot ${i} of the conversation`,
    madeAt: '2026-02-14T18:02',
    fileName: `screenshot-${i}.png`,
    mimeType: 'image/png',
    sizeBytes: ((i * 13) % 900) * 1024,
    sha256: fakeSha256(i),
  }));
  return CaseSchema.parse(input);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeRuns<T>(work: () => Promise<T> | T): Promise<{ cold: number; median: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  const [cold = 0, ...warm] = times;
  return { cold, median: median(warm), result: result as T };
}

const fonts = await readPackFonts();
const caseData = largeCase();
const assessment = assess(caseData, { now: SAMPLE_NOW });
const selection = selectReferrals(assessment, caseData);
const t = packTranslators('en');
const caseName = `${SIZE.payments} payments, ${SIZE.identifiers} identifiers, ${SIZE.evidence} evidence items`;
const build = (manifestSha256?: string) =>
  buildPackDocument({
    caseData,
    assessment,
    selection,
    preset: 'full',
    lang: 'en',
    t: packTranslators,
    generatedAt: '2026-03-05T10:00:00.000Z',
    appVersion: PRODUCT_VERSION,
    includeSensitive: false,
    manifestSha256,
    timeZone: 'UTC',
  });
const ms = (value: number) => `${value.toFixed(0)} ms`;

const docRun = await timeRuns(() => build(fakeSha256(1)));
console.log(
  `pack document (${caseName}, full preset): ${ms(docRun.median)} median of ${RUNS} (first ${ms(docRun.cold)})`,
);

const pdfRun = await timeRuns(() => renderPackPdf(build(fakeSha256(1)), fonts));
console.log(
  `pack PDF (same case, built and rendered): ${ms(pdfRun.median)} median of ${RUNS} (first ${ms(pdfRun.cold)}), ${(pdfRun.result.length / 1024).toFixed(0)} KB`,
);

const zipRun = await timeRuns(() =>
  buildBundle({
    renderPdf: (plan) => renderPackPdf(build(plan.manifestSha256), fonts),
    caseJson: serializeCaseFile(caseData),
    paymentsCsv: buildPaymentsCsv(caseData, t),
    readme: buildPackReadme(t, 'BENCH001'),
    evidence: [],
    generatedAt: new Date('2026-03-05T10:00:00.000Z'),
  }),
);
console.log(
  `pack ZIP (same case with its PDF, no evidence files): ${ms(zipRun.median)} median of ${RUNS} (first ${ms(zipRun.cold)}), ${(zipRun.result.zip.length / 1024).toFixed(0)} KB`,
);
