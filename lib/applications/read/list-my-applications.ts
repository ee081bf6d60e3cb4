// Queries of "my applications" (the resident's page, and the clerk's view of the resident at the window): the
// person's drafts, and their submitted applications a page at a time.
import "server-only";
import { db } from "@/lib/db/client";
import { beyond, decodeCursor, pastKey, readOrder, readPage, timeAndId, timeAndIdOf } from "@/lib/paging/keyset";

const listed = {
  id: true,
  reference: true,
  serviceSlug: true,
  status: true,
  lastStepId: true,
  submittedAt: true,
  promisedBy: true,
  updatedAt: true,
  channel: true,
} as const;

/** Generous cap on drafts: a person has at most one draft per service item (a partial unique index), and the
 * catalogue holds a few dozen items at most, so this never cuts a real list. */
export const MAX_DRAFTS = 200;

/** The person's drafts (to continue on any device), the most recently saved first. */
export async function listMyDrafts(applicantId: string) {
  return db.application.findMany({
    where: { applicantId, status: "draft" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: MAX_DRAFTS,
    select: listed,
  });
}

/**
 * One page of the person's submitted applications (every status after the draft), the most recently submitted
 * first, ties on the time by id. Ordered by the submission time rather than the last change: that key never moves,
 * so paging cannot skip or repeat an application whose status changes meanwhile (the inbox says what changed).
 * `cursor` comes from the URL: an unreadable one gives page one. Served by the index on (applicantId, submittedAt, id).
 */
export async function listMySubmitted(applicantId: string, cursor?: string) {
  return readPage(
    decodeCursor(cursor, timeAndId),
    (seek, take) =>
      db.application.findMany({
        where: {
          applicantId,
          status: { not: "draft" },
          // Never null after submission (an undone submission is a draft again); a null would have no place in
          // the order.
          submittedAt: { not: null },
          ...(seek
            ? {
                OR: [
                  { submittedAt: beyond(pastKey(seek, "desc"), seek.key.at) },
                  { submittedAt: seek.key.at, id: beyond(pastKey(seek, "desc"), seek.key.id) },
                ],
              }
            : {}),
        },
        orderBy: [{ submittedAt: readOrder(seek, "desc") }, { id: readOrder(seek, "desc") }],
        take,
        select: listed,
      }),
    (a) => timeAndIdOf(a, a.submittedAt!),
  );
}
