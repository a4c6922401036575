/**
 * CSV for spreadsheets (RFC 4180): every field that needs it is quoted, lines end in CRLF, and a cell that a
 * spreadsheet would run as a formula is made inert first (OWASP "CSV Injection": prefix a single quote).
 * Whatever the person typed must reach the bank clerk's spreadsheet as text, never as a formula or a link.
 */

export type CsvCell = string | number | null;

export type CsvOptions = {
  /** Start with a UTF-8 byte order mark so that Excel reads accents correctly. Default false. */
  bom?: boolean;
  /** Field separator. Excel in Spanish and Portuguese locales expects `;`. Default `,`. */
  delimiter?: ',' | ';';
};

// OWASP's list (=, +, -, @, tab, carriage return) and line feed. A character whose compatibility form (NFKC)
// begins with one of them counts too: the full-width ＝ ＋ － ＠, which spreadsheets in East Asian locales read
// as formula prefixes, and the small and superscript forms (﹦ ⁺ …) for good measure.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

// What a spreadsheet may pass over before it looks for a formula: white space of every kind (no-break and
// ideographic spaces, line separators), format characters (bidirectional marks, embeddings, overrides and
// isolates, zero-width spaces and joiners, the byte order mark, the soft hyphen), other control characters, and
// the characters Unicode says to draw as nothing (variation selectors, Hangul fillers…). By property, not by a
// hand list, so that none is forgotten; being generous costs only a quote on an odd cell. Tab, carriage return
// and line feed are white space too, but triggers themselves, so the skipping stops at them.
const SKIPPED_AT_START = /^(?:(?![\t\r\n])[\p{White_Space}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}])+/u;

/** Serialises a header row and data rows to CSV text, guarding every string cell against formula injection. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const lines = [headers, ...rows].map((row) =>
    row.map((cell) => formatCell(cell, delimiter)).join(delimiter),
  );
  const body = lines.map((line) => `${line}\r\n`).join('');
  return options.bom === true ? `\uFEFF${body}` : body;
}

/**
 * Makes a string cell inert in a spreadsheet: a cell whose first character, or first character after those a
 * spreadsheet skips (white space, format and bidirectional controls, invisible characters), is a formula trigger
 * gets a leading single quote. Numbers are never passed here, so `-12.5` as a number stays a number.
 */
export function neutraliseFormula(text: string): string {
  const firstVisible = firstCharacter(text.replace(SKIPPED_AT_START, ''));
  return isFormulaTrigger(firstVisible) ? `'${text}` : text;
}

function firstCharacter(text: string): string {
  const codePoint = text.codePointAt(0);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

function isFormulaTrigger(char: string): boolean {
  return FORMULA_TRIGGERS.has(char) || FORMULA_TRIGGERS.has(char.normalize('NFKC').charAt(0));
}

function formatCell(cell: CsvCell, delimiter: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quoteIfNeeded(neutraliseFormula(cell), delimiter);
}

function quoteIfNeeded(text: string, delimiter: string): string {
  const needsQuotes =
    text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
