// Stands in for `brotli/decompress.js` in the app's bundle (next.config.mjs): fontkit calls it only to read WOFF2
// fonts, and the PDF pack embeds TrueType fonts only, so the decoder and its 120 KB dictionary stay out of the
// offline precache. Returning null makes fontkit report a WOFF2 font as unreadable instead of decoding it.
export default function decompressUnavailable() {
  return null;
}
