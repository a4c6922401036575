// A Turbopack loader (next.config.mjs) for zod's JSON Schema generator (zod/v4/core/to-json-schema.js and
// json-schema-processors.js, about 17 KB). zod's classic schemas import it for `.toJSONSchema()`, so it lands in
// the app's bundle and the offline precache (issue 12), but the app only validates: the JSON Schema of the case
// file is written by scripts/generate-case-schema.ts in Node, which runs the real library. In the app's bundle each
// export keeps its name and throws when called; the one helper zod's schemas read outside JSON Schema
// (`aggregateChecks`, behind getters such as `.minLength`) is kept as it is. If a zod upgrade moves these names, the
// build fails here rather than shipping a broken stand-in.

const UNAVAILABLE = `function jsonSchemaUnavailable() {
  throw new Error('zod JSON Schema generation is not part of the app bundle (scripts/lib/zod-json-schema-loader.mjs)');
}
`;

/** Names a module exports (`export function x`, `export const x`, `export { a as x }`). */
function exportedNames(source) {
  const names = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/gm)].map(
    (m) => m[1],
  );
  for (const list of source.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const item of list[1].split(',')) {
      const name = item
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  return names;
}

/** to-json-schema.js: the `create…Method` factories run when a schema's `~standard` is read, so they return the stub. */
function toJsonSchemaStub(source) {
  const names = exportedNames(source);
  for (const required of ['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod', 'processSchema'])
    if (!names.includes(required)) throw new Error(`zod-json-schema-loader: ${required} not found`);
  const lines = names.map((name) =>
    /^create\w*Method$/.test(name)
      ? `export const ${name} = () => jsonSchemaUnavailable;`
      : `export const ${name} = jsonSchemaUnavailable;`,
  );
  return `${UNAVAILABLE}${lines.join('\n')}\n`;
}

/** json-schema-processors.js: `aggregateChecks` and what it needs are kept; every processor is the stub. */
function processorsStub(source) {
  const cut = source.indexOf('\nconst formatMap = {');
  if (cut < 0 || !/^export function aggregateChecks\(/m.test(source.slice(0, cut)))
    throw new Error('zod-json-schema-loader: aggregateChecks not found where expected');
  const kept = source
    .slice(0, cut)
    .replace(/^import \{[^}]*\} from "\.\/to-json-schema\.js";\n/m, '')
    .replace(/^import \{[^}]*\} from "\.\/schemas\.js";\n/m, '')
    .replace(/^import \* as regexes from "\.\/regexes\.js";\n/m, '');
  if (/to-json-schema|schemas\.js/.test(kept)) throw new Error('zod-json-schema-loader: unexpected imports');
  const names = exportedNames(source.slice(cut));
  if (!names.includes('allProcessors') || !names.includes('stringProcessor'))
    throw new Error('zod-json-schema-loader: processors not found');
  const lines = names.map((name) =>
    name === 'allProcessors'
      ? `export const allProcessors = {};`
      : `export const ${name} = jsonSchemaUnavailable;`,
  );
  return `${kept}\n${UNAVAILABLE}${lines.join('\n')}\n`;
}

export default function zodWithoutJsonSchema(source) {
  if (/^export const createToJSONSchemaMethod\b/m.test(source)) return toJsonSchemaStub(source);
  if (/^export function aggregateChecks\b/m.test(source)) return processorsStub(source);
  throw new Error('zod-json-schema-loader: applied to a module it does not know');
}
