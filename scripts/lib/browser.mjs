// Finds a Chromium for the end-to-end tests, in this order: CHROMIUM_PATH, the system's Chromium, Playwright's
// own download. Shared by scripts/ensure-browser.mjs (which may install one) and playwright.config.ts.
import fs from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Chromium quiet on a closed network and inside a root container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Returns `{ executablePath }` for a usable browser (undefined path = Playwright's own), or null. */
export async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? { executablePath: fromEnv, origin: 'CHROMIUM_PATH' } : null;
  for (const p of SYSTEM_PATHS) if (fs.existsSync(p)) return { executablePath: p, origin: 'system' };
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return { executablePath: undefined, origin: 'playwright' };
  } catch {
    // Playwright's own browser is not installed.
  }
  return null;
}
