// The audit log's maintenance commands (README "Audit log"):
//   npm run audit:verify   walk the hash chain (archive, then live) and report the first broken link; with
//                          AUDIT_EXPORT_DIR, also check the database still holds the last exported row unchanged.
//   npm run audit:export   append new rows to AUDIT_EXPORT_DIR (JSON lines with hashes): the copy outside.
//   npm run audit:archive  move rows older than AUDIT_RETENTION_MONTHS (≥ 6, default 12) to the archive table;
//                          needs the owner role (MIGRATION_DATABASE_URL).
// Without DATABASE_URL they use the local development database (npm run dev must be running). Exit code 1 on a
// broken chain or a refused export, so cron or monitoring notices.
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { planDatabase } from "../lib/db/database-plan";
import { isReachableByOthers } from "../lib/db/fs-reachability";
import { PrismaClient } from "../lib/db/generated/client";
import { env } from "../lib/env";
import { archiveAuditLog } from "../lib/audit/archive-audit-log";
import { exportAuditLog, exportStillMatches, readExportState } from "../lib/audit/export-audit-log";
import { verifyAuditChain } from "../lib/audit/verify-audit-chain";
import { projectDir } from "./prepare-database";

function client(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
}

async function main(command: string | undefined): Promise<number> {
  const plan = planDatabase({ env: process.env, projectDir, tmpDir: os.tmpdir(), profile: "dev", isReachableByOthers });
  const settings = env();
  if (command === "verify") {
    const db = client(plan.url);
    try {
      const report = await verifyAuditChain(db);
      if (!report.ok) {
        const b = report.broken!;
        console.error(
          `[audit] chain BROKEN at ${b.table} id ${b.id} (${b.reason}); ${report.checked} rows verified before it`,
        );
        return 1;
      }
      console.log(
        `[audit] chain ok: ${report.checked} rows (${report.unchained} from before the chain), head ${report.head}`,
      );
      const state = settings.AUDIT_EXPORT_DIR ? readExportState(settings.AUDIT_EXPORT_DIR) : null;
      if (state && !(await exportStillMatches(db, state))) {
        console.error(
          `[audit] the last exported row ${state.lastId} (hash ${state.lastHash}) is not in the database as exported`,
        );
        return 1;
      }
      if (state) console.log(`[audit] export copy agrees up to row ${state.lastId}`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  }
  if (command === "export") {
    if (!settings.AUDIT_EXPORT_DIR) {
      console.error("[audit] AUDIT_EXPORT_DIR is not set");
      return 2;
    }
    const db = client(plan.url);
    try {
      const { exported, head } = await exportAuditLog(db, settings.AUDIT_EXPORT_DIR);
      console.log(`[audit] exported ${exported} rows to ${settings.AUDIT_EXPORT_DIR}; head ${head}`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  }
  if (command === "archive") {
    const owner = client(plan.migrationUrl);
    try {
      const r = await archiveAuditLog(owner, { retentionMonths: settings.AUDIT_RETENTION_MONTHS });
      console.log(
        r.archived
          ? `[audit] archived ${r.archived} rows older than ${r.before.toISOString()} (through id ${r.throughId}, hash ${r.throughHash})`
          : `[audit] nothing older than ${r.before.toISOString()} to archive`,
      );
      return 0;
    } finally {
      await owner.$disconnect();
    }
  }
  console.error("usage: tsx scripts/audit.ts verify|export|archive");
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[audit] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
