// Use case: a new password with a code sent to the account's phone. Every session of the account ends (whoever
// knew the old password is out), the sign-in lockout is cleared, and the resident is signed in on this device.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { clearSignInLocks } from "@/lib/auth/sign-in-locks";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";
import { phoneSubject, redeemCode } from "@/lib/security/one-time-codes";
import { PASSWORD_RESET } from "./account-rules";
import { refusalOf, type CodeRefusal } from "./sign-in-with-code";

export async function resetPassword(input: {
  mobile: string;
  code: string;
  newPassword: string;
  ip: string | null;
}): Promise<{ ok: true; user: { id: string; role: Role } } | { ok: false; reason: CodeRefusal }> {
  const check = await redeemCode(phoneSubject(input.mobile), PASSWORD_RESET, input.code);
  if (check !== "ok") return { ok: false, reason: refusalOf(check) };
  // A code for a number without a usable account was never sent, so "ok" means the account exists; checked anyway.
  const user = await db.user.findUnique({
    where: { mobile: input.mobile },
    select: { id: true, role: true, disabledAt: true },
  });
  if (!user || user.role !== "resident" || user.disabledAt) return { ok: false, reason: "wrong" };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endOtherSessions(user.id, null, tx);
    await recordAudit(
      {
        action: "account.password_set",
        payload: { how: "reset" },
        actor: user,
        subject: { type: "user", id: user.id },
        ip: input.ip,
      },
      tx,
    );
  });
  // The owner proved the phone: the password sign-in is open again (lockout-rule.ts).
  await clearSignInLocks(input.mobile, input.ip);
  return { ok: true, user: { id: user.id, role: user.role } };
}
