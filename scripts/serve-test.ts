// The server the browser tests run against: the production build (`next build` first) on its own embedded
// database (separate data directory and port), created fresh for every run.
import { runPortal } from "./run-portal";

process.env.SEED_TEST_ACCOUNTS = "1";
// The browser tests stand for a proxy in front of the portal: each test presents its own client address in
// X-Forwarded-For (e2e/fixtures.ts), so the per-client limits of parallel tests never meet. One hop is trusted.
process.env.TRUST_PROXY_HOPS ??= "1";
// A failed SMS is tried again after a second, not after minutes, so that a test sees retries and the failed state.
process.env.OUTBOX_BACKOFF_SECONDS ??= "1,1,1,1";
process.env.OUTBOX_SWEEP_SECONDS ??= "1";

runPortal({
  profile: "test",
  nextArgs: ["start"],
  port: Number(process.env.TEST_PORT ?? 3917),
  fresh: !process.env.DATABASE_URL,
}).catch((e) => {
  console.error(`[portal] could not start the test server: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
