// Walks the whole audit chain, archive first, then the live table, in id order, and reports the first broken link:
// a row whose content no longer matches its hash ("hash"), or whose prevHash is not the hash of the row before it
// ("link": a row was removed, inserted or reordered). Read-only; the portal's role may run it.
import type { PrismaClient } from "@/lib/db/generated/client";
import { auditRowHash, GENESIS_HASH, type ChainedFields } from "./audit-chain";

export type ChainReport = {
  ok: boolean;
  /** Chained rows checked. */
  checked: number;
  /** Rows from before the chain existed (no hash), at its start. */
  unchained: number;
  /** The hash of the last row: compare it with the copy outside the database (the export). */
  head: string;
  broken?: { id: string; table: "AuditLog" | "AuditLogArchive"; reason: "hash" | "link" | "missing" };
};

type Row = ChainedFields & { id: bigint; prevHash: string | null; hash: string | null };

const BATCH = 1000;

async function* rowsOf(client: PrismaClient, table: "AuditLog" | "AuditLogArchive"): AsyncGenerator<Row> {
  let after = -1n;
  for (;;) {
    // Keyset paging: memory stays flat however long the log grows.
    const args = { where: { id: { gt: after } }, orderBy: { id: "asc" as const }, take: BATCH };
    const batch: Row[] =
      table === "AuditLog" ? await client.auditLog.findMany(args) : await client.auditLogArchive.findMany(args);
    for (const row of batch) yield row;
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

export async function verifyAuditChain(client: PrismaClient): Promise<ChainReport> {
  let expected = GENESIS_HASH;
  let checked = 0;
  let unchained = 0;
  for (const table of ["AuditLogArchive", "AuditLog"] as const) {
    for await (const row of rowsOf(client, table)) {
      const broken = (reason: "hash" | "link" | "missing"): ChainReport => ({
        ok: false,
        checked,
        unchained,
        head: expected,
        broken: { id: row.id.toString(), table, reason },
      });
      if (row.hash === null || row.prevHash === null) {
        if (checked > 0) return broken("missing"); // an unchained row after the chain began: inserted behind its back
        unchained++;
        continue;
      }
      if (row.prevHash !== expected) return broken("link");
      if (auditRowHash(row, row.prevHash) !== row.hash) return broken("hash");
      expected = row.hash;
      checked++;
    }
  }
  return { ok: true, checked, unchained, head: expected };
}
