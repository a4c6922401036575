// A Turbopack loader (next.config.mjs) for fontkit 2's browser build (fontkit/dist/browser-module.mjs, one 545 KB
// file, about 230 KB once minified, the largest part of the PDF engine in the offline precache: issue 12). fontkit
// reads every kind of font; the PDF pack reads two: DejaVu Sans and DejaVu Sans Bold as the build subsets them
// (scripts/lib/subset-fonts.mjs), TrueType outlines with the tables
// GDEF GSUB OS/2 cmap gasp glyf head hhea hmtx loca maxp name post, unwrapped from WOFF by
// lib/referral-pack/pdf/fontkit.ts before fontkit sees them, and shaped for the scripts the subset keeps (Latin,
// Greek, Cyrillic, Hebrew, Arabic). The parts below serve none of that, and are left out of the app's bundle:
//
// - the shapers for scripts the fonts have no letters for (Indic, the Universal Shaping Engine, Hangul) and their
//   data (about 100 KB before minifying): such text is printed as the placeholder before it is laid out, and
//   fontkit would fall back to its default shaper for those scripts anyway if a font had the letters;
// - Apple's AAT layout (morx and its companions), used only for fonts with a `morx` table;
// - CFF and CFF2 outlines, their subsetter, standard strings and charsets (PostScript-flavoured fonts);
// - font variations (fvar, gvar, avar, HVAR and the glyph variation processor);
// - the other font formats (WOFF, WOFF2, TrueType collections, Mac dfont): fontkit.ts hands over plain TrueType;
// - bitmap and colour glyphs (EBLC/EBDT, sbix, COLR/CPAL), and the tables BASE, JSTF, DSIG, hdmx, kern, LTSH, PCLT,
//   VDMX, vhea, vmtx, VORG;
// - GPOS and its processor: the build drops GPOS from the subset (kerning and mark positioning are turned off).
//
// How: the file is Parcel's scope-hoisted bundle, where every top-level name carries its source module's id
// (`$<16 hex>$…`). Top-level statements of the modules listed in REMOVED are dropped, as are top-level calls that
// register them (a format in `registerFormat`, a table in the table list); the few references left inside kept code
// (e.g. "if the font has CFF outlines, make a CFF glyph") are pointed at one stand-in that throws when reached, so a
// font of another kind fails loudly instead of drawing wrong. The shaper table sends the removed shapers' scripts to
// the default shaper. If fontkit's build changes (another version), the ids no longer match and the loader stops
// the build. The Node tests run the full fontkit; lib/referral-pack/pdf/fontkit-trim.test.ts runs this loader's
// output beside it on the shipped fonts and checks both give the same layout and the same embedded subset bytes.
import { parse } from 'acorn';

/** Module ids in fontkit 2.0.4's dist/browser-module.mjs, and what each is. */
export const REMOVED = {
  // Shapers for scripts the pack fonts do not cover, and their data.
  '4b0735ca6c692ea5': 'Indic state machine (JSON)',
  '7826f90f6f0cecc9': 'IndicShaper',
  '90a9d3398ee54fe5': 'Indic categories',
  aa333a9607471296: 'Universal Shaping Engine data (JSON)',
  '7ab494fe977143c6': 'UniversalShaper',
  e1c6bbc8cb416f8c: 'HangulShaper',
  // Apple Advanced Typography.
  '3b6302b64eccc32c': 'AATFeatureMap',
  '55f71433a605c87d': 'AATMorxProcessor',
  '50c7aac9316f2948': 'AATStateMachine',
  ff5ce077dae0f144: 'AATLookupTable',
  ba6dd74203be8728: 'AATLayoutEngine',
  '6cb7dd5f47d82580': 'aat table helpers',
  '03ee6ebd54db1053': 'morx table',
  '05b01887df96c4ee': 'just table',
  d0c76fac617b308a: 'feat table',
  '6a3746e8c708f5a3': 'bsln table',
  b7492a80b0d1a056: 'opbd table',
  // CFF outlines.
  '62cc5109c6101893': 'CFFGlyph',
  b84fd3dd9d8eddb2: 'CFFTop',
  bc0433d9b7e41f5f: 'CFF standard encodings',
  '229224aec43783c5': 'CFF standard strings',
  ef658f5c9a1488b2: 'CFF standard charsets',
  '61aa549f16d58b9b': 'CFFDict',
  '001d739428a71d5a': 'CFFSubset',
  c2d28e92708f99da: 'CFFOperand',
  '822ac0d589e4e237': 'CFFFont',
  '43e9821ef3717eec': 'CFFIndex',
  '6d59db2e29cc77b3': 'CFFPrivateDict',
  '0e34a43d05bde82c': 'CFFPointer',
  '2bbf2bc1ce37cd8f': 'VORG table',
  // Font variations.
  '0bb840cac04e911b': 'GlyphVariationProcessor',
  dbe33c8d3a7f131c: 'gvar table',
  e83fd065f00fcd01: 'fvar table',
  '3793b781918cfced': 'avar table',
  d059a6bd2d3b5b63: 'HVAR table',
  // Other font formats.
  '760785214b9fc52c': 'WOFFFont',
  c1726355ecc5b889: 'WOFF directory',
  '21ee218f84ac7f32': 'WOFF2Font',
  c28ec7bbb3b8de3a: 'WOFF2 directory',
  '8046190c9f1ad19e': 'WOFF2Glyph',
  cd5853a56c68fec7: 'TrueTypeCollection',
  '05f49f930186144e': 'DFont',
  // Bitmap and colour glyphs.
  '0d411f0165859681': 'COLRGlyph',
  '25d8f049c222084c': 'SBIXGlyph',
  '9911c4c7201c13de': 'EBLC table',
  '0941618dc22a946d': 'EBDT table',
  abb847051efd51b1: 'sbix table',
  eb629188f3dfefdd: 'COLR table',
  '08734b8e7dc64587': 'CPAL table',
  // Tables the pack fonts do not have.
  '497cef411d884e34': 'BASE table',
  '71cfb3c4767fbd0c': 'JSTF table',
  dceeca3e1977ce30: 'DSIG table',
  b5f380243c34d6a0: 'hdmx table',
  ca2df1256966e313: 'kern table',
  '0bba3a9db57637f3': 'KernProcessor',
  '7a9f92b0c46ebe33': 'LTSH table',
  '2b2ccc419d152631': 'PCLT table',
  ca5b40b9bcda9c9b: 'VDMX table',
  '69530a3c40755af0': 'vhea table',
  '344073dd270f0e62': 'vmtx table',
  '47e0e8ef515d9903': 'GPOS table',
  c96c93587d49c14d: 'GPOSProcessor',
};

/** The shaper table's module, the shapers it loses, and the default shaper they are sent to. */
const SHAPERS = '$102b6fe50f1d50b4$var$SHAPERS';
const DEFAULT_SHAPER = '$649970d87335b30f$export$2e2bcd8739ae039';
const REMOVED_SHAPERS = ['7826f90f6f0cecc9', '7ab494fe977143c6', 'e1c6bbc8cb416f8c'];

const STAND_IN = '$fontkitPartNotBundled';
const STAND_IN_SOURCE = `function ${STAND_IN}() {
  throw new Error('This kind of font is not supported by the app bundle (scripts/lib/fontkit-trim-loader.mjs)');
}
`;

const MODULE_ID = /\$([0-9a-f]{16})\$/g;
const idsIn = (text) => [...text.matchAll(MODULE_ID)].map((m) => m[1]);

/** The module a top-level statement belongs to: that of the name it declares, else of the first name it uses. */
function ownerOf(statement, text) {
  let declared;
  if (statement.type === 'VariableDeclaration') declared = statement.declarations[0].id;
  else if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration')
    declared = statement.id;
  const name = declared?.type === 'Identifier' ? declared.name : text;
  return idsIn(name)[0];
}

export function trimFontkit(source) {
  const removed = new Set(Object.keys(REMOVED));
  const found = new Set(idsIn(source));
  const missing = [...removed].filter((id) => !found.has(id));
  if (missing.length > 0 || !source.includes(SHAPERS) || !source.includes(DEFAULT_SHAPER))
    throw new Error(
      `fontkit-trim-loader: not the fontkit build it was written for (missing ${missing.join(', ')})`,
    );

  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const kept = [];
  let dropped = 0;
  for (const statement of ast.body) {
    let text = source.slice(statement.start, statement.end);
    const owner = ownerOf(statement, text);
    const isDeclaration = statement.type !== 'ExpressionStatement';
    // A removed module's own code, or a top-level call that registers a removed part (registerFormat, tables.x = …).
    if (removed.has(owner) || (!isDeclaration && idsIn(text).some((id) => removed.has(id)))) {
      dropped += 1;
      continue;
    }
    if (text.includes(SHAPERS)) {
      for (const id of REMOVED_SHAPERS)
        text = text.replaceAll(`$${id}$export$2e2bcd8739ae039`, DEFAULT_SHAPER);
    }
    kept.push(text.replace(/\$([0-9a-f]{16})\$[\w$]*/g, (name, id) => (removed.has(id) ? STAND_IN : name)));
  }
  if (dropped === 0) throw new Error('fontkit-trim-loader: nothing was left out');
  return `${STAND_IN_SOURCE}${kept.join('\n')}\n`;
}

export default function fontkitTrimLoader(source) {
  return trimFontkit(source);
}
