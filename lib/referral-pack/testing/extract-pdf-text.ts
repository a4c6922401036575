// Reads the text back out of a PDF with pdf.js (its legacy build runs in Node 20), for tests only.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type ExtractedItem = { str: string; x: number; y: number; width: number };
export type ExtractedPage = { text: string; items: ExtractedItem[]; width: number; height: number };
export type ExtractedPdf = {
  pages: string[];
  text: string;
  pageDetails: ExtractedPage[];
  info: Record<string, unknown>;
};

/** Extracts each page's text (items joined, line ends kept), item positions, page sizes and the info dictionary. */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedPdf> {
  const loadingTask = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  const pdf = await loadingTask.promise;
  const pageDetails: ExtractedPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const items: ExtractedItem[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      const [, , , , x = 0, y = 0] = item.transform as number[];
      items.push({ str: item.str, x, y, width: item.width });
    }
    const [, , width = 0, height = 0] = page.view;
    pageDetails.push({ text, items, width, height });
  }
  const { info } = await pdf.getMetadata();
  await loadingTask.destroy();
  return {
    pages: pageDetails.map((page) => page.text),
    text: pageDetails.map((page) => page.text).join('\n'),
    pageDetails,
    info: info as Record<string, unknown>,
  };
}
