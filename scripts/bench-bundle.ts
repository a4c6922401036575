// Times the handover bundle with 50 MB of evidence (issue #14): writing it protected with a passphrase (AES-256,
// as the app does) and reading it back with every evidence hash checked, plus the same without a passphrase.
// Evidence is incompressible (a stand-in for photos and videos), in five files of 10 MB. Prints measured figures
// only (median of three runs, in Node on this machine; the browser runs the same library code).
// Run: npx tsx scripts/bench-bundle.ts
import { readHandoverBundle } from '../lib/bundle/read-bundle';
import { caseWithEvidence, pseudoRandomBytes } from '../lib/bundle/testing';
import { writeHandoverBundle, type HandoverEvidence } from '../lib/bundle/write-bundle';
import { sha256Hex } from '../lib/referral-pack/exports/sha256';

const FILES = 5;
const FILE_BYTES = 10 * 1024 * 1024;
const RUNS = 3;
const PASSPHRASE = 'lantern orbit meadow cactus velvet harbor quiz';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const names = Array.from({ length: FILES }, (_, i) => `video ${i + 1}.mp4`);
  const { caseData } = await caseWithEvidence(names);
  const evidence: HandoverEvidence[] = [];
  const records = [];
  for (const [index, record] of caseData.evidence.entries()) {
    const bytes = pseudoRandomBytes(FILE_BYTES, index + 101);
    const sha256 = await sha256Hex(bytes);
    evidence.push({ id: record.id, fileName: record.fileName ?? `file ${index}`, sha256, bytes });
    records.push({ ...record, sizeBytes: bytes.length, sha256, mimeType: 'video/mp4' });
  }
  const input = { caseData: { ...caseData, evidence: records }, evidence };
  const total = evidence.reduce((sum, e) => sum + e.bytes.length, 0);
  console.log(`Evidence: ${FILES} files, ${mb(total)} in all (incompressible)`);

  for (const passphrase of [PASSPHRASE, null]) {
    const writes: number[] = [];
    const reads: number[] = [];
    let size = 0;
    for (let run = 0; run < RUNS; run += 1) {
      let start = performance.now();
      const bundle = await writeHandoverBundle({ ...input, passphrase });
      writes.push(performance.now() - start);
      size = bundle.length;
      start = performance.now();
      const result = await readHandoverBundle(bundle, { passphrase });
      reads.push(performance.now() - start);
      if (!result.ok) throw new Error(`the bundle was refused: ${JSON.stringify(result.refusal)}`);
    }
    const label = passphrase ? 'protected (AES-256)' : 'unprotected';
    console.log(
      `${label.padEnd(20)} export ${seconds(median(writes)).padStart(8)}   import with hashes checked ${seconds(median(reads)).padStart(8)}   file ${mb(size)}`,
    );
  }
}

await main();
