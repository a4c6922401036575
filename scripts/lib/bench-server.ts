// What the browser benchmarks share: the built export must exist, and it is served by scripts/serve.mjs on a port
// of their choosing while they measure.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
