// subset-font ships no type declarations; the build (subset-fonts.mjs) and the tests use its default export only.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
      noHinting?: boolean;
      dropTables?: string[];
    },
  ): Promise<Buffer>;
}
