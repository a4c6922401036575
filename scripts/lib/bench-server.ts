// What the browser benchmarks share: the built export must exist, it is served by scripts/serve.mjs on a port of
// their choosing while they measure, and Chromium runs it (withServedBrowser does all three, and stops both after).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser } from '@playwright/test';

import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { freePort } from './free-port';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Stops the benchmark with a plain message when there is no build to measure. */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(ROOT, 'out', 'en', 'index.html'))) {
    console.error('out/en/index.html is missing: run npm run build first.');
    process.exit(1);
  }
}

/** Serves out/ on the port; resolves once the server says it is serving, rejects if it stops or takes over 10 s. */
export function startStaticServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The static server did not start within 10 s.')), 10_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve(server);
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The static server stopped (exit code ${String(code)}).`));
    });
  });
}

/** Stops the server and waits until it has exited. */
export function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

export type ServedBrowser = {
  browser: Browser;
  /** Where out/ is served, e.g. http://localhost:4190 */
  baseURL: string;
  /** How the browser was found (for the printed figures). */
  origin: string;
};

/**
 * Checks the build, finds Chromium (or stops with a plain message), serves out/ on `port` (a free one by default),
 * launches the browser and runs `measure`; the browser and the server are stopped afterwards, also on an error.
 */
export async function withServedBrowser(
  measure: (served: ServedBrowser) => Promise<void>,
  port?: number,
): Promise<void> {
  requireBuild();
  const found = await findBrowser();
  if (found === null) {
    console.error('No Chromium found (set CHROMIUM_PATH, or run node scripts/ensure-browser.mjs).');
    process.exit(1);
  }
  const chosen = port ?? (await freePort());
  const server = await startStaticServer(chosen);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
    await measure({ browser, baseURL: `http://localhost:${chosen}`, origin: found.origin });
  } finally {
    await browser?.close();
    await stopServer(server);
  }
}
