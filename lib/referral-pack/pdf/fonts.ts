/**
 * The fonts embedded in PDF packs: DejaVu Sans regular and bold, shipped in `public/fonts/` (licence next to
 * them). They cover Latin with every accent of English, Spanish and Portuguese, Greek, Cyrillic, Hebrew and
 * Arabic, so names and quoted messages print. The renderer takes the bytes as a parameter and does no I/O:
 * the browser fetches them with `fetchPackFonts`, Node tests read them from disk (`testing/read-pack-fonts.ts`).
 */

/** The font bytes the PDF renderer embeds (subset, so only the glyphs used end up in the file). */
export type PackFonts = { regular: Uint8Array; bold: Uint8Array };

/** The full fonts as stored in the repository, under `public/fonts/` (the source the build subsets). */
export const PACK_FONT_SOURCES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/**
 * The fonts the app ships, served at `/fonts/<file>`: the build subsets each source and writes it as WOFF, which is
 * the same TrueType font with its tables zlib-compressed (about half the bytes in the offline precache). fontkit
 * reads it, and the PDF embeds the subset as plain TrueType (scripts/lib/subset-fonts.mjs).
 */
export const PACK_FONT_FILES = { regular: 'DejaVuSans.woff', bold: 'DejaVuSans-Bold.woff' } as const;

/** Thrown when a font file is missing or is not a TrueType/OpenType font (e.g. an HTML error page). */
export class PackFontError extends Error {
  override readonly name = 'PackFontError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Font ${file} could not be loaded: ${detail}`);
  }
}

/**
 * Fetches the pack fonts from the app's own origin. Works offline once the service worker has cached them.
 * `baseUrl` allows for a base path when the app is not served from the root.
 */
export async function fetchPackFonts(
  baseUrl = '/fonts/',
  fetchImpl: typeof fetch = fetch,
): Promise<PackFonts> {
  const load = async (file: string): Promise<Uint8Array> => {
    const response = await fetchImpl(`${baseUrl}${file}`);
    if (!response.ok) throw new PackFontError(file, `HTTP ${response.status}`);
    return checkFontBytes(file, new Uint8Array(await response.arrayBuffer()));
  };
  const [regular, bold] = await Promise.all([load(PACK_FONT_FILES.regular), load(PACK_FONT_FILES.bold)]);
  return { regular, bold };
}

/**
 * Checks that bytes start like a TrueType or OpenType font (bare or as WOFF), so a static host's HTML fallback page served for a
 * missing file fails with a clear message instead of deep inside the PDF library.
 */
export function checkFontBytes(file: string, bytes: Uint8Array): Uint8Array {
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  const isFont = tag === '\u0000\u0001\u0000\u0000' || tag === 'OTTO' || tag === 'true' || tag === 'wOFF';
  if (!isFont) throw new PackFontError(file, 'not a TrueType or OpenType font');
  return bytes;
}
