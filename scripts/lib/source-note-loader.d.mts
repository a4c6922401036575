export const DIRECTORY_DATA: RegExp;
export function stripSourceNotes(source: string, fileName?: string): { source: string; notes: number };
export default function sourceNoteLoader(this: { resourcePath?: string } | void, source: string): string;
