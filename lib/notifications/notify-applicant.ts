// A status change reported to the applicant: an inbox row (rendered in the reader's language when shown) and an SMS
// in the outbox (rendered now, in the resident's language), written in the caller's transaction so that a rolled-back
// change never sends a message. The outbox is delivered after commit (deliver-outbox.ts).
import "server-only";
import { smsRecipient } from "./sms-recipient";
import type { Prisma } from "@/lib/db/generated/client";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import { smsBody } from "./sms-body";
import type { Status } from "@/lib/applications/transition/status-machine";

/** The statuses of a first decision: their SMS invites a rating by reply (receive-sms-reply.ts). */
const DECISIONS: readonly Status[] = ["approved", "refused", "not_accepted"];

export type StatusNotice = {
  applicationId: string;
  userId: string;
  /** A status-machine event, or "submitted". */
  type: string;
  serviceSlug: string;
  reference: string | null;
  /** Send an SMS too (not for what the resident just did themselves). */
  sms: boolean;
  /** The status the application moved to (a decision's SMS invites a rating by reply). */
  toStatus?: Status;
};

export async function notifyApplicant(tx: Prisma.TransactionClient, n: StatusNotice) {
  await tx.notification.create({
    data: {
      userId: n.userId,
      applicationId: n.applicationId,
      type: n.type,
      payload: { serviceSlug: n.serviceSlug, reference: n.reference },
    },
  });
  if (!n.sms) return;
  const recipient = await smsRecipient(tx, n.userId);
  if (!recipient) return;
  const { to, locale } = recipient;
  const t = await getT(locale, "tracking");
  const service = getService(n.serviceSlug)?.title[locale] ?? n.serviceSlug;
  const body = smsBody(t, locale, {
    service,
    reference: n.reference,
    type: n.type,
    inviteRating: !!n.toStatus && DECISIONS.includes(n.toStatus),
  });
  await tx.outboxMessage.create({
    data: { channel: "sms", kind: "status", applicationId: n.applicationId, to, locale, body },
  });
}
