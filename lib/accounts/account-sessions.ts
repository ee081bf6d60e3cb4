// Use cases: a resident's own signed-in devices, and ending all the others.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";
import { idleLimitMs, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";
import type { ResidentActing } from "./set-password";

export type SessionRow = { id: string; channel: string; device: string | null; lastSeenAt: Date; current: boolean };

/** "Last seen" is written at most once a minute: a little slack before a row counts as idle. */
const SLACK_MS = 2 * 60_000;

/** The open sessions: not ended, and not idle past their limit (an idle cookie is refused; its row just stays). */
export async function listMySessions(acting: ResidentActing, now = new Date()): Promise<SessionRow[]> {
  const rows = await db.userSession.findMany({
    where: {
      userId: acting.userId,
      endedAt: null,
      createdAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) },
    },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, channel: true, device: true, lastSeenAt: true },
  });
  return rows
    .filter(
      (r) =>
        r.id === acting.sid || now.getTime() - r.lastSeenAt.getTime() <= idleLimitMs("resident", r.channel) + SLACK_MS,
    )
    .map((r) => ({ ...r, current: r.id === acting.sid }));
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
