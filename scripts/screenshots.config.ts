// npm run screenshots: walks the journey in es and pt on a 360 x 740 screen and saves a picture of each screen in
// screenshots/ (not committed), for a person to look at. Uses the built export (npm run build first).
import path from 'node:path';

import { defineConfig } from '@playwright/test';

import base from '../playwright.config';

const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.walk.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/en/`,
    cwd: path.resolve(import.meta.dirname, '..'),
    reuseExistingServer: false,
    timeout: 30_000,
  },
  use: { ...base.use, baseURL: `http://localhost:${PORT}` },
});
