import type { IConfiguration } from 'dependency-cruiser';

export const LAYERS: { name: string; path: string; comment: string }[];
export function createConfig(options?: { tsConfig?: string | null }): IConfiguration;
declare const config: IConfiguration;
export default config;
