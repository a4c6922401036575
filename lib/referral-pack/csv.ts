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

// OWASP's list (=, +, -, @, tab, carriage return), line feed, and their full-width forms, which some
// spreadsheets also read as formula prefixes.
const FORMULA_TRIGGERS = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
]);

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
 * Makes a string cell inert in a spreadsheet: a cell whose first character, or first character after leading
 * spaces, is a formula trigger gets a leading single quote. Numbers are never passed here, so `-12.5` as a
 * number stays a number.
 */
export function neutraliseFormula(text: string): string {
  const firstVisible = text.replace(/^ +/, '').charAt(0);
  const first = text.charAt(0);
  return FORMULA_TRIGGERS.has(first) || FORMULA_TRIGGERS.has(firstVisible) ? `'${text}` : text;
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
