/**
 * The `SHA256SUMS` manifest of an export bundle, in the exact format GNU coreutils prints and checks
 * (`<64 hex>  <path>`, two spaces, one file a line), so that anyone can verify the bundle with `sha256sum -c`,
 * `shasum -a 256 -c` or PowerShell `Get-FileHash` and no special software (docs/sources.md, "Evidence integrity", test H4).
 * Paths are checked here, the last line of defence: a name that could escape the folder it is unpacked into,
 * or that `sha256sum` would print escaped, is refused.
 */

export type ManifestEntry = { path: string; sha256: string };

/** Thrown when a path or hash cannot go into a manifest safely. */
export class UnsafeManifestEntryError extends Error {
  override readonly name = 'UnsafeManifestEntryError';
  constructor(
    readonly path: string,
    readonly reason: 'unsafe_path' | 'duplicate_path' | 'bad_hash',
  ) {
    super(`Cannot list ${JSON.stringify(path)} in SHA256SUMS: ${reason}`);
  }
}

// C0 and C1 controls and DEL; line and paragraph separators too, which some tools treat as line ends.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
// Half of a UTF-16 pair on its own cannot be written as UTF-8, so the name in the ZIP would not match the manifest.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const HEX_64 = /^[0-9a-f]{64}$/;
const EVIDENCE_NAME_MAX = 80;

/**
 * Builds the text of a `SHA256SUMS` file: one line per file, sorted by path, each ending in `\n`.
 * Refuses absolute paths, `.` and `..` segments, backslashes, control characters, duplicates and malformed
 * hashes, rather than writing a manifest that `sha256sum -c` would misread.
 */
export function buildSha256Sums(files: readonly ManifestEntry[]): string {
  const seen = new Set<string>();
  const lines = files.map(({ path, sha256 }) => {
    const hash = sha256.toLowerCase();
    if (!isSafeRelativePath(path)) throw new UnsafeManifestEntryError(path, 'unsafe_path');
    if (!HEX_64.test(hash)) throw new UnsafeManifestEntryError(path, 'bad_hash');
    if (seen.has(path)) throw new UnsafeManifestEntryError(path, 'duplicate_path');
    seen.add(path);
    return { path, line: `${hash}  ${path}\n` };
  });
  // Code-unit order, not locale order, so the manifest is the same on every device.
  lines.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return lines.map((entry) => entry.line).join('');
}

/** Tells whether a path is relative, stays inside its folder and prints unescaped in `sha256sum` output. */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 255) return false;
  if (path.startsWith('/') || path.includes('\\') || CONTROL.test(path) || LONE_SURROGATE.test(path))
    return false;
  // Windows drive letters (C:) and stream names (a:b) would escape or misbehave when unpacked there.
  if (path.includes(':')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Gives each evidence file a unique, safe path inside the bundle: `evidence/001-<cleaned name>`.
 * The number keeps names unique even when two files had the same name (or names differing only in case);
 * the original name is kept in the case file, so nothing is lost by cleaning.
 */
export function buildEvidencePaths(fileNames: readonly string[]): string[] {
  const width = Math.max(3, String(fileNames.length).length);
  return fileNames.map(
    (name, index) => `evidence/${String(index + 1).padStart(width, '0')}-${sanitiseFileName(name)}`,
  );
}

/**
 * Cleans a file name for use inside a ZIP on any system: no folders, controls, characters Windows forbids,
 * leading dots or surrounding spaces, at most 80 characters with the extension kept. Letters of any script stay.
 */
export function sanitiseFileName(name: string): string {
  const cleaned = name
    .replace(new RegExp(LONE_SURROGATE.source, 'gu'), '\uFFFD')
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu, '')
    .replace(/[/\\<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  return truncateKeepingExtension(cleaned, EVIDENCE_NAME_MAX) || 'file';
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= 10 ? extension : [];
  return (
    chars
      .slice(0, max - keep.length)
      .join('')
      .trimEnd() + keep.join('')
  );
}
