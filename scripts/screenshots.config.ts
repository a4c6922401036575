// npm run screenshots: walks the journey in es and pt on a 360 x 740 screen and saves a picture of each screen in
// screenshots/ (not committed), for a person to look at. Uses the built export (npm run build first).
import { defineConfig } from '@playwright/test';

import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.walk.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
});
