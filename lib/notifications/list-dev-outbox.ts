// The SMS outbox as the development mail-catcher page shows it (/dev/sms). Development only: the page answers 404
// in production, and this refuses as well, since message bodies hold one-time codes.
import "server-only";
import { db } from "@/lib/db/client";
import { isDevelopment } from "@/lib/env";

export async function listDevOutbox(to?: string) {
  if (!isDevelopment()) return null;
  return db.outboxMessage.findMany({
    where: { channel: "sms", ...(to ? { to } : {}) },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, to: true, body: true, status: true, createdAt: true, locale: true },
  });
}
