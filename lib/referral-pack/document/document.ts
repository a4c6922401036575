/**
 * The printable document model of a referral pack: plain data, strings only, already in the pack's language.
 * Whatever builds the pack content (from the case and the assessment) fills this in; `render-pdf.ts` turns it
 * into a PDF and the print view renders the same model as HTML, so both always say the same thing.
 * Nothing in here is markup: every string is shown literally, whatever characters it holds.
 */

/** A whole pack, ready to render. */
export type PackDocument = {
  /** BCP 47 language of the pack (`en`, `es`, `pt`), written into the PDF and the HTML `lang` attribute. */
  lang: string;
  /**
   * Neutral title, printed on the cover and the only descriptive text put into the PDF metadata, so it must not
   * hold personal data (no names, no case details).
   */
  title: string;
  /** Printed under the title on the cover, e.g. who the pack is for. Not put into metadata. */
  subtitle?: string;
  /** When the pack was made, as an ISO 8601 date-time; becomes the PDF's creation and modification date. */
  generatedAt: string;
  /** The app and its version, PRODUCT_SIGNATURE (lib/product.ts); becomes the PDF's producer. */
  producer: string;
  /**
   * The summary at the top of page 1, before the cover fields and the letter: what happened, when, how much went
   * where, the references and what is asked of the reader, so they can act on it in half a minute. One section per
   * language of the pack.
   */
  overview?: PackSection[];
  /** Key facts on the cover: case reference, date and time generated, pack language, app version, manifest hash. */
  cover: PackField[];
  /** Blocks printed on the cover after the fields, e.g. the short cover letter. */
  coverBlocks?: PackBlock[];
  sections: PackSection[];
  /** Printed at the foot of every page, e.g. the case reference, so loose pages can be put back together. */
  footer?: string;
  /**
   * Printed right where text had characters the PDF fonts cannot draw (CJK, most emoji): says they are shown as a
   * placeholder and kept exactly in the JSON and CSV files. The print view (HTML) draws them and needs no notice.
   */
  lostCharactersNotice?: string;
  /** Page numbering text with `{page}` and `{pages}` placeholders, e.g. `Page {page} of {pages}`. */
  pageLabel: string;
};

/** One section of the pack: the summary, the payments, the evidence manifest, and so on. */
export type PackSection = {
  /** Stable snake_case id (`payments`, `evidence_manifest`), for tests, anchors and ordering by preset. */
  id: string;
  heading: string;
  /** Language of this section when it differs from the pack's (bilingual packs). */
  lang?: string;
  /** Start the section at the top of a new page. */
  startsNewPage?: boolean;
  blocks: PackBlock[];
};

export type PackBlock = PackParagraph | PackSubheading | PackList | PackFieldList | PackTable | PackHashList;

/** Running text. Line breaks in `text` are kept. `quote` marks the person's own words (printed indented). */
export type PackParagraph = {
  kind: 'paragraph';
  text: string;
  style?: 'normal' | 'strong' | 'quote' | 'small';
};

export type PackSubheading = { kind: 'subheading'; text: string };

/** A bulleted list. */
export type PackList = { kind: 'list'; items: string[] };

/** Label and value pairs, e.g. the structured facts or a referral's contact details. */
export type PackFieldList = { kind: 'fields'; items: PackField[] };

export type PackField = {
  label: string;
  value: string;
  /** Print the value in a fixed-width font (hashes, references, account identifiers). */
  isMonospace?: boolean;
};

/**
 * A table with column headers. Rows break across pages with the header repeated; a cell too tall for one page
 * continues on the next. `totals` rows are printed in bold after the body, e.g. totals per currency.
 */
export type PackTable = {
  kind: 'table';
  caption?: string;
  columns: PackColumn[];
  rows: string[][];
  totals?: string[][];
  /** Printed instead of an empty table. */
  emptyText?: string;
};

export type PackColumn = {
  header: string;
  /** Relative width; columns without one share the space by content. */
  weight?: number;
  /** `end` for amounts and numbers. */
  align?: 'start' | 'end';
  isMonospace?: boolean;
};

/** SHA-256 hashes with what they belong to, printed in a fixed-width font so they can be compared by eye. */
export type PackHashList = { kind: 'hashes'; items: { label: string; sha256: string }[] };

/** Replaces `{page}` and `{pages}` in the page label. */
export function formatPageLabel(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}
