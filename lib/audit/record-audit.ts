import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { auditPayloads, type AuditAction, type AuditPayload } from "./audit-actions";
import { AUDIT_CHAIN_LOCK, auditRowHash, GENESIS_HASH } from "./audit-chain";

export type AuditEntry<A extends AuditAction> = {
  action: A;
  payload: AuditPayload<A>;
  actor?: { id: string; role: Role } | null;
  subject?: { type: string; id: string };
  onBehalfOf?: string;
  ip?: string | null;
};

/** The hash of the newest chained row: in the live table, or, when everything has been archived, in the archive. */
export async function chainHead(tx: Prisma.TransactionClient): Promise<string> {
  const live = await tx.auditLog.findFirst({
    where: { hash: { not: null } },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  if (live?.hash) return live.hash;
  const archived = await tx.auditLogArchive.findFirst({
    where: { hash: { not: null } },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  return archived?.hash ?? GENESIS_HASH;
}

/**
 * Appends one audit row, chained to the one before it. Pass `tx` to write it in the same transaction as the change
 * it records. The chain lock is held until that transaction ends, so audited transactions commit one after another
 * at this point: the price of a chain that cannot fork (the insert trigger would refuse a forked row anyway).
 * Callers' transactions must be READ COMMITTED (Prisma's default), so the head read after the lock is current.
 */
export async function recordAudit<A extends AuditAction>(entry: AuditEntry<A>, tx?: Prisma.TransactionClient) {
  const payload = auditPayloads[entry.action].parse(entry.payload) as Prisma.InputJsonValue;
  // Without a transaction of the caller's (or given the bare client), take one: the lock lives as long as it.
  if (!tx || tx === db) return db.$transaction((own) => append(entry, payload, own));
  return append(entry, payload, tx);
}

async function append(
  entry: AuditEntry<AuditAction>,
  payload: Prisma.InputJsonValue,
  tx: Prisma.TransactionClient,
): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const prevHash = await chainHead(tx);
  // The time is taken under the lock, so it never runs backwards along the chain on one server.
  const fields = {
    at: new Date(),
    action: entry.action,
    actorId: entry.actor?.id ?? null,
    actorRole: entry.actor?.role ?? null,
    subjectType: entry.subject?.type ?? null,
    subjectId: entry.subject?.id ?? null,
    onBehalfOf: entry.onBehalfOf ?? null,
    ip: entry.ip ?? null,
  };
  await tx.auditLog.create({
    data: { ...fields, payload, prevHash, hash: auditRowHash({ ...fields, payload }, prevHash) },
  });
}
