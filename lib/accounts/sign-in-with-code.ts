// Use case: sign in with a code sent to the phone. A number without an account gets one here (registration is the
// same proof of the phone); a number registered at a window is claimed this way. The refusals do not depend on
// whether the number had an account.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { maskMobile } from "@/lib/format/mask";
import { phoneSubject, redeemCode } from "@/lib/security/one-time-codes";
import { clearSignInLocks } from "@/lib/auth/sign-in-locks";
import { PHONE_SIGN_IN } from "./account-rules";
import { isUniqueViolation } from "./unique-violation";

export type CodeRefusal = "wrong" | "expired" | "tooManyAttempts";
export type CodeSignIn =
  | { ok: true; user: { id: string; role: Role }; created: boolean; needsRealName: boolean }
  | { ok: false; reason: CodeRefusal };

export function refusalOf(check: string): CodeRefusal {
  return check === "tooManyAttempts"
    ? "tooManyAttempts"
    : check === "wrong" || check === "malformed"
      ? "wrong"
      : "expired";
}

export async function signInWithCode(input: { mobile: string; code: string; ip: string | null }): Promise<CodeSignIn> {
  const check = await redeemCode(phoneSubject(input.mobile), PHONE_SIGN_IN, input.code);
  if (check !== "ok") {
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: "resident", login: maskMobile(input.mobile), reason: "invalid" },
      ip: input.ip,
    });
    return { ok: false, reason: refusalOf(check) };
  }
  const select = { id: true, role: true, disabledAt: true, assurance: true } as const;
  let user = await db.user.findUnique({ where: { mobile: input.mobile }, select });
  let created = false;
  if (!user) {
    try {
      user = await db.$transaction(async (tx) => {
        const u = await tx.user.create({ data: { role: "resident", mobile: input.mobile, nameZh: "" }, select });
        await recordAudit(
          { action: "account.registered", payload: {}, actor: u, subject: { type: "user", id: u.id }, ip: input.ip },
          tx,
        );
        return u;
      });
      created = true;
    } catch (e) {
      // The same number proved twice at once: the other request made the account.
      if (!isUniqueViolation(e)) throw e;
      user = await db.user.findUniqueOrThrow({ where: { mobile: input.mobile }, select });
    }
  }
  if (user.role !== "resident" || user.disabledAt) return { ok: false, reason: "wrong" };
  // The owner proved the phone: a password sign-in locked by someone's guessing is open again (lockout-rule.ts).
  await clearSignInLocks(input.mobile, input.ip);
  await recordAudit({
    action: "auth.sign_in",
    payload: { audience: "resident", method: "code" },
    actor: user,
    ip: input.ip,
  });
  return { ok: true, user: { id: user.id, role: user.role }, created, needsRealName: user.assurance === "phone" };
}
