// Use cases: a resident's own signed-in devices, and ending all the others.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";
import type { ResidentActing } from "./set-password";

export type SessionRow = { id: string; channel: string; device: string | null; lastSeenAt: Date; current: boolean };

export async function listMySessions(acting: ResidentActing): Promise<SessionRow[]> {
  const rows = await db.userSession.findMany({
    where: { userId: acting.userId, endedAt: null },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, channel: true, device: true, lastSeenAt: true },
  });
  return rows.map((r) => ({ ...r, current: r.id === acting.sid }));
}

export async function endMyOtherSessions(acting: ResidentActing, ip: string | null): Promise<number> {
  return db.$transaction(async (tx) => {
    const count = await endOtherSessions(acting.userId, acting.sid, tx);
    await recordAudit(
      {
        action: "account.sessions_ended",
        payload: { count },
        actor: { id: acting.userId, role: "resident" },
        subject: { type: "user", id: acting.userId },
        ip,
      },
      tx,
    );
    return count;
  });
}
