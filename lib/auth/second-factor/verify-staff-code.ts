// Use case: the second step of a staff sign-in, the code from the authenticator app. The row is locked while the code
// is checked, so parallel guesses are counted one by one and a code is accepted once even when it is sent twice at
// the same moment. A locked account and an account without an enrolled authenticator answer like a wrong code.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { openField } from "@/lib/security/data-keys";
import { checkTotp } from "./totp";
import { afterWrongCode, codeLocked } from "./second-factor-rule";

export type StaffCodeResult = { ok: true } | { ok: false };

type Row = { secret: string | null; lastStep: number; failedCount: number; lockedUntil: Date | null };

export async function verifyStaffCode(input: {
  user: { id: string; role: Role };
  code: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<StaffCodeResult> {
  const now = input.now ?? new Date();
  const code = typeof input.code === "string" ? input.code.replace(/\s/g, "") : "";
  const actor = { id: input.user.id, role: input.user.role };
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Row[]>`
      SELECT "secret", "lastStep", "failedCount", "lockedUntil" FROM "StaffSecondFactor"
      WHERE "userId" = ${input.user.id} LIMIT 1 FOR UPDATE`;
    if (!row?.secret) {
      await recordAudit(
        { action: "auth.second_factor_failed", payload: { reason: "not_enrolled" }, actor, ip: input.ip },
        tx,
      );
      return { ok: false };
    }
    if (codeLocked(row, now)) {
      await recordAudit(
        { action: "auth.second_factor_failed", payload: { reason: "locked" }, actor, ip: input.ip },
        tx,
      );
      return { ok: false };
    }
    const check = await checkTotp(openField(row.secret), code, row.lastStep, now.getTime());
    if (!check.ok) {
      const next = afterWrongCode(row, now);
      await tx.staffSecondFactor.update({ where: { userId: input.user.id }, data: next });
      await recordAudit(
        {
          action: "auth.second_factor_failed",
          payload: { reason: next.lockedUntil ? "locked" : "invalid" },
          actor,
          ip: input.ip,
        },
        tx,
      );
      return { ok: false };
    }
    await tx.staffSecondFactor.update({
      where: { userId: input.user.id },
      data: { lastStep: check.step, failedCount: 0, lockedUntil: null },
    });
    await recordAudit(
      { action: "auth.sign_in", payload: { audience: "staff", method: "password+totp" }, actor, ip: input.ip },
      tx,
    );
    return { ok: true };
  });
}
