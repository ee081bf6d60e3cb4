// The failed background-job runs still waiting for a decision, read straight from pg-boss's table (the worker keeps
// failed runs there: lib/jobs/job-queue.ts). Raw SQL because the queue's schema is pg-boss's, not Prisma's.
import "server-only";
import { db } from "@/lib/db/client";
import { JOB_SCHEMA } from "@/lib/jobs/job-queue";

export type FailedJob = { id: string; name: string; failedAt: Date; tries: number; error: string };

export const FAILED_JOBS_SHOWN = 50;

export async function failedJobs(): Promise<{ rows: FailedJob[]; total: number }> {
  const rows = await db.$queryRawUnsafe<{ id: string; name: string; failedAt: Date; tries: number; output: unknown }[]>(
    `SELECT id::text, name, completed_on AS "failedAt", retry_count + 1 AS tries, output
       FROM ${JOB_SCHEMA}.job WHERE state = 'failed' ORDER BY completed_on DESC LIMIT ${FAILED_JOBS_SHOWN}`,
  );
  const [count] = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM ${JOB_SCHEMA}.job WHERE state = 'failed' LIMIT 1`,
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      failedAt: r.failedAt,
      tries: r.tries,
      error: errorText(r.output),
    })),
  };
}

/** pg-boss stores what a failed handler threw as {message, stack, …}; only the message is shown. */
function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output) return String(output.message).slice(0, 300);
  return output == null ? "" : JSON.stringify(output).slice(0, 300);
}
