// Reads the text back out of a PDF with pdf.js (the legacy build runs in Node 20), page by page, for tests.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type ExtractedPdf = { pages: string[]; text: string; info: Record<string, unknown> };

/** Extracts each page's text (items joined, line ends kept) and the document information dictionary. */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedPdf> {
  const loadingTask = getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const pdf = await loadingTask.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  const { info } = await pdf.getMetadata();
  await loadingTask.destroy();
  return { pages, text: pages.join('\n'), info: info as Record<string, unknown> };
}
