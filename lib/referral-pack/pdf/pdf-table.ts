/**
 * Tables in the PDF: column widths from the given weights or from the content, wrapped cells, rows that break
 * across pages with the header repeated, and bold totals rows.
 */
import type { PackColumn, PackTable } from '../document/document';
import { SHADE, type Cell, type PdfCanvas } from './pdf-canvas';
import { measureText, preparePrintableText } from './pdf-text';

const TABLE_SIZE = 8.5;
const CELL_PADDING = 3;
const NATURAL_CAP = 220;

/** Draws a table block: caption, header, body rows and totals. */
export function drawTable(canvas: PdfCanvas, table: PackTable): void {
  if (table.columns.length === 0) return;
  if (table.caption !== undefined) canvas.drawHeading(table.caption, 9.5, 4 * TABLE_SIZE * 1.3);
  if (table.rows.length === 0 && table.emptyText !== undefined) {
    const face = canvas.faces.regular;
    const lines = canvas.wrap(table.emptyText, face, TABLE_SIZE, canvas.width);
    canvas.drawRow([{ lines, face, size: TABLE_SIZE, x: canvas.left, width: canvas.width }]);
    return;
  }
  const widths = columnWidths(canvas, table);
  const drawHeader = (): void => {
    const cells = table.columns.map((column, index) => headerCell(canvas, column, index, widths));
    canvas.drawRow(cells, { padding: CELL_PADDING, fill: SHADE, keepTogether: true });
  };
  canvas.ensureSpace(4 * TABLE_SIZE * 1.3 + 4 * CELL_PADDING);
  drawHeader();
  const options = { padding: CELL_PADDING, keepTogether: true, border: true, onNewPage: drawHeader };
  for (const row of table.rows) {
    canvas.drawRow(rowCells(canvas, table, row, widths, false), options);
    canvas.drawLostCharactersNotice({ border: true });
  }
  for (const row of table.totals ?? []) {
    canvas.drawRow(rowCells(canvas, table, row, widths, true), options);
    canvas.drawLostCharactersNotice({ border: true });
  }
}

function headerCell(canvas: PdfCanvas, column: PackColumn, index: number, widths: number[]): Cell {
  const face = canvas.faces.bold;
  const { x, width } = cellBox(canvas, widths, index);
  return {
    lines: canvas.wrap(column.header, face, TABLE_SIZE, width),
    face,
    size: TABLE_SIZE,
    x,
    width,
    align: column.align,
  };
}

function rowCells(
  canvas: PdfCanvas,
  table: PackTable,
  row: readonly string[],
  widths: number[],
  isTotal: boolean,
): Cell[] {
  return table.columns.map((column, index) => {
    const text = row[index] ?? '';
    const face = isTotal ? canvas.faces.bold : canvas.faceFor(text, column.isMonospace === true);
    const { x, width } = cellBox(canvas, widths, index);
    return {
      lines: canvas.wrap(text, face, TABLE_SIZE, width),
      face,
      size: TABLE_SIZE,
      x,
      width,
      align: column.align,
    };
  });
}

function cellBox(canvas: PdfCanvas, widths: number[], index: number): { x: number; width: number } {
  const before = widths.slice(0, index).reduce((sum, width) => sum + width, 0);
  return { x: canvas.left + before + CELL_PADDING, width: (widths[index] ?? 0) - 2 * CELL_PADDING };
}

/**
 * Shares the page width between columns: by weight when every column has one, otherwise by each column's
 * natural width (its widest cell, capped), never narrower than its longest header word where that fits.
 */
function columnWidths(canvas: PdfCanvas, table: PackTable): number[] {
  const total = canvas.width;
  const weights = table.columns.map((column) => column.weight);
  if (weights.every((weight): weight is number => weight !== undefined && weight > 0)) {
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((weight) => (total * weight) / sum);
  }
  const natural = table.columns.map((column, index) => naturalWidth(canvas, table, column, index));
  const minimum = table.columns.map((column) => longestWord(canvas, column.header) + 2 * CELL_PADDING);
  const sum = natural.reduce((a, b) => a + b, 0);
  const shares = natural.map((width, index) => Math.max(minimum[index] ?? 0, (total * width) / sum));
  const shareSum = shares.reduce((a, b) => a + b, 0);
  return shares.map((width) => (total * width) / shareSum);
}

function naturalWidth(canvas: PdfCanvas, table: PackTable, column: PackColumn, index: number): number {
  const face = canvas.faces.regular;
  let widest = measureText(
    preparePrintableText(column.header, canvas.faces.bold.metrics),
    canvas.faces.bold.metrics,
    TABLE_SIZE,
  );
  for (const row of [...table.rows, ...(table.totals ?? [])]) {
    const text = row[index] ?? '';
    const cellWidth = text.length > 400 ? NATURAL_CAP : measureText(text, face.metrics, TABLE_SIZE);
    widest = Math.max(widest, cellWidth);
    if (widest >= NATURAL_CAP) break;
  }
  return Math.min(widest, NATURAL_CAP) + 2 * CELL_PADDING;
}

function longestWord(canvas: PdfCanvas, text: string): number {
  const metrics = canvas.faces.bold.metrics;
  const words = preparePrintableText(text, metrics).split(/\s+/);
  return Math.min(
    NATURAL_CAP / 2,
    Math.max(0, ...words.map((word) => measureText(word, metrics, TABLE_SIZE))),
  );
}
