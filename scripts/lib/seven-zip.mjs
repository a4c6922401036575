// Finds a 7-Zip binary: SEVEN_ZIP_PATH, else `7zz` (Debian's 7zip package) or `7z` (p7zip) on the PATH.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The path of a 7-Zip binary, or null. */
export function findSevenZip() {
  if (process.env.SEVEN_ZIP_PATH)
    return fs.existsSync(process.env.SEVEN_ZIP_PATH) ? process.env.SEVEN_ZIP_PATH : null;
  for (const name of ['7zz', '7z']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return null;
}
