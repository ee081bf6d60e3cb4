// Queries of the resident's inbox: their own notifications only, newest first.
import "server-only";
import { db } from "@/lib/db/client";

export async function listInbox(userId: string) {
  return db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, type: true, payload: true, createdAt: true, readAt: true, applicationId: true },
  });
}

export async function countUnread(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}
