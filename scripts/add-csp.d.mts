export function policyFor(scriptHashes: string[]): string;
export function addCsp(html: string): { html: string; inline: number };
export function pageGuard(): 'framed' | 'no-trusted-types' | 'guarded';
export const GUARD_SCRIPT: string;
