import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // the end-to-end suite spawns the built bin, which loads compromise each time: at most two tests of a file at once
    // (it.concurrent), so that a two-core machine runs each spawn at full speed instead of five at a fifth; their
    // budget is in test/e2e/run-bin.ts
    maxConcurrency: 2,
    testTimeout: 30_000,
  },
});
