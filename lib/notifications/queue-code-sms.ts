// A message carrying a one-time code, queued in the outbox. The code is sent, never kept: the stored body has a
// placeholder where the code goes, and the code itself waits beside it sealed (AES-GCM, lib/security/field-crypto.ts)
// only until delivery, which puts it into the text at the last moment and erases it (deliver-outbox.ts). A reader of
// the outbox table (a backup, a support query, a leaked dump) finds no usable code.
// Why not hold the code in memory and send straight after commit: the outbox exists so that a message committed with
// its change is sent even when the process dies or the gateway hiccups; a sealed, short-lived copy keeps that.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/config";
import { sealField } from "@/lib/security/data-keys";

/** What the stored body shows in place of the code. Never appears in a message text otherwise. */
export const CODE_SLOT = "●●●●●●";

/**
 * `body` is the message rendered with CODE_SLOT where the code goes (isolated in Uyghur as a code would be), e.g.
 * `t("sms.signInCode", { code: iso(CODE_SLOT) })`.
 */
export async function queueCodeSms(
  tx: Prisma.TransactionClient,
  m: { to: string; locale: Locale; body: string; code: string },
): Promise<void> {
  if (m.body.split(CODE_SLOT).length !== 2) throw new Error("queueCodeSms: the body must hold CODE_SLOT once");
  await tx.outboxMessage.create({
    data: { channel: "sms", kind: "code", to: m.to, locale: m.locale, body: m.body, sealedCode: sealField(m.code) },
  });
}
