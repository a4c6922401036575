// Makes sure the bundle test can check a bundle with 7-Zip (the Debian `7zip` package, `7zz`; or p7zip's `7z`),
// installing it the way scripts/ensure-browser.mjs installs the browser: as root on Debian, `apt-get install -y
// 7zip`. Fails loudly when none can be had: the 7-Zip test (lib/bundle/seven-zip.test.ts) is never skipped.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

import { findSevenZip } from './lib/seven-zip.mjs';

function run(cmd) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

let found = findSevenZip();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = fs.existsSync('/etc/debian_version') && fs.existsSync('/usr/bin/apt-get');
if (!found && isRoot && isDebian) {
  try {
    run('apt-get install -y -qq 7zip');
  } catch {
    try {
      run('apt-get update -qq');
      run('apt-get install -y -qq 7zip');
    } catch {
      console.error('apt-get could not install 7zip.');
    }
  }
  found = findSevenZip();
}
if (!found) {
  console.error(
    '\nNo 7-Zip for the handover bundle test. Install it (Debian: apt-get install -y 7zip; macOS: brew install ' +
      'sevenzip) or set SEVEN_ZIP_PATH to a 7zz or 7z binary.\n',
  );
  process.exit(1);
}
console.log(`7-Zip for the bundle test: ${found}`);
