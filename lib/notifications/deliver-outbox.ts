// Sends what the outbox holds: right after each commit that wrote messages (deliverOutboxSoon, in the process that
// made the change, so a code reaches the phone at once) and from the worker (lib/jobs), which picks up whatever is
// due again after a failed try or was left by a process that died.
//
// No transaction is held while the gateway answers (a slow gateway would otherwise hold a pooled connection and,
// past Prisma's 5-second limit, roll back the record of messages already sent, which then went out again). Instead
// one UPDATE … FOR UPDATE SKIP LOCKED … RETURNING claims a batch for a lease (claimToken, claimedUntil) and commits;
// each message is sent; its outcome is written only if the claim is still ours. Two deliveries never hold one row.
// A process that dies between sending and recording leaves the claim to expire, and the message is sent again after
// the lease: at least once, never lost (the gateway's own message id would be needed to do better).
//
// A message with a one-time code has it sealed beside the body (queue-code-sms.ts): it is opened into the text only
// here, and erased from the row once the message is sent, has failed for good, or the code has expired (then the
// message is not sent: the code could no longer be used).
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { openField } from "@/lib/security/data-keys";
import { CODE_TTL_MS } from "@/lib/security/one-time-code";
import { smsTransport, GATEWAY_TIMEOUT_MS, type SmsTransport } from "./sms-transport";
import { CODE_SLOT } from "./queue-code-sms";
import { backoffSchedule, nextAttemptAfter } from "./outbox-backoff";
import type { Locale } from "@/lib/i18n/config";

const BATCH = 10;
/** Long enough for a whole batch at the gateway's timeout, with room to write the outcomes. */
export const LEASE_MS = BATCH * GATEWAY_TIMEOUT_MS + 30_000;

type Row = {
  id: bigint;
  to: string;
  locale: Locale;
  body: string;
  sealedCode: string | null;
  attempts: number;
  createdAt: Date;
};

export type DeliveryReport = { sent: number; failedTry: number; gaveUp: number };

/** Claims the messages due at `now` (at most one batch) and tries each once. */
export async function deliverOutbox(transport: SmsTransport = smsTransport(), now = new Date()): Promise<number> {
  return (await deliverOutboxBatch(transport, now)).sent;
}

export async function deliverOutboxBatch(
  transport: SmsTransport = smsTransport(),
  now = new Date(),
): Promise<DeliveryReport & { claimed: number }> {
  const token = randomUUID();
  const rows = await db.$queryRaw<Row[]>`
    UPDATE "OutboxMessage" SET "claimToken" = ${token}, "claimedUntil" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'pending' AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "nextAttemptAt", id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", locale::text AS locale, body, "sealedCode", attempts, "createdAt"`;
  const report = { sent: 0, failedTry: 0, gaveUp: 0, claimed: rows.length };
  const schedule = backoffSchedule(env().OUTBOX_BACKOFF_SECONDS);
  // Only while the claim is ours: a delivery that outlived its lease must not overwrite the next one's outcome.
  const settle = (id: bigint, data: Parameters<typeof db.outboxMessage.updateMany>[0]["data"]) =>
    db.outboxMessage.updateMany({
      where: { id, claimToken: token },
      data: { ...data, claimToken: null, claimedUntil: null },
    });

  for (const row of rows) {
    if (row.sealedCode && now.getTime() - row.createdAt.getTime() >= CODE_TTL_MS) {
      await settle(row.id, { status: "failed", sealedCode: null, lastError: "code expired before delivery" });
      report.gaveUp++;
      continue;
    }
    try {
      const text = row.sealedCode ? row.body.replace(CODE_SLOT, openField(row.sealedCode)) : row.body;
      await transport.send(row.to, text, row.locale);
      await settle(row.id, { status: "sent", sentAt: new Date(), attempts: row.attempts + 1, sealedCode: null });
      report.sent++;
    } catch (e) {
      const attempts = row.attempts + 1;
      const next = nextAttemptAfter(attempts, now, schedule);
      const lastError = String(e instanceof Error ? e.message : e).slice(0, 500);
      await settle(row.id, {
        attempts,
        lastError,
        ...(next ? { nextAttemptAt: next } : { status: "failed", sealedCode: null }),
      });
      if (next) report.failedTry++;
      else report.gaveUp++;
      log[next ? "warn" : "error"](
        { outboxId: row.id.toString(), attempts, willRetryAt: next?.toISOString() ?? null, error: lastError },
        next ? "SMS try failed; will retry" : "SMS failed for good: needs action",
      );
    }
  }
  return report;
}

/** When the next pending message falls due (for the worker's sweep), or null when nothing waits. */
export async function nextOutboxDue(): Promise<Date | null> {
  const row = await db.outboxMessage.findFirst({
    where: { status: "pending" },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true, claimedUntil: true },
  });
  if (!row) return null;
  return row.claimedUntil && row.claimedUntil > row.nextAttemptAt ? row.claimedUntil : row.nextAttemptAt;
}

const inFlight = new Set<Promise<unknown>>();

/** After a commit: send now, never let a gateway problem fail the request that caused the message. */
export function deliverOutboxSoon(transport?: SmsTransport) {
  if (env().OUTBOX_AFTER_COMMIT === "off") return; // the worker sends it (see lib/env.ts)
  const delivery = deliverOutbox(transport)
    .catch((err) => log.error({ err }, "sms outbox delivery failed"))
    .finally(() => inFlight.delete(delivery));
  inFlight.add(delivery);
}

/**
 * Resolves once every delivery this process started with deliverOutboxSoon has ended. A short-lived process (a
 * script, the browser tests' data helper) awaits it before closing its database pool: closing it mid-delivery
 * leaves the claimed messages leased for LEASE_MS (over two minutes) before anyone may try them again.
 */
export async function deliveriesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
