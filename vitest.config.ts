import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // pyodide and moto are heavy: keep parallelism modest on 2-core runners.
    maxWorkers: 2,
    // Tests build SDK clients directly too; see src/aws/clients.ts.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    reporters: ['default', 'json'],
    outputFile: { json: 'out/test-report.json' },
  },
});
