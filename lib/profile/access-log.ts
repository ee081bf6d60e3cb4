import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { beyond, decodeCursor, PAGE_SIZE, pastKey, readOrder, readPage } from "@/lib/paging/keyset";

/** What the resident sees of staff acting on their data: reads of the profile (masked views and reveals), of their
 * applications and uploaded files, and what a window clerk did for them (consent asked and given, steps saved, files
 * uploaded, applications submitted, results handed over). */
export const accessActions = [
  "profile.view",
  "profile.reveal",
  "application.read_by_staff",
  "upload.read_by_staff",
  "application.saved_on_behalf",
  "upload.on_behalf",
  "window.session_opened",
  "window.consent_code_sent",
  "window.consent_given",
  "window.resident_registered",
  "window.verified_in_person",
  "window.signed_form_read",
  "application.submitted_on_behalf",
  "application.result_handed_over",
] as const;
export type AccessAction = (typeof accessActions)[number];

// Far more than anyone's history holds; the export walks the log with it instead of PAGE_SIZE.
const EXPORT_PAGE = 500;

/** The log's sort key in a cursor: the time and the row's id (a bigint, as its digits), which breaks ties. */
const accessKey = z
  .tuple([z.iso.datetime(), z.string().regex(/^\d{1,19}$/)])
  .transform(([at, id]) => ({ at: new Date(at), id: BigInt(id) }));

/**
 * One page of staff access to the resident's data, newest first (ties on the time by id). `cursor` comes from the
 * URL: an unreadable one gives page one. The two halves of the filter are served by the indexes on
 * (subjectType, subjectId, at, id) and (onBehalfOf, at, id).
 */
export async function listProfileAccess(userId: string, cursor?: string, size: number = PAGE_SIZE) {
  const page = await readPage(
    decodeCursor(cursor, accessKey),
    (seek, take) =>
      db.auditLog.findMany({
        where: {
          action: { in: [...accessActions] },
          actorRole: { not: "resident" },
          AND: [
            { OR: [{ subjectType: "profile", subjectId: userId }, { onBehalfOf: userId }] },
            ...(seek
              ? [
                  {
                    OR: [
                      { at: beyond(pastKey(seek, "desc"), seek.key.at) },
                      { at: seek.key.at, id: beyond(pastKey(seek, "desc"), seek.key.id) },
                    ],
                  },
                ]
              : []),
          ],
        },
        orderBy: [{ at: readOrder(seek, "desc") }, { id: readOrder(seek, "desc") }],
        take,
        select: { id: true, at: true, action: true, actorId: true, actorRole: true, payload: true },
      }),
    (r) => [r.at.toISOString(), String(r.id)],
    size,
  );
  return { ...page, rows: await describeAccess(page.rows) };
}

/** The whole log, for the resident's export: every page, each read with a bounded query. */
export async function listAllProfileAccess(userId: string) {
  const all: Awaited<ReturnType<typeof listProfileAccess>>["rows"] = [];
  let cursor: string | undefined;
  do {
    const page = await listProfileAccess(userId, cursor, EXPORT_PAGE);
    all.push(...page.rows);
    cursor = page.next ?? undefined;
  } while (cursor);
  return all;
}

type AccessRow = {
  id: bigint;
  at: Date;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  payload: unknown;
};

/** Who each staff member was (staff number, department), for the rows of one page. */
async function describeAccess(rows: AccessRow[]) {
  const staffIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => Boolean(x)))];
  const staff = await db.user.findMany({
    where: { id: { in: staffIds } },
    // One row per distinct actor of the page: never more than the page's rows.
    take: staffIds.length,
    select: { id: true, staffId: true, department: { select: { nameZh: true, nameUg: true } } },
  });
  const byId = new Map(staff.map((s) => [s.id, s]));
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    action: r.action as AccessAction,
    role: r.actorRole,
    staffId: r.actorId ? (byId.get(r.actorId)?.staffId ?? null) : null,
    department: r.actorId ? (byId.get(r.actorId)?.department ?? null) : null,
    payload: (r.payload ?? {}) as {
      field?: string;
      reason?: string;
      windowNo?: string;
      reference?: string;
      method?: string;
    },
  }));
}
