// Use case: an administrator runs a failed background job again (e.g. after the disk for uploads was fixed). pg-boss
// puts it back in the queue with one more try; the worker picks it up within seconds.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { jobDefinitions } from "@/lib/jobs/job-definitions";
import { assertAdministrator, type Administrator } from "./administrator";
import { inTransaction, jobCommands } from "./job-commands";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isKnownJob(job: string, jobId: string): boolean {
  return jobDefinitions.some((d) => d.name === job) && UUID.test(jobId);
}

export async function retryFailedJob(input: {
  actor: Administrator;
  job: string;
  jobId: string;
  ip?: string | null;
}): Promise<{ ok: boolean }> {
  assertAdministrator(input.actor);
  if (!isKnownJob(input.job, input.jobId)) return { ok: false };
  return db.$transaction(async (tx) => {
    // pg-boss answers {affected} although its types say void.
    const r = (await jobCommands().retry(input.job, input.jobId, { db: inTransaction(tx) })) as unknown as {
      affected: number;
    };
    if (!r?.affected) return { ok: false };
    await recordAudit(
      {
        action: "operations.job_retried",
        payload: { job: input.job, jobId: input.jobId },
        actor: input.actor,
        subject: { type: "job", id: input.jobId },
        ip: input.ip,
      },
      tx,
    );
    return { ok: true };
  });
}
