// Use case: a resident at a hall kiosk asks for a sign-in code. The answer is the same whether or not the ID number
// is known or has a phone (nobody at a public screen learns who is registered); only a malformed number or a
// second request within the minute is said so.
import "server-only";
import { db } from "@/lib/db/client";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { CODE_SLOT, queueCodeSms } from "@/lib/notifications/queue-code-sms";
import { issueCode } from "@/lib/security/one-time-codes";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { TERMINAL_PURPOSE } from "@/lib/auth/authenticate-terminal";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";

export type TerminalCodeResult = { ok: true } | { ok: false; reason: "format" | "wait" };

export async function sendTerminalCode(rawIdNumber: string, ip?: string | null): Promise<TerminalCodeResult> {
  const id = normalizeIdNumber(rawIdNumber);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: "format" };
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
  if (!issued.ok) return { ok: false, reason: "wait" };
  deliverOutboxSoon();
  return { ok: true };
}
