/**
 * Every source a reader is pointed to must be one they can open: the project's working notes are not in the
 * repository, so code and docs cite `docs/sources.md` by section (or a page's address) instead. This test reads the
 * repository's text files and fails on a citation of the notes, or on a `docs/sources.md, "Section"` citation whose
 * section does not exist (issue 11, point 8).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SELF = path.relative(ROOT, import.meta.filename);
const WALKED = ['lib', 'components', 'app', 'scripts', 'e2e', 'docs', 'README.md'];
const SKIPPED_DIRS = new Set(['node_modules', '.next', 'out', 'test-results', 'playwright-report']);
const TEXT = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|md|css)$/;
const MAX_BYTES = 2_000_000;

/** Citations of the notes that live outside the repository. */
const MISSING_FILE_CITATIONS: readonly RegExp[] = [
  // `reference/…` as a path of its own, not a path segment inside a page's address (…/reference/… in a URL).
  /(?:^|[^\w/.:-])reference\//m,
  /\bshared\/reference\b/,
  /\.\.\/shared\//,
  /\/work\/shared\b/,
  /\b(?:peers|convention|reliability)\.md\b/,
];

/** `docs/sources.md, "Section"`, in code, comments, JSON (escaped quotes) or Markdown (`docs/sources.md`, "…"). */
const SECTION_CITATION = /docs\/sources\.md`?,\s*\\?"([^"\\]+)\\?"/g;

function filesUnder(relative: string): string[] {
  const absolute = path.join(ROOT, relative);
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return TEXT.test(relative) && stat.size <= MAX_BYTES ? [relative] : [];
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_DIRS.has(entry.name)))
    .flatMap((entry) => filesUnder(path.join(relative, entry.name)));
}

/** Joins lines so a section name wrapped over a comment or Markdown line break reads as one name. */
function unwrap(text: string): string {
  return text.replace(/\s*\n\s*(?:\*(?!\/)|\/\/|>)?\s*/g, ' ');
}

function missingFileCitations(text: string): string[] {
  return MISSING_FILE_CITATIONS.flatMap((pattern) => text.match(pattern)?.[0].trim() ?? []);
}

function citedSections(text: string): string[] {
  return [...unwrap(text).matchAll(SECTION_CITATION)].map((m) => (m[1] ?? '').replace(/\s+/g, ' ').trim());
}

const headings = new Set(
  readFileSync(path.join(ROOT, 'docs/sources.md'), 'utf8')
    .split('\n')
    .flatMap((line) => /^## (.+?)\s*$/.exec(line)?.[1] ?? []),
);
const files = WALKED.flatMap(filesUnder).filter((file) => file !== SELF);
const texts = files.map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

describe('the patterns themselves', () => {
  it('catch citations of the notes and leave page addresses alone', () => {
    // Built from parts, so that this file does not itself read as a citation of a missing note.
    const peers = ['peers', 'md'].join('.');
    const convention = ['reference/convention', 'md'].join('.');
    expect(missingFileCitations(`source: '${peers} §2.2 (FBI crypto guidance)'`)).not.toEqual([]);
    expect(missingFileCitations(` * (${convention} §1.3). */`)).not.toEqual([]);
    expect(missingFileCitations('per `/work/shared/reference/`')).not.toEqual([]);
    expect(missingFileCitations('see ../shared/STYLE.md')).not.toEqual([]);
    expect(missingFileCitations('the notes (reliability.md, H3)')).not.toEqual([]);
    expect(missingFileCitations('<https://example.org/docs/reference/page> and data/reference.ts')).toEqual(
      [],
    );
  });

  it('read a section name wrapped over lines, in comments, strings and Markdown', () => {
    expect(citedSections(' * (docs/sources.md, "UN Convention\n * against Cybercrime"). */')).toEqual([
      'UN Convention against Cybercrime',
    ]);
    expect(citedSections('source: \'docs/sources.md, "Triage guidance" (Pix MED)\'')).toEqual([
      'Triage guidance',
    ]);
    expect(citedSections('from `docs/sources.md`, "Peer\n   services"')).toEqual(['Peer services']);
    expect(citedSections('{"note": "docs/sources.md, \\"Referral directory\\""}')).toEqual([
      'Referral directory',
    ]);
  });
});

describe('sources a reader can open', () => {
  it('walks the repository’s code and docs', () => {
    expect(files).toContain('lib/triage/rules/urgency-rules.ts');
    expect(files).toContain('docs/sources.md');
    expect(files).toContain('README.md');
    expect(files.length).toBeGreaterThan(100);
  });

  it('cites no file the repository does not have', () => {
    const found = texts.flatMap(({ file, text }) =>
      missingFileCitations(text).map((hit) => `${file}: ${hit}`),
    );
    expect(found).toEqual([]);
  });

  it('cites only sections that docs/sources.md has', () => {
    const cited = texts.flatMap(({ file, text }) =>
      citedSections(text).map((section) => ({ file, section })),
    );
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.filter(({ section }) => !headings.has(section))).toEqual([]);
  });

  it('has the sections the triage rules rest on', () => {
    for (const section of ['UN Convention against Cybercrime', 'Triage guidance', 'Referral directory'])
      expect(headings).toContain(section);
  });
});
