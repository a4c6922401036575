export function policyFor(scriptHashes: string[]): string;
export function addCsp(html: string): { html: string; inline: number };
