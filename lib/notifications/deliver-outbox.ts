// Sends what the outbox holds. Called after each commit that wrote messages (best effort: a failure leaves the row
// pending for the next call, up to MAX_ATTEMPTS); rows are claimed with SKIP LOCKED so that several server
// instances never send one message twice. A message with a one-time code has it sealed beside the body
// (queue-code-sms.ts): it is opened into the text only here, and erased from the row once the message is sent, has
// failed for good, or the code has expired (then the message is not sent: the code could no longer be used).
import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { openField } from "@/lib/security/data-keys";
import { CODE_TTL_MS } from "@/lib/security/one-time-code";
import { smsTransport, type SmsTransport } from "./sms-transport";
import { CODE_SLOT } from "./queue-code-sms";
import type { Locale } from "@/lib/i18n/config";

const MAX_ATTEMPTS = 5;
const BATCH = 20;

type Row = {
  id: bigint;
  to: string;
  locale: Locale;
  body: string;
  sealedCode: string | null;
  attempts: number;
  createdAt: Date;
};

export async function deliverOutbox(transport: SmsTransport = smsTransport(), now = new Date()): Promise<number> {
  let sent = 0;
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Row[]>`
      SELECT id, "to", locale::text AS locale, body, "sealedCode", attempts, "createdAt" FROM "OutboxMessage"
      WHERE status = 'pending' ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    for (const row of rows) {
      if (row.sealedCode && now.getTime() - row.createdAt.getTime() >= CODE_TTL_MS) {
        await tx.outboxMessage.update({
          where: { id: row.id },
          data: { status: "failed", sealedCode: null, lastError: "code expired before delivery" },
        });
        continue;
      }
      try {
        const text = row.sealedCode ? row.body.replace(CODE_SLOT, openField(row.sealedCode)) : row.body;
        await transport.send(row.to, text, row.locale);
        await tx.outboxMessage.update({
          where: { id: row.id },
          data: { status: "sent", sentAt: new Date(), attempts: row.attempts + 1, sealedCode: null },
        });
        sent++;
      } catch (e) {
        const attempts = row.attempts + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await tx.outboxMessage.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: String(e instanceof Error ? e.message : e).slice(0, 500),
            status: failed ? "failed" : "pending",
            ...(failed ? { sealedCode: null } : {}),
          },
        });
      }
    }
  });
  return sent;
}

/** After a commit: send now, never let a gateway problem fail the request that caused the message. */
export function deliverOutboxSoon() {
  deliverOutbox().catch((err) => log.error({ err }, "sms outbox delivery failed"));
}
