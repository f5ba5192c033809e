import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// The default suite (`npm test`): unit tests and the in-process CLI. Type-level tests
// (tests/**/*.test-d.ts) are checked by `npm run typecheck`. The heavy tests (Virtuoso, large
// inputs, signals, the browser, the packed package) run with vitest.integration.config.ts.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/integration/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // vitest's default is one worker fewer than the cores: one worker on a 2-core machine. The
    // tests wait on servers, workers and child processes often enough for one per core to pay.
    maxWorkers: Math.max(2, availableParallelism()),
    // The vendored bundles (dist/vendor: Comunica alone is 6.8 MB) are built code: transforming
    // them through Vite took 15 s per worker. Node imports them as they are, as an install does.
    server: { deps: { external: [/\/dist\/vendor\//] } },
  },
});
