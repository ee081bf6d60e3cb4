// The background-job queue: pg-boss on the portal's own PostgreSQL (schema "pgboss"), so jobs share the database's
// backups and transactions and need no other server. Installed and its queues created by the owner role at migration
// time (install-job-queue.ts); the worker and the web app then use it as the portal's role, which may read and
// write the queue's rows but not change its tables.
import PgBoss from "pg-boss";

export const JOB_SCHEMA = "pgboss";

/** Failed jobs stay in the queue's table until an administrator retries or dismisses them ("needs action"): pg-boss
 * would otherwise archive them after a day and delete them a week later, unseen. */
const KEEP_FAILED_SECONDS = 400 * 24 * 3600;

/** A pg-boss client as the portal's role. `work`: also poll for jobs and keep the queue maintained (the worker). */
export function jobQueue(connectionString: string, role: "worker" | "client"): PgBoss {
  return new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    migrate: false,
    supervise: role === "worker",
    schedule: role === "worker",
    max: role === "worker" ? 4 : 1,
    archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    deleteAfterDays: 30,
    application_name: role === "worker" ? "portal-worker" : "portal-web",
  });
}
