import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.ts';

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    // The service worker keeps a copy of the whole site after each first visit: tests about
    // something else need not pay for it. offline.spec.ts and keep-journal-safe.spec.ts allow it.
    serviceWorkers: 'block',
    // The help cards guess the region from the time zone: the tests run in one place unless they say otherwise.
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    // Smooth scrolling makes every click wait for the page to stop moving (a full check took 4.0 s
    // instead of 1.6 s). The site honours "reduce motion" (global.css); phone.spec.ts keeps the
    // default, as most people have it.
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
