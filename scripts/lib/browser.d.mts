export const CHROMIUM_ARGS: string[];
export function findBrowser(): Promise<{ executablePath: string | undefined; origin: string } | null>;
