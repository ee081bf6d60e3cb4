// Use case: an administrator dismisses a failed background-job run that need not run again (a later run of the same
// job already did the work: every job is safe to repeat), with a note. The run is removed from the queue; the audit
// row keeps what it was and why it was dismissed.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdministrator, NOTE_MAX, NOTE_MIN, type Administrator } from "./administrator";
import { inTransaction, jobCommands } from "./job-commands";
import { JOB_SCHEMA } from "@/lib/jobs/job-queue";
import { isKnownJob } from "./retry-failed-job";

export async function dismissFailedJob(input: {
  actor: Administrator;
  job: string;
  jobId: string;
  note: string;
  ip?: string | null;
}): Promise<{ ok: true } | { ok: false; reason: "not_found" | "note" }> {
  assertAdministrator(input.actor);
  const note = input.note.trim();
  if (note.length < NOTE_MIN || note.length > NOTE_MAX) return { ok: false, reason: "note" };
  if (!isKnownJob(input.job, input.jobId)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    // Only a failed run: a run that is waiting or active is the worker's, not the administrator's.
    const failed = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text FROM ${JOB_SCHEMA}.job WHERE name = $1 AND id = $2::uuid AND state = 'failed' LIMIT 1 FOR UPDATE`,
      input.job,
      input.jobId,
    );
    if (failed.length === 0) return { ok: false as const, reason: "not_found" as const };
    await jobCommands().deleteJob(input.job, input.jobId, { db: inTransaction(tx) });
    await recordAudit(
      {
        action: "operations.job_dismissed",
        payload: { job: input.job, jobId: input.jobId, note },
        actor: input.actor,
        subject: { type: "job", id: input.jobId },
        ip: input.ip,
      },
      tx,
    );
    return { ok: true as const };
  });
}
