// Use case: sign in at a hall kiosk with an ID number and the one-time code sent to the phone on record. The answer
// never tells whether the ID number is known: an unknown number fails exactly like a wrong code.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { redeemCode } from "@/lib/security/one-time-codes";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";

export const TERMINAL_PURPOSE = "terminal-sign-in";

export async function authenticateAtTerminal(input: {
  idNumber: unknown;
  code: unknown;
  ip?: string | null;
}): Promise<{ ok: true; userId: string } | { ok: false; reason: "invalid" }> {
  const id = typeof input.idNumber === "string" ? normalizeIdNumber(input.idNumber) : "";
  const code = typeof input.code === "string" ? input.code : "";
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: "invalid" };
  const profile = await db.profile.findUnique({
    where: profileWithIdNumber(id),
    select: { userId: true, user: { select: { role: true, disabledAt: true } } },
  });
  if (!profile || profile.user.role !== "resident" || profile.user.disabledAt) return { ok: false, reason: "invalid" };
  if ((await redeemCode(profile.userId, TERMINAL_PURPOSE, code)) !== "ok") {
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: "resident", login: "terminal", reason: "invalid" },
      ip: input.ip,
    });
    return { ok: false, reason: "invalid" };
  }
  await recordAudit({
    action: "auth.sign_in",
    payload: { audience: "terminal" },
    actor: { id: profile.userId, role: "resident" },
    ip: input.ip,
  });
  return { ok: true, userId: profile.userId };
}
