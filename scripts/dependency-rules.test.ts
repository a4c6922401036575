// The dependency rules of `npm run lint` (.dependency-cruiser.mjs, docs/architecture.md): a deliberate back-arrow
// in a fixture fails them, a clean fixture passes, and so does the real tree.
import path from 'node:path';

import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

import { createConfig } from '../.dependency-cruiser.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'scripts/fixtures/dependency-rules');

/** Runs the rules over `dirs` in `baseDir`; returns each violation as "rule: from → to". */
async function violations(baseDir: string, dirs: string[], tsConfig: string | null): Promise<string[]> {
  const config = createConfig({ tsConfig });
  const result = await cruise(dirs, {
    ...config.options,
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('the dependency rules', () => {
  it('pass a fixture whose imports all point down', async () => {
    expect(await violations(path.join(FIXTURES, 'clean'), ['lib'], null)).toEqual([]);
  });

  it('fail a fixture with a back-arrow: a layer importing up, a circle of files and one of folders', async () => {
    const found = await violations(path.join(FIXTURES, 'back-arrow'), ['lib'], null);
    expect(found).toEqual(
      expect.arrayContaining([
        'layer-case-imports-up: lib/case/schema.ts → lib/questionnaire/answers.ts',
        'layer-triage-imports-up: lib/triage/assess.ts → lib/store/app-store.ts',
        'no-circular: lib/case/schema.ts → lib/questionnaire/answers.ts',
        'no-circular-folders: lib/case → lib/questionnaire',
      ]),
    );
    // Importing down is never reported, even inside the circle.
    expect(found.filter((v) => v.startsWith('layer-questionnaire'))).toEqual([]);
  });

  it('pass the real tree (the same run as npm run lint)', async () => {
    expect(await violations(ROOT, ['.'], 'tsconfig.json')).toEqual([]);
  });
});
