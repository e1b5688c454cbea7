/** `npm run fuzz`: the property suite alone, with at least 10,000 cases unless FUZZ_RUNS says otherwise. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/fuzz/**/*.test.ts'],
    environment: 'node',
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' },
    testTimeout: 0,
  },
});
