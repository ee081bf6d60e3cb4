// Sends what the outbox holds. Called after each commit that wrote messages (best effort: a failure leaves the row
// pending for the next call, up to MAX_ATTEMPTS); rows are claimed with SKIP LOCKED so that several server
// instances never send one message twice.
import "server-only";
import { db } from "@/lib/db/client";
import { smsTransport, type SmsTransport } from "./sms-transport";

const MAX_ATTEMPTS = 5;
const BATCH = 20;

export async function deliverOutbox(transport: SmsTransport = smsTransport()): Promise<number> {
  let sent = 0;
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: bigint; to: string; body: string; attempts: number }[]>`
      SELECT id, "to", body, attempts FROM "OutboxMessage"
      WHERE status = 'pending' ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    for (const row of rows) {
      try {
        await transport.send(row.to, row.body);
        await tx.outboxMessage.update({
          where: { id: row.id },
          data: { status: "sent", sentAt: new Date(), attempts: row.attempts + 1 },
        });
        sent++;
      } catch (e) {
        const attempts = row.attempts + 1;
        await tx.outboxMessage.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: String(e instanceof Error ? e.message : e).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          },
        });
      }
    }
  });
  return sent;
}

/** After a commit: send now, never let a gateway problem fail the request that caused the message. */
export function deliverOutboxSoon() {
  deliverOutbox().catch((e) => console.error("[sms] outbox delivery failed", e));
}
