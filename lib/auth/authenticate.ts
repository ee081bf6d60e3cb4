// Use case: check a sign-in attempt. Order: lockout → account → password; every outcome is audited.
// The answer never tells whether the account exists: unknown logins are counted and locked exactly like known ones,
// and a missing account still costs one password verification.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { maskLogin } from "@/lib/format/mask";
import { credentialsSchema, rolesOf, throttleKey, type Audience } from "./audiences";
import { afterFailure, emptyThrottle, isLocked } from "./lockout-rule";
import { verifyAgainstDummy, verifyPassword } from "./password";

export type AuthenticatedUser = { id: string; role: Role; name: string; departmentId: string | null };
export type AuthenticateResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "locked" };

export async function authenticate(input: {
  audience: Audience;
  login: unknown;
  password: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<AuthenticateResult> {
  const now = input.now ?? new Date();
  const parsed = credentialsSchema[input.audience].safeParse({ login: input.login, password: input.password });
  // Malformed input is answered like a wrong password, but not counted: it cannot be anyone's account.
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { login, password } = parsed.data;
  const key = throttleKey(input.audience, login);
  const masked = maskLogin(login);

  const throttle = (await db.loginThrottle.findUnique({ where: { identifier: key } })) ?? emptyThrottle;
  if (isLocked(throttle, now)) {
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: input.audience, login: masked, reason: "locked" },
      ip: input.ip,
    });
    return { ok: false, reason: "locked" };
  }

  const user = await db.user.findFirst({
    where: input.audience === "resident" ? { mobile: login } : { staffId: { equals: login, mode: "insensitive" } },
    select: { id: true, role: true, nameZh: true, departmentId: true, passwordHash: true, disabledAt: true },
  });
  const allowed = user && !user.disabledAt && rolesOf[input.audience].includes(user.role);
  // An account without a password (registered by phone or at the window) is answered like a wrong password.
  const passwordOk =
    allowed && user.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);

  if (!allowed || !passwordOk) {
    const next = afterFailure(throttle, now);
    await db.loginThrottle.upsert({
      where: { identifier: key },
      create: { identifier: key, failedCount: next.failedCount, lockedUntil: next.lockedUntil, lastFailedAt: now },
      update: { failedCount: next.failedCount, lockedUntil: next.lockedUntil, lastFailedAt: now },
    });
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: input.audience, login: masked, reason: "invalid" },
      ip: input.ip,
    });
    if (next.lockedUntil) {
      await recordAudit({
        action: "auth.locked",
        payload: { audience: input.audience, login: masked, until: next.lockedUntil.toISOString() },
        ip: input.ip,
      });
      return { ok: false, reason: "locked" };
    }
    return { ok: false, reason: "invalid" };
  }

  await db.loginThrottle.deleteMany({ where: { identifier: key } });
  await recordAudit({
    action: "auth.sign_in",
    payload: { audience: input.audience },
    actor: { id: user.id, role: user.role },
    ip: input.ip,
  });
  return { ok: true, user: { id: user.id, role: user.role, name: user.nameZh, departmentId: user.departmentId } };
}
