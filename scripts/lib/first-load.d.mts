export const FIRST_LOAD_BUDGET_GZIP: number;
export type RouteLoad = { route: string; scripts: number; raw: number; gzip: number };
export function listRoutes(outDir: string): string[];
export function measureRoute(outDir: string, route: string): RouteLoad;
export function measureAll(outDir: string): RouteLoad[];
export function kb(bytes: number): string;
