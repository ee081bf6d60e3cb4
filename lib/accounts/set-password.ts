// Use case: a signed-in resident sets a password (none yet: registered by phone or at a window) or changes it
// (then the current one is asked for). Every other session of the account ends; this one stays.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";

export type ResidentActing = { userId: string; sid: string };

export async function setPassword(
  acting: ResidentActing,
  input: { currentPassword?: string; newPassword: string; ip: string | null },
): Promise<{ ok: true; endedOthers: number } | { ok: false; reason: "currentWrong" }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: acting.userId },
    select: { id: true, role: true, passwordHash: true },
  });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword ?? "")))
    return { ok: false, reason: "currentWrong" };
  const passwordHash = await hashPassword(input.newPassword);
  const endedOthers = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const n = await endOtherSessions(user.id, acting.sid, tx);
    await recordAudit(
      {
        action: "account.password_set",
        payload: { how: user.passwordHash ? "change" : "first" },
        actor: user,
        subject: { type: "user", id: user.id },
        ip: input.ip,
      },
      tx,
    );
    return n;
  });
  return { ok: true, endedOthers };
}
