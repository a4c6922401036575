// A Turbopack loader (next.config.mjs) for the directory's data files (lib/referrals/data/*.ts). Each entry carries a
// `sourceNote`: for maintainers, in English, what the reference says about its sources (lib/referrals/types.ts). The
// app never shows it; the person sees the source's address, date and verification level. Kept in the data, the notes
// are about 32 KB of the offline precache (issue 12). In the app's bundle each note becomes an empty string; tests,
// scripts and docs read the data files as written. A data file with no note at all stops the build, so a rename of
// the field cannot silently ship the notes.
import ts from 'typescript';

/** The directory's data files: one per country, and the international one. */
export const DIRECTORY_DATA = /lib[\\/]referrals[\\/]data[\\/]([a-z]{2}|international)\.ts$/;

/** The data file's source with every `sourceNote: …` value replaced by ''. */
export function stripSourceNotes(source, fileName = 'data.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'sourceNote') {
      spans.push([node.initializer.getStart(file), node.initializer.getEnd()]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, start)}''${out.slice(end)}`;
  return { source: out, notes: spans.length };
}

export default function sourceNoteLoader(source) {
  const { source: stripped, notes } = stripSourceNotes(source, this?.resourcePath);
  if (notes === 0 && /\bid: '/.test(source))
    throw new Error(`source-note-loader: no sourceNote found in ${this?.resourcePath ?? 'a data file'}`);
  return stripped;
}
