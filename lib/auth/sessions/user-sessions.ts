// Sessions as rows (UserSession): the cookie is a signed JWT naming its row (`sid`), and a row that has ended
// signs that cookie out wherever it still lives. This is what lets a resident end the sessions on other devices, and
// a password or number change end every other one.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { SESSION_MAX_AGE_SECONDS } from "../session-cookie";
import { deviceLabel } from "./device-label";

type Tx = Prisma.TransactionClient;

/** How often a session's "last seen" is written (not on every request). */
const TOUCH_MS = 60_000;

export type SessionChannel = "online" | "terminal" | "staff";

export function channelOf(role: Role | string, terminal: boolean): SessionChannel {
  return role === "resident" ? (terminal ? "terminal" : "online") : "staff";
}

export async function openSession(
  input: { userId: string; channel: SessionChannel; userAgent?: string | null },
  tx: Tx = db,
): Promise<string> {
  const row = await tx.userSession.create({
    data: { userId: input.userId, channel: input.channel, device: deviceLabel(input.userAgent) },
    select: { id: true },
  });
  return row.id;
}

/** Whether the session named by a cookie is still open for this user; notes that it was seen (at most once a minute).
 * A session lives at most SESSION_MAX_AGE_SECONDS from sign-in, however active: the cookie is rewritten every minute
 * to record activity, so only the row's start time can hold the absolute limit. */
export async function sessionIsOpen(sid: unknown, userId: string, now = new Date()): Promise<boolean> {
  if (typeof sid !== "string" || !sid) return false;
  const row = await db.userSession.findUnique({
    where: { id: sid },
    select: { userId: true, endedAt: true, lastSeenAt: true, createdAt: true },
  });
  if (!row || row.userId !== userId || row.endedAt) return false;
  if (now.getTime() - row.createdAt.getTime() > SESSION_MAX_AGE_SECONDS * 1000) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS)
    await db.userSession.updateMany({ where: { id: sid, endedAt: null }, data: { lastSeenAt: now } });
  return true;
}

export async function endSession(sid: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: now } });
}

/** Ends every open session of the user except `keep` (the one asking); returns how many ended. */
export async function endOtherSessions(userId: string, keep: string | null, tx: Tx = db, now = new Date()) {
  const ended = await tx.userSession.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: now },
  });
  return ended.count;
}
