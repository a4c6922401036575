// The Turbopack loaders that keep parts of libraries the app never runs out of its bundle (next.config.mjs): each
// must keep every name the library's other modules import, replace the code with something that fails loudly when
// reached, and refuse a module it was not written for (a library upgrade then stops the build).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

import pdfLibTrimLoader, { PDF_LIB_UNUSED, PDF_LIB_UNUSED_PATH } from './pdf-lib-trim-loader.mjs';
import sourceNoteLoader, { DIRECTORY_DATA, stripSourceNotes } from './source-note-loader.mjs';
import zodWithoutJsonSchema from './zod-json-schema-loader.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, 'node_modules', file), 'utf8');

/** The names an ES module exports. */
function exportsOf(source: string): string[] {
  const names: string[] = [];
  for (const node of parse(source, { ecmaVersion: 'latest', sourceType: 'module' }).body) {
    if (node.type === 'ExportDefaultDeclaration') names.push('default');
    if (node.type !== 'ExportNamedDeclaration') continue;
    const declaration = node.declaration;
    if (declaration?.type === 'VariableDeclaration') {
      for (const d of declaration.declarations) if (d.id.type === 'Identifier') names.push(d.id.name);
    } else if (declaration && 'id' in declaration && declaration.id) names.push(declaration.id.name);
    for (const s of node.specifiers)
      names.push(s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value));
  }
  return names.sort();
}

/** Runs a module with no imports of its own. */
const run = async (source: string) =>
  (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`)) as Record<
    string,
    unknown
  >;

describe("zod's JSON Schema generator, left out", () => {
  const TO_JSON_SCHEMA = 'zod/v4/core/to-json-schema.js';
  const PROCESSORS = 'zod/v4/core/json-schema-processors.js';

  it('keeps every name of both modules', () => {
    for (const file of [TO_JSON_SCHEMA, PROCESSORS]) {
      const source = read(file);
      expect(exportsOf(zodWithoutJsonSchema(source))).toEqual(exportsOf(source));
    }
  });

  it('keeps the checks summary zod schemas read outside JSON Schema, and drops the generator', () => {
    const original = read(PROCESSORS);
    const stub = zodWithoutJsonSchema(original);
    expect(stub).toContain('export function aggregateChecks(schema)');
    expect(stub).not.toContain('to-json-schema');
    expect(stub.length).toBeLessThan(original.length / 3);
  });

  it('throws when JSON Schema is asked for, also through the methods schemas are given', async () => {
    const stub = await run(zodWithoutJsonSchema(read(TO_JSON_SCHEMA)));
    const method = (stub.createToJSONSchemaMethod as (schema: object) => () => unknown)({});
    expect(method).toThrow(/not part of the app bundle/);
    expect(() => (stub.processSchema as () => unknown)()).toThrow(/not part of the app bundle/);
  });

  it('refuses a module it does not know', () => {
    expect(() => zodWithoutJsonSchema('export const x = 1;\n')).toThrow(/does not know/);
  });
});

describe("pdf-lib's parser, stream decoders and form classes, left out", () => {
  it('applies to exactly the modules listed, wherever the package sits', () => {
    for (const file of Object.keys(PDF_LIB_UNUSED)) {
      expect(PDF_LIB_UNUSED_PATH.test(`/app/node_modules/pdf-lib/es/${file}`)).toBe(true);
      expect(
        PDF_LIB_UNUSED_PATH.test(`C:\\app\\node_modules\\pdf-lib\\es\\${file.replaceAll('/', '\\')}`),
      ).toBe(true);
    }
    for (const kept of ['api/PDFDocument.js', 'api/form/PDFTextField.js', 'core/PDFContext.js', 'index.js'])
      expect(PDF_LIB_UNUSED_PATH.test(`/app/node_modules/pdf-lib/es/${kept}`)).toBe(false);
  });

  it('gives each a stand-in with the same exports that throws when used', async () => {
    expect(pdfLibTrimLoader(read('pdf-lib/es/api/form/PDFForm.js'))).toContain('PDFForm.of = unavailable;');
    for (const file of Object.keys(PDF_LIB_UNUSED)) {
      const source = read(`pdf-lib/es/${file}`);
      const stub = pdfLibTrimLoader(source);
      if (file === 'api/form/index.js') {
        // Only re-exports of the form classes, which nothing in the app imports.
        expect(stub.trim()).toBe('export {};');
        continue;
      }
      expect(exportsOf(stub)).toEqual(exportsOf(source));
      const module = await run(stub);
      for (const name of exportsOf(source).filter((n) => n !== 'default'))
        expect(() => (module[name] as () => unknown)()).toThrow(/not in the app bundle/);
      if (!('default' in module)) continue;
      const part = module.default as Record<string, () => unknown> & (new () => unknown);
      expect(() => new part()).toThrow(/not in the app bundle/);
      // Every static factory the class had (PDFForm.of, PDFParser.forBytesWithOptions, ...) is there, and throws.
      const factories = [...source.matchAll(/^ {4}\w+\.(\w+) = function/gm)].map((m) => m[1] ?? '');
      for (const factory of factories) expect(() => part[factory]?.()).toThrow(/not in the app bundle/);
    }
  });

  it('refuses a module it does not know', () => {
    expect(() => pdfLibTrimLoader('export const x = 1;\n')).toThrow(/cannot stand in/);
    expect(() => pdfLibTrimLoader('export var f = function () {};\nexport var x = 1;\n')).toThrow(
      /cannot stand in/,
    );
  });
});

describe("the directory's maintainers' notes, left out of the app", () => {
  const DATA = path.join(ROOT, 'lib/referrals/data');
  const files = readdirSync(DATA).filter((f) => DIRECTORY_DATA.test(path.join(DATA, f)));

  it('applies to every country file and the international one, and to nothing else there', () => {
    expect(files.sort()).toEqual(
      ['ar', 'au', 'br', 'ca', 'cl', 'co', 'es', 'gb', 'international', 'mx', 'pe', 'pt', 'us'].map(
        (c) => `${c}.ts`,
      ),
    );
  });

  it.each(readdirSync(DATA).filter((f) => /^([a-z]{2}|international)\.ts$/.test(f)))(
    '%s: every note becomes empty, and every entry keeps its id and facts',
    (file) => {
      const source = readFileSync(path.join(DATA, file), 'utf8');
      const { source: stripped, notes } = stripSourceNotes(source, file);
      const ids = [...source.matchAll(/^ {4}id: '([a-z0-9_]+)'/gm)].map((m) => m[1]);
      expect(notes).toBe(ids.length);
      expect([...stripped.matchAll(/^ {4}id: '([a-z0-9_]+)'/gm)].map((m) => m[1])).toEqual(ids);
      expect(stripped.match(/sourceNote:\s*''/g)?.length).toBe(ids.length);
      // The addresses and dates the person sees are untouched.
      for (const line of source.split('\n').filter((l) => /^\s+(source|url|sourceDate): /.test(l)))
        expect(stripped).toContain(line);
    },
  );

  it('stops the build on a data file whose entries have no note (a renamed field would ship the notes)', () => {
    expect(() =>
      sourceNoteLoader.call({ resourcePath: 'xx.ts' }, "export const X = [{ id: 'xx_a' }];"),
    ).toThrow(/no sourceNote/);
  });
});
