// Query: the deadline warnings the system raised (lib/jobs/tasks/warn-deadlines-near.ts) that a reviewer's
// department must act on now, for the workbench. A department sees a warning only while the application is in its
// hands: the lead department for intake (submitted) and for issuing an approved result, every department whose part
// is still pending during review. A warning about a deadline since moved (a pause for supplements) no longer shows;
// of the two kinds, "passed" replaces "near". Other departments, clerks and administrators see none.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/client";
import { getService } from "@/lib/services";
import type { Status } from "../transition/status-machine";

export type WarningViewer = { role: Role; departmentId: string | null };

export type DeadlineWarningRow = {
  applicationId: string;
  reference: string | null;
  serviceSlug: string;
  status: Status;
  kind: "near" | "passed";
  /** Which date: the intake limit (while submitted) or the promised date. */
  deadlineKind: "acceptBy" | "deadline";
  deadline: string;
  warnedAt: Date;
};

/** At most this many warnings are listed (most urgent first); the queue below holds everything. */
export const WARNINGS_SHOWN = 20;

const withClock: Status[] = ["submitted", "accepted", "under_review", "approved"];

export async function listDeadlineWarnings(viewer: WarningViewer): Promise<DeadlineWarningRow[]> {
  const departmentId = viewer.departmentId;
  if (viewer.role !== "reviewer" || !departmentId) return [];
  const rows = await db.deadlineWarning.findMany({
    where: { application: { status: { in: withClock }, parts: { some: { departmentId } } } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      kind: true,
      deadline: true,
      createdAt: true,
      application: {
        select: {
          id: true,
          reference: true,
          serviceSlug: true,
          status: true,
          acceptBy: true,
          promisedBy: true,
          parts: { where: { departmentId }, select: { status: true } },
        },
      },
    },
  });
  const byApplication = new Map<string, DeadlineWarningRow>();
  for (const w of rows) {
    const a = w.application;
    const status = a.status as Status;
    const lead = getService(a.serviceSlug)?.department === departmentId;
    const mine = status === "submitted" || status === "approved" ? lead : a.parts.some((p) => p.status === "pending");
    const current = status === "submitted" ? a.acceptBy : a.promisedBy;
    if (!mine || w.deadline !== current) continue;
    const seen = byApplication.get(a.id);
    if (seen && (seen.kind === "passed" || w.kind === "near")) continue;
    byApplication.set(a.id, {
      applicationId: a.id,
      reference: a.reference,
      serviceSlug: a.serviceSlug,
      status,
      kind: w.kind === "passed" ? "passed" : "near",
      deadlineKind: status === "submitted" ? "acceptBy" : "deadline",
      deadline: w.deadline,
      warnedAt: w.createdAt,
    });
  }
  return [...byApplication.values()]
    .sort((a, b) => (a.kind === b.kind ? a.deadline.localeCompare(b.deadline) : a.kind === "passed" ? -1 : 1))
    .slice(0, WARNINGS_SHOWN);
}
