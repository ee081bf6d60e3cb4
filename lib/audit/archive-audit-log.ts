// Retention (Cybersecurity Law art. 21: network logs kept at least six months): rows older than the retention
// period move from the live table to AuditLogArchive, unchanged and in one transaction, and the move is itself
// audited with the hash of the last row moved. Nothing is ever deleted without its archived copy: the live table's
// trigger only lets the owner remove a row whose identical copy is already in the archive (migration
// 20261203120000). The chain runs on across the boundary (verify-audit-chain.ts walks the archive first).
// Runs as the owner role (npm run audit:archive with MIGRATION_DATABASE_URL): the portal's role may not delete.
import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AUDIT_CHAIN_LOCK } from "./audit-chain";
import { recordAudit } from "./record-audit";

export const MIN_RETENTION_MONTHS = 6;

export type ArchiveResult = { archived: number; throughId?: string; throughHash?: string | null; before: Date };

/** The start of the retention window: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < MIN_RETENTION_MONTHS)
    throw new Error(`audit retention must be at least ${MIN_RETENTION_MONTHS} months (got ${months})`);
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export async function archiveAuditLog(
  owner: PrismaClient,
  opts: { now?: Date; retentionMonths: number },
): Promise<ArchiveResult> {
  const before = retentionCutoff(opts.now ?? new Date(), opts.retentionMonths);
  return owner.$transaction(
    async (tx) => {
      // Hold the chain still while it is cut: no append may slip in between the copy and the removal.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
      // A prefix of the chain by id, up to the first row still inside the window: a row a little older than the
      // cutoff but after a newer one (clock skew between servers) stays live rather than leaving a hole.
      const firstKept = await tx.auditLog.findFirst({
        where: { at: { gte: before } },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      const moving = await tx.auditLog.findFirst({
        where: firstKept ? { id: { lt: firstKept.id } } : {},
        orderBy: { id: "desc" },
        select: { id: true, hash: true },
      });
      if (!moving) return { archived: 0, before };
      const copied = await tx.$executeRaw`
        INSERT INTO "AuditLogArchive"
          ("id", "at", "actorId", "actorRole", "action", "subjectType", "subjectId", "onBehalfOf", "ip", "payload",
           "prevHash", "hash")
        SELECT "id", "at", "actorId", "actorRole", "action", "subjectType", "subjectId", "onBehalfOf", "ip", "payload",
               "prevHash", "hash"
        FROM "AuditLog" WHERE "id" <= ${moving.id}`;
      await tx.$executeRawUnsafe(`SELECT set_config('audit.archiving', 'on', true)`);
      const removed = await tx.$executeRaw`DELETE FROM "AuditLog" WHERE "id" <= ${moving.id}`;
      if (removed !== copied) throw new Error(`archive copied ${copied} audit rows but removed ${removed}`);
      await tx.$executeRawUnsafe(`SELECT set_config('audit.archiving', 'off', true)`);
      const result = { archived: copied, throughId: moving.id.toString(), throughHash: moving.hash, before };
      await recordAudit(
        {
          action: "audit.archived",
          payload: {
            count: copied,
            throughId: result.throughId,
            throughHash: moving.hash,
            before: before.toISOString(),
          },
        },
        tx,
      );
      return result;
    },
    { timeout: 120_000 },
  );
}
