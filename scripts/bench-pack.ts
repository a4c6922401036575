// Times the referral pack's file making for a large case: the PDF (200 payments, 100 identifiers, 300 evidence
// items listed in the manifest) and the ZIP bundle without evidence files. Prints measured figures only.
// Aim (issue 6): under 3 s and under 1 MB for the PDF. Run: npx tsx scripts/bench-pack.ts
import { buildBundle } from '../lib/referral-pack/bundle';
import { toCsv } from '../lib/referral-pack/csv';
import { renderPackPdf } from '../lib/referral-pack/render-pdf';
import { readPackFonts } from '../lib/referral-pack/testing/read-pack-fonts';
import { buildSampleDocument } from '../lib/referral-pack/testing/sample-document';

const SIZE = { payments: 200, identifiers: 100, evidence: 300 };
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

const fonts = await readPackFonts();
const doc = buildSampleDocument(SIZE);
const caseName = `${SIZE.payments} payments, ${SIZE.identifiers} identifiers, ${SIZE.evidence} evidence items`;

const pdfTimes: number[] = [];
let pdf: Uint8Array = new Uint8Array();
for (let run = 0; run <= RUNS; run += 1) {
  const { ms, result } = await time(() => renderPackPdf(doc, fonts));
  pdfTimes.push(ms);
  pdf = result;
}
const [coldPdf = 0, ...warmPdf] = pdfTimes;
console.log(
  `pack PDF (${caseName}): ${median(warmPdf).toFixed(0)} ms median of ${RUNS} (first run ${coldPdf.toFixed(0)} ms), ${(pdf.length / 1024).toFixed(0)} KB`,
);

const paymentsTable = doc.sections.find((section) => section.id === 'payments')?.blocks[0];
const paymentRows = paymentsTable?.kind === 'table' ? paymentsTable.rows : [];
const paymentsCsv = toCsv(['date', 'amount', 'currency', 'method', 'recipient'], paymentRows, { bom: true });
const caseJson = JSON.stringify(doc, null, 2);
const zipTimes: number[] = [];
let zipBytes = 0;
for (let run = 0; run <= RUNS; run += 1) {
  const { ms, result } = await time(() =>
    buildBundle({ pdf, caseJson, paymentsCsv, evidence: [], generatedAt: new Date(doc.generatedAt) }),
  );
  zipTimes.push(ms);
  zipBytes = result.zip.length;
}
const [coldZip = 0, ...warmZip] = zipTimes;
console.log(
  `pack ZIP (same case, no evidence files): ${median(warmZip).toFixed(0)} ms median of ${RUNS} (first run ${coldZip.toFixed(0)} ms), ${(zipBytes / 1024).toFixed(0)} KB`,
);
