import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/lib/free-port';

/** A copy of the static export served on its own port, so a test can ship a "new version" of it. */
export type StagedSite = { dir: string; url: string; stop: () => Promise<void> };

export async function stageSite(): Promise<StagedSite> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  fs.cpSync('out', dir, { recursive: true });
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    dir,
    url: `http://localhost:${port}`,
    stop: async () => {
      child.kill();
      fs.rmSync(dir, { recursive: true, force: true });
      await Promise.resolve();
    },
  };
}
