/**
 * Loads the evaluation set from a folder of <country>.json files (Node only: the test and the command line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { EvaluationScenario } from './evaluate';

/** Every situation of every JSON file in the folder, in file order. */
export function loadScenarios(dir: string): EvaluationScenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'known-failing.json')
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as EvaluationScenario[]);
}
