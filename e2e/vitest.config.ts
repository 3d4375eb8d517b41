import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (and Firefox ESR for the smoke test) with the built extension.
// `npm run test:e2e` builds first. One file at a time: the browsers share 2 cores with the page timings.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
