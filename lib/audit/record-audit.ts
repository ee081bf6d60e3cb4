import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { auditPayloads, type AuditAction, type AuditPayload } from "./audit-actions";

export type AuditEntry<A extends AuditAction> = {
  action: A;
  payload: AuditPayload<A>;
  actor?: { id: string; role: Role } | null;
  subject?: { type: string; id: string };
  onBehalfOf?: string;
  ip?: string | null;
};

/** Appends one audit row. Pass `tx` to write it in the same transaction as the change it records. */
export async function recordAudit<A extends AuditAction>(entry: AuditEntry<A>, tx: Prisma.TransactionClient = db) {
  const payload = auditPayloads[entry.action].parse(entry.payload) as Prisma.InputJsonValue;
  await tx.auditLog.create({
    data: {
      action: entry.action,
      payload,
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      onBehalfOf: entry.onBehalfOf ?? null,
      ip: entry.ip ?? null,
    },
  });
}
