// Use case: sign in at a hall kiosk with an ID number and the one-time code sent to the phone on record, from a
// registered terminal only (lib/terminal/terminal-device.ts). The answer never tells whether the ID number is known:
// an unknown number fails exactly like a wrong code. Every try is counted before anything is compared, per ID number
// and per terminal (lib/terminal/terminal-limits.ts), so guesses sent in parallel get no more tries than the limits.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { redeemCode } from "@/lib/security/one-time-codes";
import { clearLimit, hitLimit, refundHit } from "@/lib/security/rate-limit";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";
import { idSubject, terminalDeviceOf } from "@/lib/terminal/terminal-device";
import { TERMINAL_TRIES_PER_DEVICE, TERMINAL_TRIES_PER_ID } from "@/lib/terminal/terminal-limits";

export const TERMINAL_PURPOSE = "terminal-sign-in";

type Refused = { ok: false; reason: "invalid" };
const refused: Refused = { ok: false, reason: "invalid" };

export async function authenticateAtTerminal(input: {
  idNumber: unknown;
  code: unknown;
  ip?: string | null;
  deviceKey?: string | null;
}): Promise<{ ok: true; userId: string } | Refused> {
  const id = typeof input.idNumber === "string" ? normalizeIdNumber(input.idNumber) : "";
  const code = typeof input.code === "string" ? input.code : "";
  if (!/^\d{17}[\dX]$/.test(id)) return refused;
  const device = await terminalDeviceOf(input.deviceKey);
  if (!device) {
    await failed(input.ip, "device");
    return refused;
  }
  const perDevice = await hitLimit(TERMINAL_TRIES_PER_DEVICE, device.id);
  const perId = await hitLimit(TERMINAL_TRIES_PER_ID, idSubject(id));
  if (!perDevice.allowed || !perId.allowed) {
    await failed(input.ip, "locked");
    return refused;
  }
  const profile = await db.profile.findUnique({
    where: profileWithIdNumber(id),
    select: { userId: true, user: { select: { role: true, disabledAt: true } } },
  });
  const usable = profile && profile.user.role === "resident" && !profile.user.disabledAt;
  if (!usable || (await redeemCode(profile.userId, TERMINAL_PURPOSE, code)) !== "ok") {
    await failed(input.ip, "invalid");
    return refused;
  }
  await refundHit(TERMINAL_TRIES_PER_DEVICE, device.id);
  await clearLimit(TERMINAL_TRIES_PER_ID, idSubject(id));
  await db.terminalDevice.update({ where: { id: device.id }, data: { lastUsedAt: new Date() } });
  await recordAudit({
    action: "auth.sign_in",
    payload: { audience: "terminal" },
    actor: { id: profile.userId, role: "resident" },
    ip: input.ip,
  });
  return { ok: true, userId: profile.userId };
}

function failed(ip: string | null | undefined, reason: "invalid" | "locked" | "device") {
  // "device" is audited as "invalid" with login "terminal-unregistered": the audit payload's reasons are shared.
  return recordAudit({
    action: "auth.sign_in_failed",
    payload: {
      audience: "resident",
      login: reason === "device" ? "terminal-unregistered" : "terminal",
      reason: reason === "locked" ? "locked" : "invalid",
    },
    ip,
  });
}
