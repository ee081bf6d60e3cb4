// A resident's notifications, all marked read at once (the inbox's "mark all read"): only their own.
import "server-only";
import { db } from "@/lib/db/client";

export async function markAllRead(userId: string): Promise<void> {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}
