// Integration tests: the real lib/ use cases against a real PostgreSQL (npm run test:integration).
// One server and one migrated template per run (global-setup.ts); each test file gets its own copy of the template
// (per-file-database.ts), so files run in parallel and never see each other's rows.
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // The real package throws outside a React Server Components build; every use case imports it.
      "server-only": path.resolve(__dirname, "lib/test-support/integration/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.int.test.ts"],
    // Worker threads start and load faster than forked processes (measured: about 15 % on this suite); the
    // Prisma client here is Rust-free (WASM) and argon2 is an N-API addon, both safe in threads.
    pool: "threads",
    // Files spend much of their time waiting on PostgreSQL: use every core (Vitest leaves one idle by default),
    // but at most 4 workers, whose Prisma pools (10 connections each) stay well below max_connections (100).
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism())),
    environment: "node",
    globalSetup: ["lib/test-support/integration/global-setup.ts"],
    setupFiles: ["lib/test-support/integration/per-file-database.ts"],
    // Starting the embedded server and migrating the template takes a few seconds on a cold machine.
    hookTimeout: 60_000,
    testTimeout: 20_000,
    // The SMS log transport and the [db] lines are noise unless a test fails.
    silent: "passed-only",
    reporters: ["default", ["json", { outputFile: "test-reports/integration.json" }]],
  },
});
