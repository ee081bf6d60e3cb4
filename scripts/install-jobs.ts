// Installs the background-job queue's schema and queues as the owner of the tables (lib/jobs/install-job-queue.ts).
// Run after `prisma migrate deploy`, by scripts/prepare-database.ts and `npm run db:migrate`.
import { installJobQueue } from "../lib/jobs/install-job-queue";

const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  console.error("[jobs] set MIGRATION_DATABASE_URL (the tables' owner) or DATABASE_URL");
  process.exit(2);
}
installJobQueue(url).then(
  ({ created }) => {
    console.log(`[jobs] job queue ready${created.length ? `; created ${created.join(", ")}` : ""}`);
  },
  (e) => {
    console.error(`[jobs] could not install the job queue: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  },
);
