/**
 * Display helpers for evidence files: sizes in the person's language, a hash split into readable groups, and a
 * progress percentage. Sizes use decimal units (1 MB = 1,000,000 bytes), as phones and computers show them.
 */

const UNITS = [
  { unit: 'byte', bytes: 1 },
  { unit: 'kilobyte', bytes: 1e3 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'terabyte', bytes: 1e12 },
] as const;

type Rounding = 'ceil' | 'floor' | 'halfExpand';

/** Formats a size in bytes for people, e.g. "4.2 MB" in English or "4,2 MB" in Spanish. */
export function formatBytes(
  bytes: number,
  intlLocale: string,
  rounding: Rounding = 'halfExpand',
  fractionDigits = 1,
): string {
  const safe = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let chosen: (typeof UNITS)[number] = UNITS[0];
  for (const u of UNITS) if (safe >= u.bytes) chosen = u;
  const format = new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: chosen.unit,
    // "512 bytes" reads better than "512 byte"; larger units stay short ("4.2 MB").
    unitDisplay: chosen.unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: chosen.unit === 'byte' ? 0 : fractionDigits,
    roundingMode: rounding,
  });
  return format.format(safe / chosen.bytes);
}

/**
 * Formats a file's size and the space available for it so that a larger file never reads as the same size as the
 * space, or smaller: the size is rounded up and the space down.
 */
export function formatSizeAgainstSpace(
  sizeBytes: number,
  availableBytes: number,
  intlLocale: string,
): { size: string; available: string } {
  return {
    size: formatBytes(sizeBytes, intlLocale, 'ceil'),
    available: formatBytes(availableBytes, intlLocale, 'floor'),
  };
}

/** Splits a hex hash into groups (8 characters by default) so a person can read and compare it. */
export function groupHex(hex: string, groupSize = 8): string[] {
  const groups: string[] = [];
  for (let i = 0; i < hex.length; i += groupSize) groups.push(hex.slice(i, i + groupSize));
  return groups;
}

/** Whole percent done, 0 to 100, rounded down so 100 appears only at the very end. An empty file is 100. */
export function progressPercent(doneBytes: number, totalBytes: number): number {
  if (!(totalBytes > 0)) return 100;
  const percent = Math.floor((doneBytes / totalBytes) * 100);
  return Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0));
}
