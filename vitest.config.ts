import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // One real PostgreSQL server for the run: SOFTPHONE_TEST_DATABASE_URL's, or one started from Debian's package.
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
