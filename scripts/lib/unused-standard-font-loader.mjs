// A Turbopack loader (next.config.mjs) for the metrics of pdf-lib's standard PDF fonts that the pack never draws
// with: it uses DejaVu Sans for text and Courier for hashes only (lib/referral-pack/pdf/render-pdf.ts). Each of these
// files is a compressed copy of one font's metrics (Helvetica and Times about 14 KB each), and pdf-lib bundles all
// fourteen whatever is used, so they would sit in the offline precache for nothing. The loader gives an empty
// string instead; embedding one of these fonts would then fail loudly when pdf-lib tries to read its metrics,
// which the PDF tests would show.
export default function unusedStandardFont() {
  return 'export default "";\n';
}
