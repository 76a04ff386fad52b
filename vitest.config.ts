import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Safety nets only (tests wait for states, never for durations): a busy two-core CI machine runs
    // real scrypt checks, Chromium and SQLite files several times slower than an idle one.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
