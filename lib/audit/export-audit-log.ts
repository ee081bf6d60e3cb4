// The copy outside the database: every audit row, with its hash, appended as one JSON line to a monthly file in
// AUDIT_EXPORT_DIR (npm run audit:export, e.g. hourly from cron; the folder belongs on other storage, ideally
// append-only or write-once). A state file remembers the last row exported and its hash. Each run first checks that
// the database's chain still continues from that row: a rewritten or truncated log is refused and reported, and the
// files already written keep the old truth.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/generated/client";
import { GENESIS_HASH } from "./audit-chain";

const STATE_FILE = "audit-export-state.json";
const BATCH = 1000;

export type ExportState = { lastId: string; lastHash: string; at: string };

export function readExportState(dir: string): ExportState | null {
  const file = path.join(dir, STATE_FILE);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, "utf8")) as ExportState;
}

/** Whether the last exported row is still in the database, unchanged (it may have moved to the archive). */
export async function exportStillMatches(client: PrismaClient, state: ExportState): Promise<boolean> {
  if (state.lastId === "0") return true;
  const id = BigInt(state.lastId);
  const row =
    (await client.auditLog.findUnique({ where: { id }, select: { hash: true } })) ??
    (await client.auditLogArchive.findUnique({ where: { id }, select: { hash: true } }));
  return row?.hash === state.lastHash;
}

export async function exportAuditLog(
  client: PrismaClient,
  dir: string,
  now: Date = new Date(),
): Promise<{ exported: number; head: string }> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o750 });
  const state = readExportState(dir) ?? { lastId: "0", lastHash: GENESIS_HASH, at: "" };
  if (!(await exportStillMatches(client, state)))
    throw new Error(`audit log no longer holds row ${state.lastId} as exported (hash ${state.lastHash}): tampered?`);

  let lastId = BigInt(state.lastId);
  let lastHash = state.lastHash;
  let exported = 0;
  for (const table of ["archive", "live"] as const) {
    for (;;) {
      const args = { where: { id: { gt: lastId } }, orderBy: { id: "asc" as const }, take: BATCH };
      const rows =
        table === "live" ? await client.auditLog.findMany(args) : await client.auditLogArchive.findMany(args);
      if (rows.length === 0) break;
      const byFile = new Map<string, string[]>();
      for (const row of rows) {
        // Rows from before the chain have no hash; from the first chained row on, each must follow the last.
        if (row.hash && row.prevHash !== lastHash)
          throw new Error(`audit row ${row.id} does not follow the last exported hash ${lastHash}: tampered?`);
        // One line per row, the same fields in the live table and the archive (archivedAt is not part of the row).
        const fields = { ...row, archivedAt: undefined };
        const line = JSON.stringify({ ...fields, id: row.id.toString(), at: row.at.toISOString() });
        const file = `audit-${row.at.toISOString().slice(0, 7)}.jsonl`;
        byFile.set(file, [...(byFile.get(file) ?? []), line]);
        lastId = row.id;
        if (row.hash) lastHash = row.hash;
        exported++;
      }
      for (const [file, lines] of byFile)
        fs.appendFileSync(path.join(dir, file), lines.join("\n") + "\n", { mode: 0o640 });
      // The state last, atomically: a crash in between leaves at most one batch written twice (same ids and hashes).
      const next: ExportState = { lastId: lastId.toString(), lastHash, at: now.toISOString() };
      const tmp = path.join(dir, `${STATE_FILE}.tmp`);
      fs.writeFileSync(tmp, JSON.stringify(next, null, 2), { mode: 0o640 });
      fs.renameSync(tmp, path.join(dir, STATE_FILE));
      if (rows.length < BATCH) break;
    }
  }
  return { exported, head: lastHash };
}
