// Queries of the resident's inbox: their own notifications only, newest first, a page at a time.
import "server-only";
import { db } from "@/lib/db/client";
import { beyond, decodeCursor, pastKey, readOrder, readPage, timeAndId, timeAndIdOf } from "@/lib/paging/keyset";

/**
 * One page of the resident's notifications, newest first (ties on the time by id). `cursor` comes from the URL: an
 * unreadable one gives page one. Served by the index on (userId, createdAt, id).
 */
export async function listInbox(userId: string, cursor?: string) {
  return readPage(
    decodeCursor(cursor, timeAndId),
    (seek, take) =>
      db.notification.findMany({
        where: {
          userId,
          ...(seek
            ? {
                OR: [
                  { createdAt: beyond(pastKey(seek, "desc"), seek.key.at) },
                  { createdAt: seek.key.at, id: beyond(pastKey(seek, "desc"), seek.key.id) },
                ],
              }
            : {}),
        },
        orderBy: [{ createdAt: readOrder(seek, "desc") }, { id: readOrder(seek, "desc") }],
        take,
        select: { id: true, type: true, payload: true, createdAt: true, readAt: true, applicationId: true },
      }),
    (n) => timeAndIdOf(n, n.createdAt),
  );
}

export async function countUnread(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}
