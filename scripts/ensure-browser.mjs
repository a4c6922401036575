// Makes sure the end-to-end tests have a real browser, installing one if it must: CHROMIUM_PATH, else
// /usr/bin/chromium, else (Debian, as root) `apt-get install -y chromium`, else Playwright's own download.
// Fails loudly when none can be had: the end-to-end tests are never skipped.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

import { findBrowser } from './lib/browser.mjs';

function run(cmd) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

async function main() {
  if (process.env.CHROMIUM_PATH && !fs.existsSync(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  let found = await findBrowser();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = fs.existsSync('/etc/debian_version') && fs.existsSync('/usr/bin/apt-get');
  if (!found && isRoot && isDebian) {
    try {
      run('apt-get update -qq');
      run('apt-get install -y -qq chromium');
    } catch {
      console.error('apt-get could not install chromium; trying Playwright’s own browser next.');
    }
    found = await findBrowser();
  }
  if (!found) {
    try {
      run('npx playwright install chromium');
    } catch {
      console.error('Playwright could not download its browser.');
    }
    found = await findBrowser();
  }
  if (!found) {
    throw new Error(
      'No browser for the end-to-end tests. Set CHROMIUM_PATH to a Chromium or Chrome binary, or install ' +
        'chromium (Debian: apt-get install -y chromium), or run `npx playwright install chromium`.',
    );
  }
  console.log(`End-to-end browser: ${found.executablePath ?? 'Playwright’s own Chromium'} (${found.origin})`);
}

main().catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
