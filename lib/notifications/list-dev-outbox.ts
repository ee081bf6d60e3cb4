// What the fake phone received, as the development page shows it (/dev/sms). Development only: the page answers 404
// in production, and this refuses as well, since the messages hold one-time codes.
import "server-only";
import { db } from "@/lib/db/client";
import { isDevelopment } from "@/lib/env";

export async function listDevOutbox(to?: string) {
  if (!isDevelopment()) return null;
  return db.devSmsMessage.findMany({
    where: to ? { to } : {},
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, to: true, locale: true, body: true, createdAt: true },
  });
}
