import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { lazyChunk } from './scripts/lazy-chunk.ts';

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/stores/**/*.ts'],
      exclude: [
        // Build-time only: they read Astro's content collections, which the unit tests load through the real schemas instead.
        'src/lib/check-content.ts',
        'src/lib/guide.ts',
        'src/lib/social-card.ts',
        // Build-time only too: the manifest and icons (their files are checked over dist/ in tests/build/offline.test.ts).
        'src/lib/web-app.ts',
        // Runs only in a browser with a service worker: tests/e2e/offline.spec.ts covers it, update prompt included.
        'src/lib/offline-updates.ts',
      ],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 95, branches: 95 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/tabs-channel.ts'],
          isolate: false,
        },
      },
      {
        // autoCleanup off: tests/components/setup.ts cleans up itself, and the plugin's own setup file cannot be found from Stryker's sandbox.
        plugins: [svelte(), svelteTesting({ autoCleanup: false }), lazyChunk()],
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/tabs-channel.ts', 'tests/components/setup.ts'],
        },
      },
      {
        // Checks over the built site in dist/: run after `npm run build`.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
