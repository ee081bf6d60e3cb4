// Every background job the portal runs: its queue, its schedule (cron, Asia/Shanghai), and the task it calls. The
// tasks are ordinary use cases (lib/jobs/tasks/ and elsewhere) that take the time as an argument and are safe to run
// twice: a run repeats no work that an earlier run did (each says how). pg-boss adds the rest: one run at a time per
// queue across all workers ("stately" policy), a cron tick sent once however many workers run, retries with backoff,
// and a failed run kept for the administrator's "needs action" list.

export type JobName =
  | "outbox-deliver"
  | "pledge-reminders"
  | "pledge-overdue"
  | "deadline-warnings"
  | "rectification-escalation"
  | "uploads-cleanup"
  | "audit-export"
  | "audit-archive";

export type JobDefinition = {
  name: JobName;
  cron: string;
  /** Longest a run may take before pg-boss counts it as failed (and retries it). */
  expireInSeconds: number;
  /** Needs the owner role (MIGRATION_DATABASE_URL), or a setting; when missing the worker leaves it unscheduled. */
  needs?: "owner" | "AUDIT_EXPORT_DIR";
};

export const jobDefinitions: readonly JobDefinition[] = [
  // Every minute; each run keeps sweeping for messages falling due for most of the minute (deliver-due-messages.ts).
  { name: "outbox-deliver", cron: "* * * * *", expireInSeconds: 5 * 60 },
  // Daily in the morning: they text residents, and nobody wants a reminder at 3 a.m. (each is once per pledge).
  { name: "pledge-reminders", cron: "0 8 * * *", expireInSeconds: 15 * 60 },
  { name: "pledge-overdue", cron: "5 8 * * *", expireInSeconds: 15 * 60 },
  { name: "deadline-warnings", cron: "10 * * * *", expireInSeconds: 15 * 60 },
  // Hourly in working time is enough: a case becomes overdue at midnight, and is escalated before the office opens.
  { name: "rectification-escalation", cron: "15 * * * *", expireInSeconds: 15 * 60 },
  { name: "uploads-cleanup", cron: "30 3 * * *", expireInSeconds: 60 * 60 },
  { name: "audit-export", cron: "20 * * * *", expireInSeconds: 30 * 60, needs: "AUDIT_EXPORT_DIR" },
  { name: "audit-archive", cron: "0 2 * * *", expireInSeconds: 60 * 60, needs: "owner" },
];

export const TIME_ZONE = "Asia/Shanghai";
