export const PRECACHE_BUDGET_RAW: number;
export type PrecachedFile = { url: string; raw: number; gzip: number };
export function measurePrecache(outDir: string): { files: PrecachedFile[]; raw: number; gzip: number };
