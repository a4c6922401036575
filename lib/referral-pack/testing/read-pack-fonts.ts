// Reads the shipped pack fonts from public/fonts/ for Node tests and the bench script (never bundled into the app).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { PACK_FONT_FILES, checkFontBytes, type PackFonts } from '../fonts';

const FONT_DIR = path.resolve(import.meta.dirname, '../../../public/fonts');

/** Reads the regular and bold pack fonts from disk. */
export async function readPackFonts(): Promise<PackFonts> {
  const read = async (file: string): Promise<Uint8Array> =>
    checkFontBytes(file, new Uint8Array(await readFile(path.join(FONT_DIR, file))));
  const [regular, bold] = await Promise.all([read(PACK_FONT_FILES.regular), read(PACK_FONT_FILES.bold)]);
  return { regular, bold };
}
