/**
 * A page cursor over a pdf-lib document: it adds pages as content flows, draws rows of wrapped text cells
 * (paragraphs, list items, fields and table rows are all rows), splits a row across pages when it is taller
 * than the space left, and lets a table repeat its header on each new page.
 */
import { rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

import { orderRunsForDisplay, type DirectionRun } from './pdf-bidi';
import { isCourierText } from './pdf-metrics';
import { measureText, prepareText, wrapText, type FontMetrics } from './pdf-text';

export type Face = { font: PDFFont; metrics: FontMetrics };
export type Faces = { regular: Face; bold: Face; mono: Face };

export const PAGE_SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export type PageSize = keyof typeof PAGE_SIZES;

export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.38, 0.38, 0.38);
export const RULE = rgb(0.75, 0.75, 0.75);
export const SHADE = rgb(0.92, 0.92, 0.92);

const MARGIN = 50;
const FOOTER_SPACE = 28;
const LINE_FACTOR = 1.3;
const NOTICE_SIZE = 8;
const NOTICE_INDENT = 6;

/** One cell of a row: text already wrapped into lines for its width. */
export type Cell = {
  lines: string[];
  face: Face;
  size: number;
  x: number;
  width: number;
  align?: 'start' | 'end';
};

export type RowOptions = {
  padding?: number;
  /** Keep the row on one page when it fits on a fresh page (table rows); paragraphs split freely. */
  keepTogether?: boolean;
  border?: boolean;
  fill?: Color;
  color?: Color;
  /** Draw a vertical bar left of the row (quoted words). */
  barX?: number;
  /** Called after a page break inside or before the row, e.g. to repeat a table header. */
  onNewPage?: () => void;
};

/** The cursor: current page and vertical position, page geometry and the faces to draw with. */
export class PdfCanvas {
  readonly pages: PDFPage[] = [];
  y = 0;
  private current: PDFPage | undefined;
  private hasLostCharacters = false;

  constructor(
    readonly pdf: PDFDocument,
    readonly faces: Faces,
    readonly pageSize: readonly [number, number],
    /** Printed right after text that had characters the fonts cannot draw (see `drawLostCharactersNotice`). */
    readonly lostCharactersNotice?: string,
  ) {}

  get left(): number {
    return MARGIN;
  }
  get right(): number {
    return this.pageSize[0] - MARGIN;
  }
  get width(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return MARGIN + FOOTER_SPACE;
  }
  get footerY(): number {
    return MARGIN;
  }
  get page(): PDFPage {
    return this.current ?? this.newPage();
  }

  newPage(): PDFPage {
    const page = this.pdf.addPage([this.pageSize[0], this.pageSize[1]]);
    this.pages.push(page);
    this.current = page;
    this.y = this.pageSize[1] - MARGIN;
    return page;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.current === undefined || this.y - height < this.bottom) this.newPage();
  }

  /** Prepares and wraps text for a face, size and width, noting when the face could not draw some of it. */
  wrap(text: string, face: Face, size: number, width: number): string[] {
    const prepared = prepareText(text, face.metrics);
    if (prepared.hasLostCharacters) this.hasLostCharacters = true;
    return wrapText(prepared.text, face.metrics, size, width);
  }

  /** Tells whether text wrapped since the last call had characters the fonts cannot draw, and forgets it. */
  takeLostCharacters(): boolean {
    const had = this.hasLostCharacters;
    this.hasLostCharacters = false;
    return had;
  }

  /** Courier for monospace text that is printable ASCII; the embedded font for anything else. */
  faceFor(text: string, isMonospace: boolean): Face {
    return isMonospace && isCourierText(text) ? this.faces.mono : this.faces.regular;
  }

  /**
   * When text drawn since the last call lost characters the fonts cannot draw, prints the notice right there,
   * small and muted, across the full width (inside a table it closes the row like a row of its own).
   */
  drawLostCharactersNotice(options: { border?: boolean } = {}): void {
    if (!this.takeLostCharacters() || this.lostCharactersNotice === undefined) return;
    const face = this.faces.regular;
    const lines = this.wrap(this.lostCharactersNotice, face, NOTICE_SIZE, this.width - NOTICE_INDENT);
    this.takeLostCharacters();
    const cell: Cell = {
      lines,
      face,
      size: NOTICE_SIZE,
      x: this.left + NOTICE_INDENT,
      width: this.width - NOTICE_INDENT,
    };
    this.drawRow([cell], { color: MUTED, padding: 2, keepTogether: true, border: options.border });
  }

  /** Draws a bold heading, kept on the same page as at least `keepWith` points of what follows it. */
  drawHeading(text: string, size: number, keepWith: number): void {
    const face = this.faces.bold;
    const lines = this.wrap(text, face, size, this.width);
    this.ensureSpace(lines.length * size * LINE_FACTOR + 6 + keepWith);
    this.y -= 4;
    this.drawRow([{ lines, face, size, x: this.left, width: this.width }]);
    this.y -= 2;
  }

  /** Draws one already-prepared line with its baseline at `y`, right-to-left runs in visual order. */
  drawLine(text: string, x: number, y: number, face: Face, size: number, color: Color = INK): void {
    if (text === '') return;
    let runX = x;
    for (const run of orderRunsForDisplay(text)) {
      this.page.drawText(run.text, { x: runX, y, size, font: face.font, color });
      runX += measureRun(run, face, size);
    }
  }

  /** Draws a row of cells, splitting it across pages when needed. */
  drawRow(cells: Cell[], options: RowOptions = {}): void {
    if (cells.length === 0) return;
    const padding = options.padding ?? 0;
    const lineHeight = Math.max(...cells.map((cell) => cell.size * LINE_FACTOR));
    const total = Math.max(1, ...cells.map((cell) => cell.lines.length));
    const perPage = Math.max(
      1,
      Math.floor((this.pageSize[1] - MARGIN - this.bottom - 2 * padding) / lineHeight),
    );
    let offset = 0;
    if (this.current === undefined) this.newPage();
    while (offset < total) {
      const fits = Math.floor((this.y - this.bottom - 2 * padding) / lineHeight);
      const wantsWhole = options.keepTogether === true && offset === 0 && total <= perPage;
      if (fits < 1 || (wantsWhole && fits < total)) {
        this.newPage();
        options.onNewPage?.();
        continue;
      }
      const count = Math.min(fits, total - offset);
      this.drawRowSlice(cells, offset, count, lineHeight, padding, options);
      offset += count;
      if (offset < total) {
        this.newPage();
        options.onNewPage?.();
      }
    }
  }

  private drawRowSlice(
    cells: Cell[],
    offset: number,
    count: number,
    lineHeight: number,
    padding: number,
    options: RowOptions,
  ): void {
    const top = this.y;
    const height = count * lineHeight + 2 * padding;
    if (options.fill !== undefined) {
      this.page.drawRectangle({
        x: this.left,
        y: top - height,
        width: this.width,
        height,
        color: options.fill,
      });
    }
    for (const cell of cells) {
      cell.lines.slice(offset, offset + count).forEach((line, index) => {
        const baseline = top - padding - index * lineHeight - cell.size * 1.02;
        const x =
          cell.align === 'end'
            ? cell.x + cell.width - measureText(line, cell.face.metrics, cell.size)
            : cell.x;
        this.drawLine(line, x, baseline, cell.face, cell.size, options.color);
      });
    }
    if (options.barX !== undefined) {
      const x = options.barX;
      this.page.drawLine({ start: { x, y: top }, end: { x, y: top - height }, thickness: 1.5, color: RULE });
    }
    if (options.border === true) {
      const y = top - height;
      this.page.drawLine({
        start: { x: this.left, y },
        end: { x: this.right, y },
        thickness: 0.5,
        color: RULE,
      });
    }
    this.y = top - height;
  }
}

// Right-to-left runs may be shaped (Arabic), so ask the PDF library, which lays them out the way it draws them.
function measureRun(run: DirectionRun, face: Face, size: number): number {
  return run.isRtl ? face.font.widthOfTextAtSize(run.text, size) : measureText(run.text, face.metrics, size);
}
