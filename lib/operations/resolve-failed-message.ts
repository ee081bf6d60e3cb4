// Use case: an administrator settles a failed message without sending it (told the resident by phone, the number is
// wrong and the resident was asked to correct it, a code nobody needs any more), with a note saying what was done.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdministrator, NOTE_MAX, NOTE_MIN, type Administrator } from "./administrator";

export type ResolveResult = { ok: true } | { ok: false; reason: "not_found" | "note" };

export async function resolveFailedMessage(input: {
  actor: Administrator;
  outboxId: string;
  note: string;
  ip?: string | null;
}): Promise<ResolveResult> {
  assertAdministrator(input.actor);
  const note = input.note.trim();
  if (note.length < NOTE_MIN || note.length > NOTE_MAX) return { ok: false, reason: "note" };
  if (!/^\d{1,19}$/.test(input.outboxId)) return { ok: false, reason: "not_found" };
  const id = BigInt(input.outboxId);
  return db.$transaction(async (tx): Promise<ResolveResult> => {
    const row = await tx.outboxMessage.findUnique({ where: { id }, select: { kind: true } });
    const settled = await tx.outboxMessage.updateMany({
      where: { id, status: "failed", resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: input.actor.id, resolution: note },
    });
    if (!row || settled.count === 0) return { ok: false, reason: "not_found" };
    await recordAudit(
      {
        action: "operations.message_resolved",
        payload: { outboxId: input.outboxId, kind: row.kind, note },
        actor: input.actor,
        subject: { type: "outbox", id: input.outboxId },
        ip: input.ip,
      },
      tx,
    );
    return { ok: true };
  });
}
