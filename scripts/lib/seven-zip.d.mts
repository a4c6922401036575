export function findSevenZip(): string | null;
