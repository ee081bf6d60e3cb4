import "server-only";
import { db } from "@/lib/db/client";

/** Every staff read of a resident's profile (masked views and reveals), newest first, for the resident to see. */
export async function listProfileAccess(userId: string) {
  const rows = await db.auditLog.findMany({
    where: { subjectType: "profile", subjectId: userId, action: { in: ["profile.view", "profile.reveal"] }, actorRole: { not: "resident" } },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, actorId: true, actorRole: true, payload: true },
  });
  const staffIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => Boolean(x)))];
  const staff = await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, staffId: true, department: { select: { nameZh: true, nameUg: true } } } });
  const byId = new Map(staff.map((s) => [s.id, s]));
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    action: r.action as "profile.view" | "profile.reveal",
    role: r.actorRole,
    staffId: r.actorId ? byId.get(r.actorId)?.staffId ?? null : null,
    department: r.actorId ? byId.get(r.actorId)?.department ?? null : null,
    payload: (r.payload ?? {}) as { field?: string; reason?: string },
  }));
}
