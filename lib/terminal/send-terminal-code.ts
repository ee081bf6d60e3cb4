// Use case: a resident at a hall kiosk asks for a sign-in code. Only a registered terminal may ask (terminal-device.ts).
// The answer is the same whether or not the ID number is known or has a phone (nobody at a public screen learns who
// is registered): the limits are counted for every well-formed number before it is looked up, so "wait" comes for a
// second request within the minute whoever the number belongs to. Only a malformed number is said so.
import "server-only";
import { db } from "@/lib/db/client";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { CODE_SLOT, queueCodeSms } from "@/lib/notifications/queue-code-sms";
import { issueCode } from "@/lib/security/one-time-codes";
import { hitLimit } from "@/lib/security/rate-limit";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { TERMINAL_PURPOSE } from "@/lib/auth/authenticate-terminal";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";
import { idSubject, terminalDeviceOf } from "./terminal-device";
import { TERMINAL_CODES_PER_DEVICE, TERMINAL_CODES_PER_ID } from "./terminal-limits";

export type TerminalCodeResult = { ok: true } | { ok: false; reason: "format" | "wait" | "device" };

export async function sendTerminalCode(
  rawIdNumber: string,
  ip?: string | null,
  deviceKey?: string | null,
): Promise<TerminalCodeResult> {
  const device = await terminalDeviceOf(deviceKey);
  if (!device) return { ok: false, reason: "device" };
  const id = normalizeIdNumber(rawIdNumber);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: "format" };
  if (!(await hitLimit(TERMINAL_CODES_PER_DEVICE, device.id)).allowed) return { ok: false, reason: "wait" };
  if (!(await hitLimit(TERMINAL_CODES_PER_ID, idSubject(id))).allowed) return { ok: false, reason: "wait" };

  const profile = await db.profile.findUnique({
    where: profileWithIdNumber(id),
    select: {
      userId: true,
      mobile: true,
      user: { select: { role: true, mobile: true, locale: true, disabledAt: true } },
    },
  });
  const to = profile?.mobile ?? profile?.user.mobile;
  if (!profile || !to || profile.user.role !== "resident" || profile.user.disabledAt) return { ok: true };
  const locale = profile.user.locale ?? "zh";
  const t = await getT(locale, "window");
  const issued = await db.$transaction(async (tx) => {
    const r = await issueCode(tx, profile.userId, TERMINAL_PURPOSE);
    if (!r.ok) return r;
    const code = locale === "ug" ? isolate(CODE_SLOT) : CODE_SLOT;
    await queueCodeSms(tx, { to, locale, body: t("sms.terminalCode", { code }), code: r.code });
    await recordAudit(
      { action: "terminal.code_sent", payload: {}, subject: { type: "profile", id: profile.userId }, ip },
      tx,
    );
    return r;
  });
  // The code store's own once-a-minute rule can still say no at a window's edge: the code already sent stays valid,
  // and the answer stays the one an unknown number gets.
  if (issued.ok) deliverOutboxSoon();
  return { ok: true };
}
