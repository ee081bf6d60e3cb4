// The reminder that pledged (容缺) materials are due soon: an inbox row and an SMS in the outbox, written in the
// caller's transaction (the one that records the reminder as sent, so a rolled-back run sends nothing and a repeated
// one nothing twice). Unlike a status notice (notify-applicant.ts) the SMS names the materials and the date, in the
// resident's language; the outbox is delivered after commit (deliver-outbox.ts).
import "server-only";
import { smsRecipient } from "./sms-recipient";
import type { Prisma } from "@/lib/db/generated/client";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { formatDate } from "@/lib/format/dates";
import { getService } from "@/lib/services";

export const PLEDGE_DUE_SOON = "pledge_due_soon";

export type PledgeDueNotice = {
  applicationId: string;
  userId: string;
  serviceSlug: string;
  reference: string | null;
  /** The pledge's due date (YYYY-MM-DD, Asia/Shanghai) and the material ids due then. */
  dueBy: string;
  materials: string[];
};

export async function notifyPledgeDue(tx: Prisma.TransactionClient, n: PledgeDueNotice) {
  await tx.notification.create({
    data: {
      userId: n.userId,
      applicationId: n.applicationId,
      type: PLEDGE_DUE_SOON,
      payload: { serviceSlug: n.serviceSlug, reference: n.reference, dueBy: n.dueBy, materials: n.materials },
    },
  });
  const recipient = await smsRecipient(tx, n.userId);
  if (!recipient) return;
  const { to, locale } = recipient;
  const t = await getT(locale, "tracking");
  const service = getService(n.serviceSlug);
  const materials = n.materials.map((id) => service?.materials.find((m) => m.id === id)?.title[locale] ?? id);
  const reference = n.reference ?? "";
  const date = formatDate(n.dueBy, locale);
  const body = t("sms.pledgeDue", {
    service: service?.title[locale] ?? n.serviceSlug,
    reference: locale === "ug" ? isolate(reference) : reference,
    materials: materials.join(locale === "ug" ? "، " : "、"),
    date: locale === "ug" ? isolate(date) : date,
  });
  await tx.outboxMessage.create({ data: { channel: "sms", to, locale, body } });
}
