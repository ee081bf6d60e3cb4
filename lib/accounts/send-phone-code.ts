// Use case: send a one-time code to a phone number, to sign in (or register: the same code, an account is made for
// a number that has none) or to reset the password. The answer is the same whether the number has an account or not;
// only a request over the limits (per number, per client address, one a minute) is told to wait.
// The code is never logged nor kept: the outbox holds it sealed until delivery (queue-code-sms.ts), OneTimeCode a
// keyed hash.
import "server-only";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { CODE_SLOT, queueCodeSms } from "@/lib/notifications/queue-code-sms";
import { claimCodeSlot, issueCode, phoneSubject } from "@/lib/security/one-time-codes";
import { hitLimit } from "@/lib/security/rate-limit";
import { CODES_PER_CLIENT, CODES_PER_NUMBER, PASSWORD_RESET, PHONE_SIGN_IN } from "./account-rules";

export type PhoneCodeSent = { ok: true } | { ok: false; reason: "wait"; retryAfterMs: number };

export async function sendPhoneCode(input: {
  mobile: string;
  purpose: typeof PHONE_SIGN_IN | typeof PASSWORD_RESET;
  locale: Locale;
  ip: string | null;
  now?: Date;
}): Promise<PhoneCodeSent> {
  const now = input.now ?? new Date();
  const perClient = await hitLimit(CODES_PER_CLIENT, input.ip ?? "unknown", now);
  if (!perClient.allowed) return { ok: false, reason: "wait", retryAfterMs: perClient.retryAfterMs };
  const perNumber = await hitLimit(CODES_PER_NUMBER, input.mobile, now);
  if (!perNumber.allowed) return { ok: false, reason: "wait", retryAfterMs: perNumber.retryAfterMs };
  // Claimed for every number, with or without an account, so "wait" means the same for all.
  if (!(await claimCodeSlot(phoneSubject(input.mobile), input.purpose, now)))
    return { ok: false, reason: "wait", retryAfterMs: 60_000 };

  const account = await db.user.findUnique({
    where: { mobile: input.mobile },
    select: { id: true, role: true, disabledAt: true },
  });
  const usable = account && account.role === "resident" && !account.disabledAt;
  // A reset code is made for every number (so "wait" means the same for all), but only sent to an account's phone.
  const send = input.purpose === PHONE_SIGN_IN || usable;
  const t = await getT(input.locale, "account");
  const issued = await db.$transaction(async (tx) => {
    const r = await issueCode(tx, phoneSubject(input.mobile), input.purpose, now);
    if (!r.ok || !send) return r;
    const code = input.locale === "ug" ? isolate(CODE_SLOT) : CODE_SLOT;
    const body = t(input.purpose === PASSWORD_RESET ? "sms.resetCode" : "sms.signInCode", { code });
    await queueCodeSms(tx, { to: input.mobile, locale: input.locale, body, code: r.code });
    await recordAudit(
      {
        action: "account.code_sent",
        payload: { purpose: input.purpose },
        ...(account ? { subject: { type: "user", id: account.id } } : {}),
        ip: input.ip,
      },
      tx,
    );
    return r;
  });
  if (!issued.ok) return { ok: false, reason: "wait", retryAfterMs: 60_000 };
  if (send) deliverOutboxSoon();
  return { ok: true };
}
