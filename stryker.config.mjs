// @ts-check
/**
 * Mutation testing of the site's plain logic and stores: `npm run test:mutation`. It takes minutes,
 * so it is a script of its own rather than part of `npm test`. The report goes to reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Forks, as under `npm test`: a worker thread cannot change its time zone, which a dates test does.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false, pool: 'forks' },
  mutate: [
    'src/lib/**/*.ts',
    'src/stores/**/*.ts',
    // Build-time only (Astro content collections), as in the coverage settings.
    '!src/lib/check-content.ts',
    '!src/lib/guide.ts',
    '!src/lib/social-card.ts',
    // Build-time only too (the manifest and icons), and browser-only with a service worker (the browser tests cover it).
    '!src/lib/web-app.ts',
    '!src/lib/offline-updates.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
};
