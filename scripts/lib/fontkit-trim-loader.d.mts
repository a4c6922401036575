export const REMOVED: Readonly<Record<string, string>>;
export function trimFontkit(source: string): string;
export default function fontkitTrimLoader(source: string): string;
