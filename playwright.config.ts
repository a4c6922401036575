import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, findBrowser } from './scripts/lib/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const browser = await findBrowser();
if (!browser) throw new Error('No browser for the end-to-end tests: run `node scripts/ensure-browser.mjs`.');

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    serviceWorkers: 'allow',
    trace: 'off',
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'mobile-chromium',
      use: {
        ...devices['Pixel 5'],
        viewport: { width: 360, height: 740 },
        launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
