// Use cases: change the account's mobile number, the only way it changes (the profile form and the write-back after
// an application never touch it). A code goes to the new number; once it is typed, the number changes on the
// account and the profile, a notice goes to the old number (someone who took over the account cannot do it
// silently), and every other session ends.
import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { recordAudit } from "@/lib/audit/record-audit";
import { maskMobile } from "@/lib/format/mask";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { CODE_SLOT, queueCodeSms } from "@/lib/notifications/queue-code-sms";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";
import { claimCodeSlot, issueCode, phoneSubject, redeemCode } from "@/lib/security/one-time-codes";
import { hitLimit } from "@/lib/security/rate-limit";
import { changeMobilePurpose, CODES_PER_CLIENT, CODES_PER_NUMBER } from "./account-rules";
import { refusalOf, type CodeRefusal } from "./sign-in-with-code";
import type { ResidentActing } from "./set-password";
import { isUniqueViolation } from "./unique-violation";

export async function sendMobileChangeCode(
  acting: ResidentActing,
  input: { newMobile: string; locale: Locale; ip: string | null },
): Promise<{ ok: true } | { ok: false; reason: "same" | "wait"; retryAfterMs?: number }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: acting.userId },
    select: { id: true, role: true, mobile: true },
  });
  if (user.mobile === input.newMobile) return { ok: false, reason: "same" };
  for (const [limit, subject] of [
    [CODES_PER_CLIENT, input.ip ?? "unknown"],
    [CODES_PER_NUMBER, input.newMobile],
  ] as const) {
    const v = await hitLimit(limit, subject);
    if (!v.allowed) return { ok: false, reason: "wait", retryAfterMs: v.retryAfterMs };
  }
  if (!(await claimCodeSlot(phoneSubject(input.newMobile), changeMobilePurpose(user.id))))
    return { ok: false, reason: "wait", retryAfterMs: 60_000 };
  const t = await getT(input.locale, "account");
  const issued = await db.$transaction(async (tx) => {
    const r = await issueCode(tx, phoneSubject(input.newMobile), changeMobilePurpose(user.id));
    if (!r.ok) return r;
    const code = input.locale === "ug" ? isolate(CODE_SLOT) : CODE_SLOT;
    await queueCodeSms(tx, {
      to: input.newMobile,
      locale: input.locale,
      body: t("sms.changeCode", { code }),
      code: r.code,
    });
    await recordAudit(
      { action: "account.code_sent", payload: { purpose: "change-mobile" }, actor: user, ip: input.ip },
      tx,
    );
    return r;
  });
  if (!issued.ok) return { ok: false, reason: "wait", retryAfterMs: 60_000 };
  deliverOutboxSoon();
  return { ok: true };
}

export async function confirmMobileChange(
  acting: ResidentActing,
  input: { newMobile: string; code: string; ip: string | null },
): Promise<{ ok: true } | { ok: false; reason: CodeRefusal | "taken" }> {
  const check = await redeemCode(phoneSubject(input.newMobile), changeMobilePurpose(acting.userId), input.code);
  if (check !== "ok") return { ok: false, reason: refusalOf(check) };
  const user = await db.user.findUniqueOrThrow({
    where: { id: acting.userId },
    select: { id: true, role: true, mobile: true, locale: true, profile: { select: { userId: true } } },
  });
  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { mobile: input.newMobile } });
      if (user.profile) {
        await tx.profile.update({ where: { userId: user.id }, data: { mobile: input.newMobile } });
        const row = {
          source: "self" as const,
          channel: "online" as const,
          enteredById: user.id,
          verified: true,
          at: new Date(),
        };
        await tx.profileFieldSource.upsert({
          where: { userId_field: { userId: user.id, field: "mobile" } },
          create: { userId: user.id, field: "mobile", ...row },
          update: row,
        });
      }
      if (user.mobile) {
        const locale = user.locale ?? "zh";
        const t = await getT(locale, "account");
        const masked = maskMobile(input.newMobile);
        await tx.outboxMessage.create({
          data: {
            channel: "sms",
            to: user.mobile,
            locale,
            body: t("sms.mobileChangedNotice", { mobile: locale === "ug" ? isolate(masked) : masked }),
          },
        });
      }
      await endOtherSessions(user.id, acting.sid, tx);
      await recordAudit(
        {
          action: "account.mobile_changed",
          payload: { from: user.mobile ? maskMobile(user.mobile) : "", to: maskMobile(input.newMobile) },
          actor: user,
          subject: { type: "user", id: user.id },
          ip: input.ip,
        },
        tx,
      );
    });
  } catch (e) {
    // Another account holds the new number: it is settled at a service hall, never by taking it over online.
    if (isUniqueViolation(e)) return { ok: false, reason: "taken" };
    throw e;
  }
  deliverOutboxSoon();
  return { ok: true };
}
