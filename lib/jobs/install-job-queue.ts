// Installs (or upgrades) the job queue's schema and creates every queue, as the owner of the tables: run at
// migration time by scripts/prepare-database.ts, `npm run db:migrate` and the integration tests' template database.
// Then lets the portal's role use it: read and write the queue's rows, run its functions, nothing more.
import PgBoss from "pg-boss";
import { APP_ROLE } from "@/lib/db/database-plan";
import { JOB_SCHEMA } from "./job-queue";
import { jobDefinitions } from "./job-definitions";

/** pg-boss 10's internal queue for cron (src/timekeeper.js, QUEUES.SEND_IT). */
const CRON_QUEUE = "__pgboss__send-it";

export async function installJobQueue(ownerUrl: string): Promise<{ created: string[] }> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
    max: 1,
  });
  boss.on("error", () => {}); // start() itself throws what matters here
  await boss.start();
  const created: string[] = [];
  try {
    for (const def of jobDefinitions) {
      const options = {
        name: def.name,
        // At most one waiting and one running job per queue: a slow run never piles up copies behind it.
        policy: "stately" as const,
        retryLimit: 2,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: def.expireInSeconds,
      };
      if (await boss.getQueue(def.name)) await boss.updateQueue(def.name, options);
      else {
        await boss.createQueue(def.name, options);
        created.push(def.name);
      }
    }
    // pg-boss's own queue that turns cron ticks into jobs: it creates it at the worker's start, which the portal's
    // role may not do (creating a queue creates a table), so it is made here.
    if (!(await boss.getQueue(CRON_QUEUE))) await boss.createQueue(CRON_QUEUE);
    const db = boss.getDb();
    const role = `"${APP_ROLE}"`;
    for (const sql of [
      `GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${role}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${role}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${role}`,
    ])
      await db.executeSql(sql, []);
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
  return { created };
}
