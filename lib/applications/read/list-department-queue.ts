// Query: a department's work queue. Only applications in which the reviewer's department has a part; drafts never.
// Ordered by urgency, a page at a time (lib/paging/keyset.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { z } from "zod";
import { Prisma, type PartStatus } from "@/lib/db/generated/client";
import { decodeCursor, isBackward, readOrder, readPage, type Seek } from "@/lib/paging/keyset";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { statuses, type Status } from "../transition/status-machine";
import { dueSoonUntil, type Urgency } from "../transition/deadlines";

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

/** Urgency ranks, most urgent first: the queue's first sort key. */
const rank = { overdue: 0, dueSoon: 1, onTime: 2, paused: 3 } as const;
const urgencyOfRank = ["overdue", "dueSoon", "onTime", "paused"] as const;

/** The queue's sort key in a cursor: [urgency rank, promised date ("" when none), id]. */
const queueKey = z.tuple([
  z.number().int().min(0).max(3),
  z.union([z.iso.date(), z.literal("")]),
  z.string().min(1).max(64),
]);

const dirOf = (seek: Seek<unknown> | null) => Prisma.raw(readOrder(seek, "asc") === "asc" ? "ASC" : "DESC");

type QueueDbRow = {
  id: string;
  reference: string | null;
  serviceSlug: string;
  status: string;
  channel: "online" | "window" | "terminal";
  submittedAt: Date | null;
  promisedBy: string | null;
  acceptBy: string | null;
  applicantName: string | null;
  myPart: string | null;
  rank: number;
};

/**
 * One page of the department's queue, most urgent first: overdue, due soon, on time, then paused (waiting for the
 * resident); within each, the earliest promised date first, then by id (ties). Decided or closed applications have
 * no clock and rank as "on time", so they never crowd the top of "all". The urgency is computed in the query from
 * today's date (deadline: the intake limit while submitted, the promised date after), so the order can be paged by
 * keyset; a cursor carries [rank, promised date, id] and an unreadable one gives page one. A cursor kept across
 * midnight pages by that day's ranks, which may have moved: the list is then read afresh from page one.
 * Only the columns the list shows are read (never the answers).
 */
export async function listDepartmentQueue(
  departmentId: string,
  filter: QueueFilter,
  cursor?: string,
  now = new Date(),
) {
  const today = todayInShanghai(now);
  const soon = dueSoonUntil(today);
  const statusFilter =
    filter.status === "open"
      ? Prisma.sql`a.status::text IN (${Prisma.join(openStatuses)})`
      : filter.status
        ? Prisma.sql`a.status::text = ${filter.status}`
        : Prisma.sql`a.status <> 'draft'`;
  const deadline = Prisma.sql`CASE WHEN a.status = 'submitted' THEN a."acceptBy" ELSE a."promisedBy" END`;
  const rankOf = Prisma.sql`CASE
      WHEN a.status::text NOT IN (${Prisma.join(openStatuses)}) THEN ${rank.onTime}
      WHEN a.status = 'supplement_requested' THEN ${rank.paused}
      WHEN ${deadline} IS NULL THEN ${rank.onTime}
      WHEN ${deadline} < ${today} THEN ${rank.overdue}
      WHEN ${deadline} <= ${soon} THEN ${rank.dueSoon}
      ELSE ${rank.onTime} END`;
  const page = await readPage(
    decodeCursor(cursor, queueKey),
    (seek, take) => db.$queryRaw<QueueDbRow[]>`
      SELECT q.* FROM (
        SELECT a.id, a.reference, a."serviceSlug", a.status::text AS status, a.channel::text AS channel,
               a."submittedAt", a."promisedBy", a."acceptBy", a."applicantName", p.status::text AS "myPart",
               (${rankOf})::int AS rank, COALESCE(a."promisedBy", '') AS "promisedKey"
        FROM "ApplicationPart" p
        JOIN "Application" a ON a.id = p."applicationId"
        WHERE p."departmentId" = ${departmentId}
          AND ${statusFilter}
          ${filter.serviceSlug ? Prisma.sql`AND a."serviceSlug" = ${filter.serviceSlug}` : Prisma.empty}
          ${filter.channel ? Prisma.sql`AND a.channel::text = ${filter.channel}` : Prisma.empty}
      ) q
      ${
        seek
          ? isBackward(seek)
            ? Prisma.sql`WHERE (q.rank, q."promisedKey", q.id) < (${seek.key[0]}, ${seek.key[1]}, ${seek.key[2]})`
            : Prisma.sql`WHERE (q.rank, q."promisedKey", q.id) > (${seek.key[0]}, ${seek.key[1]}, ${seek.key[2]})`
          : Prisma.empty
      }
      ORDER BY q.rank ${dirOf(seek)}, q."promisedKey" ${dirOf(seek)}, q.id ${dirOf(seek)}
      LIMIT ${take}`,
    (r) => [r.rank, r.promisedBy ?? "", r.id],
  );
  // How many the whole filtered queue holds (the table's caption says it; one row, however long the queue).
  const total = await db.application.count({
    where: {
      parts: { some: { departmentId } },
      status: filter.status === "open" ? { in: openStatuses } : filter.status ? filter.status : { not: "draft" },
      ...(filter.serviceSlug ? { serviceSlug: filter.serviceSlug } : {}),
      ...(filter.channel ? { channel: filter.channel } : {}),
    },
  });
  return {
    ...page,
    total,
    rows: page.rows.map((r) => ({
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
      myPart: (r.myPart ?? null) as PartStatus | null,
      urgency: urgencyOfRank[r.rank] as Urgency,
    })),
  };
}

export type QueueRow = Awaited<ReturnType<typeof listDepartmentQueue>>["rows"][number];
