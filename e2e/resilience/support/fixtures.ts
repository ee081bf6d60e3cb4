// Fixtures of the crash-safety tests: one cluster per worker (there is one worker), started once, and before each
// test the state every test starts from: PostgreSQL running, server A up without a fault point, server B stopped.
// Tests leave it broken as they please; the next test's fixture mends it.
import { test as base, expect, type Page } from "@playwright/test";
import { translator, testClientAddress } from "../../fixtures";
import { expectNoAxeViolations, waitForPageReady } from "../../support/scan";
import { Cluster } from "./cluster";

export { expect, translator };

type WorkerFixtures = { cluster: Cluster };
type TestFixtures = {
  /** Scans the page as it is now with axe (AAA contrast in senior mode). */
  scan: (page: Page, textSize?: "standard" | "large") => Promise<void>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  cluster: [
    async ({}, use) => {
      const cluster = new Cluster();
      try {
        await cluster.create();
        await use(cluster);
      } finally {
        await cluster.destroy();
      }
    },
    { scope: "worker", timeout: 240_000 },
  ],
  context: async ({ context, cluster }, use) => {
    if (!cluster.databaseRunning) await cluster.startDatabase();
    await cluster.kill("b");
    if (!cluster.isRunning("a")) await cluster.start("a");
    await context.setExtraHTTPHeaders({ "x-forwarded-for": testClientAddress() });
    await use(context);
  },
  scan: async ({}, use) =>
    use(async (page, textSize = "standard") => {
      await waitForPageReady(page);
      await expectNoAxeViolations(page, textSize);
    }),
});
