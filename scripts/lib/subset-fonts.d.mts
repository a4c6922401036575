export const PACK_FONT_RANGES: ReadonlyArray<readonly [number, number]>;
export const PACK_FONT_FILES: readonly string[];
export function shippedFontName(file: string): string;
export function localeCharacters(localesDir?: string): Set<string>;
export function subsetText(): string;
export function subsetPackFont(bytes: Uint8Array, text?: string): Promise<Uint8Array>;
export function subsetFontsIn(dir: string): Promise<{ file: string; before: number; after: number }[]>;
