import { defineConfig } from "vitest/config";

// Type-level tests (tests/**/*.test-d.ts) are checked by `npm run typecheck` (tsc over tests/).
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One real Virtuoso for the whole run (started by .ci/run, or here if not).
    globalSetup: ["tests/setup/virtuoso.ts"],
  },
});
