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
    include: ["lib/**/*.int.test.ts", "bench/**/*.int.test.ts", "prisma/**/*.int.test.ts"],
    // Worker threads start and load faster than forked processes (measured: about 15 % on this suite); the
    // Prisma client here is Rust-free (WASM) and argon2 is an N-API addon, both safe in threads.
    pool: "threads",
    // A worker runs file after file instead of a fresh worker per file: the packages in node_modules (the Prisma
    // runtime and its 2.6 MB query compiler, pg, zod) load once per worker. Measured on 2 cores: 46 s → 22 s.
    // Isolation is kept where it matters: every file gets its own database, and per-file-database.ts resets the
    // module registry, so lib/ and test-support modules (singletons, caches) start fresh in each file. What may
    // outlive a file in its worker is a vi.mock registration: a file that needs a Next.js-only module replaced
    // (the session, next/headers, next/cache) mocks it itself, as every file here does.
    isolate: false,
    // Files spend much of their time waiting on PostgreSQL: use every core (Vitest leaves one idle by default),
    // but at most 4 workers, whose Prisma pools (10 connections each) stay well below max_connections (100).
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism())),
    environment: "node",
    globalSetup: ["lib/test-support/integration/global-setup.ts"],
    setupFiles: ["lib/test-support/integration/per-file-database.ts"],
    // As the portal's start scripts run it (scripts/socket-address.cjs): the socket address header is trusted, and
    // next-request.ts's headers() carries one.
    env: { PORTAL_SOCKET_ADDRESS: "1" },
    // Starting the embedded server and migrating the template takes a few seconds on a cold machine.
    hookTimeout: 60_000,
    testTimeout: 20_000,
    // The SMS log transport and the [db] lines are noise unless a test fails.
    silent: "passed-only",
    reporters: ["default", ["json", { outputFile: "test-reports/integration.json" }]],
  },
});
