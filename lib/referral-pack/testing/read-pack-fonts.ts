// Reads the pack fonts for Node tests and the bench script (never bundled into the app): the full fonts in
// public/fonts/, subset exactly as the build subsets the copies it ships (scripts/lib/subset-fonts.mjs), so tests see
// the glyphs a person's device will have.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { subsetPackFont } from '../../../scripts/lib/subset-fonts.mjs';
import { PACK_FONT_FILES, PACK_FONT_SOURCES, checkFontBytes, type PackFonts } from '../pdf/fonts';

const FONT_DIR = path.resolve(import.meta.dirname, '../../../public/fonts');

let shipped: Promise<PackFonts> | null = null;

/** Reads the full regular and bold pack fonts from disk, as stored in the repository. */
export async function readFullPackFonts(): Promise<PackFonts> {
  const read = async (file: string): Promise<Uint8Array> =>
    checkFontBytes(file, new Uint8Array(await readFile(path.join(FONT_DIR, file))));
  const [regular, bold] = await Promise.all([read(PACK_FONT_SOURCES.regular), read(PACK_FONT_SOURCES.bold)]);
  return { regular, bold };
}

/** The regular and bold pack fonts as the app ships them (subset at build time); made once per process. */
export async function readPackFonts(): Promise<PackFonts> {
  shipped ??= readFullPackFonts().then(async (full) => {
    const [regular, bold] = await Promise.all([subsetPackFont(full.regular), subsetPackFont(full.bold)]);
    return {
      regular: checkFontBytes(PACK_FONT_FILES.regular, new Uint8Array(regular)),
      bold: checkFontBytes(PACK_FONT_FILES.bold, new Uint8Array(bold)),
    };
  });
  const { regular, bold } = await shipped;
  // Fresh copies, so a test that changes the bytes cannot change another test's fonts.
  return { regular: regular.slice(), bold: bold.slice() };
}
