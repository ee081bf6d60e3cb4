// Browser tests: every journey runs in both languages and both text sizes (four projects), against the production
// build served on its own fresh embedded database (scripts/serve-test.ts). Debian's Chromium, never a download.
import { defineConfig } from "@playwright/test";
import type { PortalOptions } from "./e2e/fixtures";

const port = Number(process.env.TEST_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;

const variants: Array<PortalOptions & { name: string }> = [
  { name: "zh-standard", portalLocale: "zh", textSize: "standard" },
  { name: "zh-large", portalLocale: "zh", textSize: "large" },
  { name: "ug-standard", portalLocale: "ug", textSize: "standard" },
  { name: "ug-large", portalLocale: "ug", textSize: "large" },
];

export default defineConfig<PortalOptions>({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: variants.map(({ name, ...options }) => ({ name, use: options })),
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/serve-test.ts",
    env: { NEXT_DIST_DIR: ".next-test" },
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
