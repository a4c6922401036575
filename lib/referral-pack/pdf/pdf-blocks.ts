/**
 * Draws the blocks of a pack section (paragraphs, subheadings, lists, fields, tables, hashes) onto the canvas.
 * Every string goes through `PdfCanvas.wrap`, which prepares it for the font, so no block draws raw text.
 */
import type { PackBlock, PackField, PackHashList, PackList, PackParagraph } from '../document/document';
import { MUTED, type Cell, type PdfCanvas } from './pdf-canvas';
import { drawTable } from './pdf-table';

export const BODY_SIZE = 10;
const SMALL_SIZE = 8.5;
const SUBHEADING_SIZE = 11;
const LABEL_SHARE = 0.34;
const MONO_SIZE = 8;

/** Draws one block and leaves a little space after it. */
export function drawBlock(canvas: PdfCanvas, block: PackBlock): void {
  switch (block.kind) {
    case 'paragraph':
      drawParagraph(canvas, block);
      break;
    case 'subheading':
      canvas.drawHeading(block.text, SUBHEADING_SIZE, 2 * BODY_SIZE * 1.3);
      break;
    case 'list':
      drawList(canvas, block);
      break;
    case 'fields':
      drawFields(canvas, block.items);
      break;
    case 'table':
      drawTable(canvas, block);
      break;
    case 'hashes':
      drawHashes(canvas, block);
      break;
  }
  canvas.drawLostCharactersNotice();
  canvas.y -= 6;
}

function drawParagraph(canvas: PdfCanvas, block: PackParagraph): void {
  const style = block.style ?? 'normal';
  const face = style === 'strong' ? canvas.faces.bold : canvas.faces.regular;
  const size = style === 'small' ? SMALL_SIZE : BODY_SIZE;
  const indent = style === 'quote' ? 12 : 0;
  const x = canvas.left + indent;
  const lines = canvas.wrap(block.text, face, size, canvas.width - indent);
  canvas.drawRow([{ lines, face, size, x, width: canvas.width - indent }], {
    ...(style === 'quote' ? { barX: canvas.left + 4 } : {}),
    ...(style === 'small' ? { color: MUTED } : {}),
  });
}

function drawList(canvas: PdfCanvas, block: PackList): void {
  const face = canvas.faces.regular;
  const indent = 14;
  for (const item of block.items) {
    const lines = canvas.wrap(item, face, BODY_SIZE, canvas.width - indent);
    const bullet: Cell = { lines: ['\u2022'], face, size: BODY_SIZE, x: canvas.left + 3, width: indent };
    canvas.drawRow([
      bullet,
      { lines, face, size: BODY_SIZE, x: canvas.left + indent, width: canvas.width - indent },
    ]);
    canvas.drawLostCharactersNotice();
    canvas.y -= 2;
  }
}

/** Draws label and value pairs in two columns; a value marked monospace is printed in Courier when it can be. */
export function drawFields(canvas: PdfCanvas, items: readonly PackField[]): void {
  const labelWidth = canvas.width * LABEL_SHARE;
  const valueX = canvas.left + labelWidth + 8;
  const valueWidth = canvas.right - valueX;
  for (const item of items) {
    const valueFace = canvas.faceFor(item.value, item.isMonospace === true);
    const labelFace = canvas.faces.bold;
    const labelCell: Cell = {
      lines: canvas.wrap(item.label, labelFace, SMALL_SIZE + 0.5, labelWidth),
      face: labelFace,
      size: SMALL_SIZE + 0.5,
      x: canvas.left,
      width: labelWidth,
    };
    // Courier at 8 pt fits a 64-digit SHA-256 on one line in the value column.
    const valueSize = valueFace === canvas.faces.mono ? MONO_SIZE : BODY_SIZE;
    const valueCell: Cell = {
      lines: canvas.wrap(item.value, valueFace, valueSize, valueWidth),
      face: valueFace,
      size: valueSize,
      x: valueX,
      width: valueWidth,
    };
    canvas.drawRow([labelCell, valueCell], { padding: 2, keepTogether: true });
    canvas.drawLostCharactersNotice();
  }
}

function drawHashes(canvas: PdfCanvas, block: PackHashList): void {
  const labelWidth = canvas.width * LABEL_SHARE;
  const hashX = canvas.left + labelWidth + 8;
  const hashWidth = canvas.right - hashX;
  for (const item of block.items) {
    const hashFace = canvas.faceFor(item.sha256, true);
    const size = MONO_SIZE;
    const cells: Cell[] = [
      {
        lines: canvas.wrap(item.label, canvas.faces.regular, SMALL_SIZE, labelWidth),
        face: canvas.faces.regular,
        size: SMALL_SIZE,
        x: canvas.left,
        width: labelWidth,
      },
      {
        lines: canvas.wrap(item.sha256, hashFace, size, hashWidth),
        face: hashFace,
        size,
        x: hashX,
        width: hashWidth,
      },
    ];
    canvas.drawRow(cells, { padding: 2, keepTogether: true, border: true });
    canvas.drawLostCharactersNotice({ border: true });
  }
}
