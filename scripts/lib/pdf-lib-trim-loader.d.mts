export const PDF_LIB_UNUSED: Readonly<Record<string, string>>;
export const PDF_LIB_UNUSED_PATH: RegExp;
export default function pdfLibTrimLoader(source: string): string;
