// Query: a department's work queue. Only applications in which the reviewer's department has a part; drafts never.
// Ordered by urgency: the earliest promised date first (paused ones, waiting for the resident, last).
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { statuses, type Status } from "../transition/status-machine";
import { urgencyOf } from "../transition/deadlines";

export type QueueFilter = {
  serviceSlug?: string;
  status?: Status | "open";
  channel?: "online" | "window" | "terminal";
};

/** Statuses a department still has work in (the default view). */
export const openStatuses: Status[] = ["submitted", "accepted", "under_review", "supplement_requested", "approved"];

export function parseQueueFilter(params: Record<string, string | string[] | undefined>): QueueFilter {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const status = one("status");
  const channel = one("channel");
  return {
    serviceSlug: one("item") || undefined,
    status:
      status === "all"
        ? undefined
        : status && (statuses as readonly string[]).includes(status) && status !== "draft"
          ? (status as Status)
          : "open",
    channel: channel === "online" || channel === "window" || channel === "terminal" ? channel : undefined,
  };
}

export async function listDepartmentQueue(departmentId: string, filter: QueueFilter, now = new Date()) {
  const where: Prisma.ApplicationWhereInput = {
    parts: { some: { departmentId } },
    status: filter.status === "open" ? { in: openStatuses } : filter.status ? filter.status : { not: "draft" },
    ...(filter.serviceSlug ? { serviceSlug: filter.serviceSlug } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
  };
  const rows = await db.application.findMany({
    where,
    orderBy: [{ promisedBy: "asc" }, { submittedAt: "asc" }],
    take: 200,
    select: {
      id: true,
      reference: true,
      serviceSlug: true,
      status: true,
      channel: true,
      submittedAt: true,
      promisedBy: true,
      acceptBy: true,
      pausedOn: true,
      applicantName: true,
      parts: { where: { departmentId }, select: { status: true } },
    },
  });
  const today = todayInShanghai(now);
  const list = rows.map((r) => {
    const deadline = r.status === "submitted" ? r.acceptBy : r.promisedBy;
    return {
      id: r.id,
      reference: r.reference,
      serviceSlug: r.serviceSlug,
      status: r.status as Status,
      channel: r.channel,
      submittedAt: r.submittedAt,
      promisedBy: r.promisedBy,
      acceptBy: r.acceptBy,
      // The queue shows the applicant's name only (least data); the ID number is on the detail page, masked.
      applicantName: r.applicantName ?? "",
      myPart: r.parts[0]?.status ?? null,
      // Decided or closed applications have no clock: never "overdue", so they do not crowd the top of "all".
      urgency: openStatuses.includes(r.status as Status)
        ? urgencyOf(deadline, today, r.status === "supplement_requested")
        : ("onTime" as const),
    };
  });
  const rank = { overdue: 0, dueSoon: 1, onTime: 2, paused: 3 } as const;
  return list.sort(
    (a, b) => rank[a.urgency] - rank[b.urgency] || (a.promisedBy ?? "").localeCompare(b.promisedBy ?? ""),
  );
}

export type QueueRow = Awaited<ReturnType<typeof listDepartmentQueue>>[number];
