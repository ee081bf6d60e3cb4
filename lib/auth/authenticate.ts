// Use case: check a sign-in attempt. Order: count the try against the limits (lockout-rule.ts) → account → password;
// every outcome is audited. The answer never tells whether the account exists (unknown logins are counted and
// locked exactly like known ones, and a missing account still costs one password verification), nor whether the
// sign-in is locked: a locked try is answered exactly like a wrong password (the audit log tells them apart).
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { maskLogin } from "@/lib/format/mask";
import { credentialsSchema, rolesOf, throttleKey, type Audience } from "./audiences";
import { countHit, clearLimit, refundHit } from "@/lib/security/rate-limit";
import { FAILURES_PER_CLIENT, FAILURES_PER_RESIDENT, pairSubject, TRIES_PER_ACCOUNT_AND_CLIENT } from "./lockout-rule";
import { verifyAgainstDummy, verifyPassword } from "./password";

export type AuthenticatedUser = { id: string; role: Role; name: string; departmentId: string | null };
export type AuthenticateResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" };

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

  const ip = input.ip ?? null;
  // Each try is counted before the slow password check, one atomic statement per limit, so tries sent in parallel
  // cannot all see an old count. The limits on failures get the count back when the try succeeds.
  const limits = [
    { limit: TRIES_PER_ACCOUNT_AND_CLIENT, subject: pairSubject(key, ip) },
    { limit: FAILURES_PER_CLIENT, subject: ip ?? "unknown" },
    ...(input.audience === "resident" ? [{ limit: FAILURES_PER_RESIDENT, subject: key }] : []),
  ];
  const hits = await Promise.all(limits.map((l) => countHit(l.limit, l.subject, now)));
  if (hits.some((h) => !h.verdict.allowed)) {
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: input.audience, login: masked, reason: "locked" },
      ip: input.ip,
    });
    return { ok: false, reason: "invalid" };
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
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: input.audience, login: masked, reason: "invalid" },
      ip: input.ip,
    });
    // The try that used up a limit's last place is the one that locks: recorded once, not for every try after it.
    const locking = hits.filter((h, i) => h.count === limits[i]!.limit.max);
    if (locking.length)
      await recordAudit({
        action: "auth.locked",
        payload: {
          audience: input.audience,
          login: masked,
          until: new Date(Math.max(...locking.map((h) => h.windowEnds.getTime()))).toISOString(),
        },
        ip: input.ip,
      });
    return { ok: false, reason: "invalid" };
  }

  await clearLimit(TRIES_PER_ACCOUNT_AND_CLIENT, pairSubject(key, ip));
  await refundHit(FAILURES_PER_CLIENT, ip ?? "unknown");
  if (input.audience === "resident") await refundHit(FAILURES_PER_RESIDENT, key);
  await recordAudit({
    action: "auth.sign_in",
    payload: { audience: input.audience },
    actor: { id: user.id, role: user.role },
    ip: input.ip,
  });
  return { ok: true, user: { id: user.id, role: user.role, name: user.nameZh, departmentId: user.departmentId } };
}
