import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // pyodide and moto are heavy: keep parallelism modest on 2-core runners.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'out/test-report.json' },
  },
});
