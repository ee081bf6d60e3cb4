// Use case: an administrator sends a failed message again (the number was out of coverage, the gateway is back). It
// gets a fresh round of tries (outbox-backoff.ts) starting now; if that fails too it comes back to "needs action".
// A code message cannot be retried: its code was erased when it failed and would have expired anyway.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { assertAdministrator, type Administrator } from "./administrator";

export type RetryResult = { ok: true } | { ok: false; reason: "not_found" | "code" };

export async function retryFailedMessage(input: {
  actor: Administrator;
  outboxId: string;
  ip?: string | null;
}): Promise<RetryResult> {
  assertAdministrator(input.actor);
  if (!/^\d{1,19}$/.test(input.outboxId)) return { ok: false, reason: "not_found" };
  const id = BigInt(input.outboxId);
  const result = await db.$transaction(async (tx): Promise<RetryResult> => {
    const row = await tx.outboxMessage.findUnique({
      where: { id },
      select: { status: true, kind: true, resolvedAt: true },
    });
    if (!row || row.status !== "failed" || row.resolvedAt) return { ok: false, reason: "not_found" };
    if (row.kind === "code") return { ok: false, reason: "code" };
    // Compare-and-set on the failed state: two administrators pressing retry at once queue it once.
    const moved = await tx.outboxMessage.updateMany({
      where: { id, status: "failed", resolvedAt: null },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), claimToken: null, claimedUntil: null },
    });
    if (moved.count === 0) return { ok: false, reason: "not_found" };
    await recordAudit(
      {
        action: "operations.message_retried",
        payload: { outboxId: input.outboxId, kind: row.kind },
        actor: input.actor,
        subject: { type: "outbox", id: input.outboxId },
        ip: input.ip,
      },
      tx,
    );
    return { ok: true };
  });
  if (result.ok) deliverOutboxSoon();
  return result;
}
