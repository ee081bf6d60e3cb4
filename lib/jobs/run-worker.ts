// The worker: runs the background jobs (job-definitions.ts) until stopped. Started by `npm run worker` (production:
// its own process, as many as wanted; see README "Background jobs"), and by `npm run dev` and the browser-test
// server beside the portal. Every run logs one line when it starts and one when it ends (JSON, lib/log), and a
// run that throws is retried by pg-boss and, when its retries are spent, kept as failed for the administrator.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { databaseUrl, env } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { archiveAuditLog } from "@/lib/audit/archive-audit-log";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { cleanUpUploads } from "@/lib/applications/uploads/clean-up-uploads";
import { jobQueue } from "./job-queue";
import { jobDefinitions, TIME_ZONE, type JobName } from "./job-definitions";
import { deliverDueMessages } from "./tasks/deliver-due-messages";
import { remindPledgesDue } from "./tasks/remind-pledges-due";
import { markPledgesOverdue } from "./tasks/mark-pledges-overdue";
import { warnDeadlinesNear } from "./tasks/warn-deadlines-near";
import { escalateOverdueCases } from "./tasks/escalate-overdue-cases";

export type Task = (now: Date) => Promise<unknown>;

/** A batched task again while its batch came back full and did something (a full batch of nothing would loop). */
async function untilDone<R extends { more: boolean }>(run: () => Promise<R>, done: (r: R) => number) {
  let total = 0;
  for (let round = 0; round < 100; round++) {
    const r = await run();
    total += done(r);
    if (!r.more || done(r) === 0) break;
  }
  return { done: total };
}

function tasks(ownerUrl: string | undefined, stopping: () => boolean): Record<JobName, Task> {
  const settings = env();
  return {
    "outbox-deliver": (now) =>
      deliverDueMessages({
        until: new Date(now.getTime() + 50_000),
        sweepMs: settings.OUTBOX_SWEEP_SECONDS * 1000,
        stopping,
      }),
    "pledge-reminders": (now) =>
      untilDone(
        () => remindPledgesDue(now),
        (r) => r.reminded,
      ),
    "pledge-overdue": (now) =>
      untilDone(
        () => markPledgesOverdue(now),
        (r) => r.overdue,
      ),
    "deadline-warnings": (now) =>
      untilDone(
        () => warnDeadlinesNear(now),
        (r) => r.warned,
      ),
    "rectification-escalation": (now) =>
      untilDone(
        () => escalateOverdueCases(now),
        (r) => r.escalated,
      ),
    "uploads-cleanup": (now) => cleanUpUploads(now),
    "audit-export": () => exportAuditLog(db, settings.AUDIT_EXPORT_DIR!),
    "audit-archive": async (now) => {
      // The owner role, for this job only: the portal's role may not delete from the live audit table.
      const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl!, max: 1 }) });
      try {
        return await archiveAuditLog(owner, { now, retentionMonths: settings.AUDIT_RETENTION_MONTHS });
      } finally {
        await owner.$disconnect();
      }
    },
  };
}

export async function runWorker(
  opts: {
    ownerUrl?: string;
    /** Tests replace tasks to count runs or to fail on purpose. */
    tasks?: Partial<Record<JobName, Task>>;
    /** Tests leave the cron out and send jobs themselves. */
    schedule?: boolean;
  } = {},
): Promise<{ stop: () => Promise<void> }> {
  const settings = env();
  const boss = jobQueue(databaseUrl(), "worker");
  boss.on("error", (e) => log.error({ error: e.message }, "job queue error"));
  await boss.start();
  let stopping = false;
  const run = { ...tasks(opts.ownerUrl, () => stopping), ...opts.tasks };
  const started: JobName[] = [];
  for (const def of jobDefinitions) {
    const missing =
      (def.needs === "owner" && !opts.ownerUrl) || (def.needs === "AUDIT_EXPORT_DIR" && !settings.AUDIT_EXPORT_DIR);
    if (missing) {
      await boss.unschedule(def.name);
      log.warn({ job: def.name, needs: def.needs }, "job not scheduled: its setting is missing");
      continue;
    }
    await boss.work<object>(def.name, { pollingIntervalSeconds: 2 }, async (jobs) => {
      const job = jobs[0]!;
      const jobLog = log.child({ job: def.name, jobId: job.id });
      const t0 = Date.now();
      jobLog.info("job started");
      try {
        const result = await run[def.name](new Date());
        jobLog.info({ result, ms: Date.now() - t0 }, "job done");
        return result;
      } catch (e) {
        jobLog.error({ error: e instanceof Error ? e.message : String(e), ms: Date.now() - t0 }, "job failed");
        throw e;
      }
    });
    if (opts.schedule !== false) await boss.schedule(def.name, def.cron, {}, { tz: TIME_ZONE });
    started.push(def.name);
  }
  log.info({ jobs: started }, "worker started");
  return {
    stop: async () => {
      stopping = true;
      await boss.stop({ graceful: true, timeout: 20_000, wait: true });
      log.info("worker stopped");
    },
  };
}
