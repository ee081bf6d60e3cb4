// Crash-safety tests (issue 19): the tests own their servers and their database (e2e/resilience/support/cluster.ts),
// kill them, stop PostgreSQL under them and run two instances on one database, so they cannot share the main
// browser tests' server: a config of their own, one worker, run by `npm test` beside the integration tests
// (`npm run test:resilience`; needs the test build, `npm run build:test`). Not run in the four variants: the pages
// they check are scanned in both locales and in senior mode by the tests themselves.
import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { urlOf } from "./e2e/resilience/support/cluster";

// The direct-data helper starts a process per request here: these tests stop and recreate the database under it
// (e2e/support/direct-data-client.ts). Set before the workers start, so they inherit it.
process.env.E2E_DIRECT_DATA = "per-request";

const headlessShell = "/usr/bin/chromium-headless-shell";
const chromium = fs.existsSync(headlessShell) ? headlessShell : "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e/resilience",
  testMatch: "**/*.spec.ts",
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: "test-results/resilience",
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e-resilience.json" }]],
  use: {
    baseURL: urlOf("a"),
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    },
  },
});
