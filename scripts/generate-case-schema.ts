/**
 * Writes docs/case-file.schema.json from the zod schema in lib/case/schema.ts.
 * Run after changing the case model: npx tsx scripts/generate-case-schema.ts
 * (lib/case/json-schema.test.ts fails when the committed file is out of date.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { generateCaseJsonSchema } from '../lib/case/json-schema';

const target = path.resolve(import.meta.dirname, '../docs/case-file.schema.json');
writeFileSync(target, generateCaseJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
