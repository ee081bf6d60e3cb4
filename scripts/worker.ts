// `npm run worker`: the background-job worker (lib/jobs/run-worker.ts) as its own process, for production (run one or
// more beside the portal; pg-boss makes sure each job runs once). Needs the same settings as the portal (DATABASE_URL,
// DATA_KEYS, DATA_HMAC_KEY, the SMS transport) and, for the nightly audit archive, MIGRATION_DATABASE_URL.
// `npm run dev` and the browser-test server start it for you (scripts/run-portal.ts).
// Run with the react-server condition (package.json), under which `import "server-only"` is an empty module.
import { runWorker } from "../lib/jobs/run-worker";
import { log } from "../lib/log/logger";

async function main() {
  const worker = await runWorker({ ownerUrl: process.env.MIGRATION_DATABASE_URL || undefined });
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      // Lets a running job finish (up to 20 s) so that its work is recorded, then exits.
      worker.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
}

main().catch((e) => {
  log.fatal({ error: e instanceof Error ? e.message : String(e) }, "worker could not start");
  process.exit(1);
});
