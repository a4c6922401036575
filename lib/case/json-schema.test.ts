import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { generateCaseJsonSchema } from './json-schema';
import { CASE_SCHEMA_VERSION } from './schema';

const COMMITTED = path.resolve(import.meta.dirname, '../../docs/case-file.schema.json');

describe('docs/case-file.schema.json', () => {
  it('equals the schema generated from the zod model (run npx tsx scripts/generate-case-schema.ts)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(generateCaseJsonSchema());
  });

  it('describes the fields a case file has, and refuses unknown ones', () => {
    const schema: unknown = JSON.parse(generateCaseJsonSchema());
    expect(schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        payments: { type: 'array' },
        schemaVersion: { const: CASE_SCHEMA_VERSION },
        answeredAt: { type: 'object' },
      },
    });
    const required =
      typeof schema === 'object' && schema !== null && 'required' in schema ? schema.required : [];
    for (const field of ['schemaVersion', 'id', 'createdAt', 'updatedAt']) expect(required).toContain(field);
  });
});
