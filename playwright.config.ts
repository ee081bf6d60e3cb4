// Browser tests: four projects (zh/ug × standard/large text) against the production build served on its own fresh
// embedded database (scripts/serve-test.ts). Debian's Chromium (its headless shell), never a download.
// Which tests run in which project is decided here, before the run, from the tests' variant tags
// (e2e/support/variants.ts): nothing is skipped inside a test body, so the totals count only what ran.
import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { notInVariant, variants, type PortalOptions } from "./e2e/support/variants";

const port = Number(process.env.TEST_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);
// Debian's chromium-headless-shell (the old headless mode, without the browser's own UI) runs these tests on about
// 40% less CPU than the full browser in headless mode; the full browser still works where the shell is missing.
const headlessShell = "/usr/bin/chromium-headless-shell";
const chromium = fs.existsSync(headlessShell) ? headlessShell : "/usr/bin/chromium";

export default defineConfig<PortalOptions>({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // The crash-safety tests own their servers and run on their own (playwright.resilience.config.ts).
  testIgnore: "resilience/**",
  // A stray test.only would run one test and report green: refused in CI.
  forbidOnly: ci,
  fullyParallel: true,
  // Three workers on two cores: a test spends much of its time waiting on the server (actions, redirects, the
  // database), so a third worker fills the idle CPU. Measured on a 2-core machine, whole suite, warm:
  // 2 workers 9.1 min (7% idle), 3 workers 6.5 min, 4 workers 7.2 min (CPU saturated, contention).
  workers: Number(process.env.E2E_WORKERS ?? 3),
  // A retry reruns a failed test once to collect a trace; scripts/test-totals.mjs still counts it as a failure.
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: variants.map(({ name, ...options }) => ({ name, use: options, grepInvert: notInVariant(name) })),
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/serve-test.ts",
    env: { NEXT_DIST_DIR: ".next-test" },
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: !ci,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
