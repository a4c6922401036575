// A Turbopack loader (next.config.mjs) for the parts of pdf-lib the PDF pack never reaches: it only creates a new
// document (lib/referral-pack/pdf/render-pdf.ts), so it never reads an existing PDF (the parser, for
// `PDFDocument.load`, and the stream decoders it and `embedPage` use) nor fills in a form (`PDFDocument.getForm`
// and the field classes). pdf-lib imports them all whatever is used, which puts about 75 KB in the offline precache
// for nothing (issue 12). In the app's bundle each
// such module becomes a stand-in that throws as soon as it is used, so a future use fails loudly; the Node tests
// run the full library, and the browser's PDF export is covered end to end (e2e/pack.spec.ts, e2e/offline.spec.ts).

/** pdf-lib modules (paths under pdf-lib/es/) replaced in the app's bundle, and why each is never reached. */
export const PDF_LIB_UNUSED = {
  'api/form/index.js': 'the form field classes, re-exported by the package index; the pack imports none',
  'api/form/PDFForm.js': 'PDFDocument.getForm(); saving reads the form cache without creating a form',
  'core/parser/PDFParser.js': 'PDFDocument.load()',
  'core/parser/PDFObjectParser.js': 'the parser',
  'core/parser/PDFObjectStreamParser.js': 'the parser',
  'core/parser/PDFXRefStreamParser.js': 'the parser',
  'core/parser/BaseParser.js': 'the parser',
  'core/parser/ByteStream.js': 'the parser',
  'core/streams/decode.js': "the stream decoders (Flate, LZW, ASCII85, ...), for reading a PDF's streams",
};

/** The paths the loader applies to, for next.config.mjs. */
export const PDF_LIB_UNUSED_PATH = new RegExp(
  `pdf-lib[\\\\/]es[\\\\/](${Object.keys(PDF_LIB_UNUSED)
    .map((p) => p.replaceAll('.', '\\.').replaceAll('/', '[\\\\/]'))
    .join('|')})$`,
);

/**
 * A class of the same name whose constructor and static factories (`PDFForm.of`, `PDFParser.forBytesWithOptions`,
 * ...: pdf-lib's compiled classes assign them as `Name.method = function`) throw; or, for a module of functions
 * (`export var decodePDFRawStream = function`), functions of the same names that throw.
 */
function standIn(source) {
  const lines = [
    'function unavailable() {',
    "  throw new Error('This part of pdf-lib is not in the app bundle (scripts/lib/pdf-lib-trim-loader.mjs)');",
    '}',
  ];
  const name = /^export default (\w+);$/m.exec(source)?.[1];
  if (name) {
    const statics = [...source.matchAll(new RegExp(`^ {4}${name}\\.(\\w+) = function`, 'gm'))].map(
      (m) => m[1],
    );
    lines.push(`class ${name} {`, '  constructor() {', '    unavailable();', '  }', '}');
    lines.push(...statics.map((method) => `${name}.${method} = unavailable;`), `export default ${name};`);
  }
  const functions = [...source.matchAll(/^export var (\w+) = function/gm)].map((m) => m[1]);
  lines.push(...functions.map((f) => `export const ${f} = unavailable;`));
  // Anything else exported (values, re-exports) would be lost: such a module is not one this loader knows.
  const exported = source.match(/^export /gm)?.length ?? 0;
  if (exported === 0 || exported !== functions.length + (name ? 1 : 0))
    throw new Error('pdf-lib-trim-loader: applied to a module whose exports it cannot stand in for');
  return `${lines.join('\n')}\n`;
}

export default function pdfLibTrimLoader(source) {
  // The form index only re-exports the field classes: an empty module in their place.
  if (/^export \{ default as PDFTextField \} from "\.\/PDFTextField";$/m.test(source)) return 'export {};\n';
  return standIn(source);
}
