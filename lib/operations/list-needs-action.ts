// Use case: what failed after a person was told it was done, and still waits for an administrator — SMS messages
// that failed every try (a status notice, a window notice, a code) and background-job runs that failed every retry.
// Nothing leaves this list by itself: each item is retried or settled with a note (and both are audited).
// Phones are masked: the administrator sees enough to tell messages apart and to call the resident from the profile.
import "server-only";
import { db } from "@/lib/db/client";
import { maskMobile } from "@/lib/format/mask";
import { assertAdministrator, type Administrator } from "./administrator";
import { failedJobs, type FailedJob } from "./failed-jobs";

export const FAILED_MESSAGES_SHOWN = 100;

export type FailedMessage = {
  id: string;
  kind: string;
  phone: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  application: { id: string; reference: string | null; serviceSlug: string } | null;
  /** A code message cannot be sent again: its code was erased and has expired. */
  canRetry: boolean;
};

export type NeedsAction = {
  messages: FailedMessage[];
  messagesTotal: number;
  jobs: FailedJob[];
  jobsTotal: number;
};

export async function listNeedsAction(actor: Administrator): Promise<NeedsAction> {
  assertAdministrator(actor);
  const where = { status: "failed" as const, resolvedAt: null };
  const [rows, messagesTotal, jobs] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FAILED_MESSAGES_SHOWN,
      select: { id: true, kind: true, to: true, attempts: true, lastError: true, createdAt: true, applicationId: true },
    }),
    db.outboxMessage.count({ where }),
    failedJobs(),
  ]);
  const ids = [...new Set(rows.map((r) => r.applicationId).filter((x): x is string => !!x))];
  const apps = ids.length
    ? await db.application.findMany({
        where: { id: { in: ids } },
        select: { id: true, reference: true, serviceSlug: true },
        take: ids.length,
      })
    : [];
  const byId = new Map(apps.map((a) => [a.id, a]));
  return {
    messages: rows.map((r) => ({
      id: r.id.toString(),
      kind: r.kind,
      phone: maskMobile(r.to),
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt,
      application: (r.applicationId && byId.get(r.applicationId)) || null,
      canRetry: r.kind !== "code",
    })),
    messagesTotal,
    jobs: jobs.rows,
    jobsTotal: jobs.total,
  };
}
