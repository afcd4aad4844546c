import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './e2e/harness/chromium.ts';

// Debian's Chromium is the only browser: Playwright must never fetch one.
process.env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] = '1';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  forbidOnly: Boolean(process.env['CI']),
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser', testMatch: 'browser/**/*.spec.ts' },
    // Launches the built app with its own Electron binary; skips, with the reason, where there is none.
    // Fetches a missing binary first with the electron package's installer (as `npm start` does).
    { name: 'electron-binary', testMatch: 'electron/electron-binary.setup.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts', dependencies: ['electron-binary'] },
  ],
});
