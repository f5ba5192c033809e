import { defineConfig } from "vitest/config";

// The integration suite (`npm run test:integration`): a real Virtuoso (started once per run by
// .ci/run, or here), large inputs, signals, subprocess smoke tests of the bundle, the browser and
// the packed package installed in a fresh project.
export default defineConfig({
  test: {
    include: ["tests/integration/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    globalSetup: ["tests/setup/virtuoso.ts"],
    // The vendored bundles are built code; Node imports them as they are (see vitest.config.ts).
    server: { deps: { external: [/\/dist\/vendor\//] } },
  },
});
