// Query: a department's work queue. Only applications in which the reviewer's department has a part; drafts never.
// Ordered by urgency, a page at a time (lib/paging/keyset.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { z } from "zod";
import { Prisma, type PartStatus } from "@/lib/db/generated/client";
import { decodeCursor, isBackward, readOrder, readPage, type Seek } from "@/lib/paging/keyset";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { statuses, type Status } from "../transition/status-machine";
import { urgencyOf, type Urgency } from "../transition/deadlines";

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

/** The queue's sort key in a cursor: [group, deadline key, id] (see queueOrder). */
const queueKey = z.tuple([z.number().int().min(0).max(2), z.iso.date(), z.string().min(1).max(64)]);

/** A deadline key for rows without a deadline: after every real date, so they come last in their group. */
const NO_DEADLINE = "9999-12-31";

const openList = openStatuses.map((s) => `'${s}'`).join(", ");
/**
 * The order, written exactly as the index "Application_queue_order" (migration 20261203174000) states it: the
 * planner uses an expression index only for the very same expressions, so they are SQL text, never parameters.
 * Group 0: open with a running clock, ordered by the deadline that clock runs to (the intake limit while submitted,
 * the promised date after), so overdue rows come first, then due soon, then on time, without knowing today's date:
 * the order is the same every day and a cursor stays valid across midnight. Group 1: waiting for the resident (the
 * clock is paused). Group 2: decided or closed (no clock; only in "all"), so they never crowd the top.
 */
const GROUP = Prisma.raw(
  `(CASE WHEN a.status = 'supplement_requested' THEN 1 WHEN a.status IN (${openList}) THEN 0 ELSE 2 END)`,
);
const DEADLINE_KEY = Prisma.raw(
  `(COALESCE(CASE WHEN a.status = 'submitted' THEN a."acceptBy" ELSE a."promisedBy" END, '${NO_DEADLINE}'))`,
);

/** How far the caption counts: beyond it the queue says "more than 500" instead of counting 100,000 rows. */
export const QUEUE_COUNT_CAP = 500;

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
  grp: number;
  deadlineKey: string;
};

/** The urgency a row shows: from its group and its deadline against today, as urgencyOf decides for one. */
function urgencyOfRow(r: QueueDbRow, today: string): Urgency {
  if (r.grp === 2) return "onTime"; // decided or closed: no clock
  return urgencyOf(r.deadlineKey === NO_DEADLINE ? null : r.deadlineKey, today, r.grp === 1);
}

/**
 * One page of the department's queue, most urgent first (see GROUP and DEADLINE_KEY), ties by id, by keyset
 * (lib/paging/keyset.ts): a cursor carries [group, deadline key, id] and an unreadable one gives page one. The page
 * walks the order index and keeps the rows the department has a part in, so a page costs the same at page 1 and page
 * 50 and with 100,000 open applications (bench/review-queue.ts). Only the columns the list shows are read (never
 * the answers).
 */
export async function listDepartmentQueue(
  departmentId: string,
  filter: QueueFilter,
  cursor?: string,
  now = new Date(),
) {
  const today = todayInShanghai(now);
  const statusFilter =
    filter.status === "open"
      ? Prisma.sql`a.status::text IN (${Prisma.join(openStatuses)})`
      : filter.status
        ? Prisma.sql`a.status::text = ${filter.status}`
        : Prisma.sql`a.status <> 'draft'`;
  const where = Prisma.sql`
        ${statusFilter}
        AND EXISTS (SELECT 1 FROM "ApplicationPart" dp WHERE dp."applicationId" = a.id AND dp."departmentId" = ${departmentId})
        ${filter.serviceSlug ? Prisma.sql`AND a."serviceSlug" = ${filter.serviceSlug}` : Prisma.empty}
        ${filter.channel ? Prisma.sql`AND a.channel::text = ${filter.channel}` : Prisma.empty}`;
  const page = await readPage(
    decodeCursor(cursor, queueKey),
    (seek, take) => db.$queryRaw<QueueDbRow[]>`
      SELECT a.id, a.reference, a."serviceSlug", a.status::text AS status, a.channel::text AS channel,
             a."submittedAt", a."promisedBy", a."acceptBy", a."applicantName",
             (SELECT p.status::text FROM "ApplicationPart" p
               WHERE p."applicationId" = a.id AND p."departmentId" = ${departmentId}) AS "myPart",
             ${GROUP}::int AS grp, ${DEADLINE_KEY} AS "deadlineKey"
      FROM "Application" a
      WHERE ${where}
      ${
        seek
          ? isBackward(seek)
            ? Prisma.sql`AND (${GROUP}, ${DEADLINE_KEY}, a.id) < (${seek.key[0]}, ${seek.key[1]}, ${seek.key[2]})`
            : Prisma.sql`AND (${GROUP}, ${DEADLINE_KEY}, a.id) > (${seek.key[0]}, ${seek.key[1]}, ${seek.key[2]})`
          : Prisma.empty
      }
      ORDER BY ${GROUP} ${dirOf(seek)}, ${DEADLINE_KEY} ${dirOf(seek)}, a.id ${dirOf(seek)}
      LIMIT ${take}`,
    (r) => [r.grp, r.deadlineKey, r.id],
  );
  // How many the filtered queue holds, for the caption, counted up to one past the cap: a department with 100,000
  // open applications is told "more than 500" instead of paying for an exact count on every page.
  const [{ n }] = await db.$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Application" a WHERE ${where} LIMIT ${QUEUE_COUNT_CAP + 1}) c`;
  return {
    ...page,
    total: Math.min(n, QUEUE_COUNT_CAP),
    totalIsCapped: n > QUEUE_COUNT_CAP,
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
      urgency: urgencyOfRow(r, today),
    })),
  };
}

export type QueueRow = Awaited<ReturnType<typeof listDepartmentQueue>>["rows"][number];
