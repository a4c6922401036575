/**
 * Renders a `PackDocument` to a PDF file on the device: A4 (or Letter) pages, embedded subset fonts, wrapped
 * text, tables that break across pages with their header repeated, and "page X of Y" on every page.
 * pdf-lib and fontkit are large, so the app must load this module with a dynamic `import()` only when the
 * person asks for a PDF; nothing here touches the network, storage or the DOM, so it also runs in Node tests.
 * The metadata holds only the neutral title, the producer and the generation date: no author, no subject,
 * nothing the person typed.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

import { formatPageLabel, type PackDocument, type PackSection } from '../document/document';
import type { PackFonts } from './fonts';
import { pdfFontkit } from './fontkit';
import { BODY_SIZE, drawBlock, drawFields } from './pdf-blocks';
import { MUTED, PAGE_SIZES, PdfCanvas, SHADE, type Faces, type PageSize } from './pdf-canvas';
import { COURIER_METRICS, getFontMetrics } from './pdf-metrics';
import { measureText, preparePrintableText, truncateText } from './pdf-text';

export type RenderPdfOptions = { pageSize?: PageSize };

const TITLE_SIZE = 20;
const HEADING_SIZE = 14;
const OVERVIEW_HEADING_SIZE = 12;
const FOOTER_SIZE = 7.5;

/** Renders the pack to PDF bytes. Deterministic: the same document and fonts give the same bytes. */
export async function renderPackPdf(
  doc: PackDocument,
  fonts: PackFonts,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const generatedAt = new Date(doc.generatedAt);
  if (Number.isNaN(generatedAt.getTime()))
    throw new RangeError(`generatedAt is not a date: ${doc.generatedAt}`);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(pdfFontkit);
  setMetadata(pdf, doc, generatedAt);
  const canvas = new PdfCanvas(
    pdf,
    await embedFaces(pdf, fonts),
    PAGE_SIZES[options.pageSize ?? 'a4'],
    doc.lostCharactersNotice,
  );
  drawCover(canvas, doc);
  doc.sections.forEach((section, index) => drawSection(canvas, section, index === 0));
  drawFooters(canvas, doc);
  return pdf.save({ useObjectStreams: true });
}

async function embedFaces(pdf: PDFDocument, fonts: PackFonts): Promise<Faces> {
  // Ligatures and contextual alternates off, so that every character stays its own glyph and reads back as
  // itself; kerning and mark positioning off because pdf-lib draws glyph advances only (and they cost time).
  // Arabic joining forms stay on.
  const features = {
    liga: false,
    clig: false,
    dlig: false,
    calt: false,
    kern: false,
    mark: false,
    mkmk: false,
  };
  const [regular, bold, mono] = await Promise.all([
    pdf.embedFont(fonts.regular, { subset: true, features }),
    pdf.embedFont(fonts.bold, { subset: true, features }),
    pdf.embedFont(StandardFonts.Courier),
  ]);
  return {
    regular: { font: regular, metrics: getFontMetrics(fonts.regular) },
    bold: { font: bold, metrics: getFontMetrics(fonts.bold) },
    mono: { font: mono, metrics: COURIER_METRICS },
  };
}

function setMetadata(pdf: PDFDocument, doc: PackDocument, generatedAt: Date): void {
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setProducer(doc.producer);
  pdf.setCreator(doc.producer);
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);
  pdf.setLanguage(doc.lang);
}

function drawCover(canvas: PdfCanvas, doc: PackDocument): void {
  canvas.newPage();
  canvas.drawHeading(doc.title, TITLE_SIZE, 0);
  if (doc.subtitle !== undefined) {
    const face = canvas.faces.regular;
    const lines = canvas.wrap(doc.subtitle, face, 12, canvas.width);
    canvas.drawRow([{ lines, face, size: 12, x: canvas.left, width: canvas.width }], { color: MUTED });
  }
  canvas.y -= 14;
  for (const overview of doc.overview ?? []) drawOverview(canvas, overview);
  drawFields(canvas, doc.cover);
  canvas.y -= 10;
  for (const block of doc.coverBlocks ?? []) drawBlock(canvas, block);
}

// The summary at the top of page 1: a heading in a shaded band, then its blocks.
function drawOverview(canvas: PdfCanvas, overview: PackSection): void {
  const face = canvas.faces.bold;
  const lines = canvas.wrap(overview.heading, face, OVERVIEW_HEADING_SIZE, canvas.width - 8);
  canvas.drawRow(
    [{ lines, face, size: OVERVIEW_HEADING_SIZE, x: canvas.left + 4, width: canvas.width - 8 }],
    {
      fill: SHADE,
      padding: 3,
      keepTogether: true,
    },
  );
  canvas.y -= 4;
  for (const block of overview.blocks) drawBlock(canvas, block);
  canvas.y -= 8;
}

function drawSection(canvas: PdfCanvas, section: PackSection, isFirst: boolean): void {
  if (isFirst || section.startsNewPage === true) canvas.newPage();
  else canvas.y -= 10;
  canvas.drawHeading(section.heading, HEADING_SIZE, 3 * BODY_SIZE * 1.3);
  const y = canvas.y - 1;
  canvas.page.drawLine({
    start: { x: canvas.left, y },
    end: { x: canvas.right, y },
    thickness: 0.75,
    color: MUTED,
  });
  canvas.y -= 8;
  for (const block of section.blocks) drawBlock(canvas, block);
}

function drawFooters(canvas: PdfCanvas, doc: PackDocument): void {
  const face = canvas.faces.regular;
  const pages = canvas.pages.length;
  canvas.pages.forEach((page, index) => {
    const label = preparePrintableText(formatPageLabel(doc.pageLabel, index + 1, pages), face.metrics);
    const labelWidth = measureText(label, face.metrics, FOOTER_SIZE);
    const style = { y: canvas.footerY, size: FOOTER_SIZE, font: face.font, color: MUTED };
    const footerText = preparePrintableText(doc.footer ?? '', face.metrics).replaceAll('\n', ' ');
    const footer = truncateText(footerText, face.metrics, FOOTER_SIZE, canvas.width - labelWidth - 16);
    if (footer !== '') page.drawText(footer, { ...style, x: canvas.left });
    if (label !== '') page.drawText(label, { ...style, x: canvas.right - labelWidth });
  });
}
