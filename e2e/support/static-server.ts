import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A copy of the static export served on its own port, so a test can ship a "new version" of it. */
export type StagedSite = { dir: string; url: string; stop: () => Promise<void> };

/** A port no one listens on now (the system picks it), so parallel runs on one machine do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

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
