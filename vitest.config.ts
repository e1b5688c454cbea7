import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // the end-to-end suite spawns the built bin, which loads compromise each time
    testTimeout: 30_000,
  },
});
