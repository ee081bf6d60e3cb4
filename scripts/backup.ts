// Backup and restore of the portal's database and uploaded files (README "Backup and restore"):
//   npm run db:backup [folder]             one consistent backup into <folder>/portal-backup-<UTC time>/
//                                          (folder: the argument, else BACKUP_DIR, else .data/backups)
//   npm run db:restore <backup> [--force]  restore it into the portal's database and upload folder; refuses a
//                                          database or upload folder that holds data unless --force
// The database is the one the portal uses (lib/db/database-plan.ts): DATABASE_URL's server when set, through the
// owner role MIGRATION_DATABASE_URL; otherwise the embedded development database, started here if `npm run dev`
// is not running. Stop the portal before a restore. Exit code 0 done, 1 failed, 2 refused (nothing changed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { planDatabase, type DatabasePlan } from "../lib/db/database-plan";
import { isReachableByOthers } from "../lib/db/fs-reachability";
import { enableAppRoleLogin, startEmbeddedServer } from "../lib/db/embedded-server";
import { uploadRoot } from "../lib/storage/blob-storage";
import { backUpDatabase } from "../lib/backup/back-up-database";
import { restoreDatabase, RestoreRefused } from "../lib/backup/restore-database";
import { projectDir } from "./prepare-database";

// What the operator reads: plain lines on stdout (the structured log lines go to the log as everywhere else).
const say = (line: string) => process.stdout.write(`${line}\n`);

async function isUp(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` with the plan's database reachable: an embedded one not already running is started and stopped. */
async function withDatabase<T>(plan: DatabasePlan, work: () => Promise<T>): Promise<T> {
  if (plan.kind === "external" || (await isUp(plan.migrationUrl))) return work();
  const server = await startEmbeddedServer(plan);
  try {
    return await work();
  } finally {
    await server.stop();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const plan = planDatabase({ env: process.env, projectDir, tmpDir: os.tmpdir(), profile: "dev", isReachableByOthers });
  if (plan.kind === "external" && plan.migrationUrl === plan.url)
    say("MIGRATION_DATABASE_URL is not set: using DATABASE_URL, which must then be the owner of the tables");
  const operator = os.userInfo().username;
  const uploads = uploadRoot();

  if (command === "backup") {
    if (plan.kind === "embedded" && !fs.existsSync(path.join(plan.dataDir, "PG_VERSION"))) {
      say(`refused: there is no development database in ${plan.dataDir} to back up (npm run dev makes one)`);
      return 2;
    }
    const into = path.resolve(rest[0] ?? process.env.BACKUP_DIR ?? path.join(projectDir, ".data", "backups"));
    const t0 = Date.now();
    const { folder, manifest } = await withDatabase(plan, () =>
      backUpDatabase({ ownerUrl: plan.migrationUrl, sourceKind: plan.kind, uploadRoot: uploads, into, operator }),
    );
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    const tableBytes = manifest.tables.reduce((n, t) => n + t.bytes, 0);
    say(`backup ${folder}`);
    say(`  taken at ${manifest.takenAt} (the recovery point), migration ${manifest.migrations.at(-1)?.name ?? "none"}`);
    say(`  ${rows} rows in ${manifest.tables.length} tables (${mb(tableBytes)} compressed)`);
    say(`  ${manifest.uploads.count} uploaded files (${mb(manifest.uploads.bytes)})`);
    say(`  audit chain: ${manifest.auditChain.chained} rows, head ${manifest.auditChain.head}`);
    say(`  in ${Date.now() - t0} ms; sealed fields need data keys ${manifest.dataKeyIds.join(", ") || "(none)"}`);
    return 0;
  }
  if (command === "restore") {
    const backup = rest.find((a) => !a.startsWith("--"));
    if (!backup) {
      say("usage: npm run db:restore -- <backup folder> [--force]");
      return 2;
    }
    const force = rest.includes("--force");
    const report = await withDatabase(plan, async () => {
      const r = await restoreDatabase({ backup, ownerUrl: plan.migrationUrl, uploadRoot: uploads, force, operator });
      // A fresh embedded cluster's migrations created the portal's role without a login; let it sign in again.
      if (plan.kind === "embedded") await enableAppRoleLogin(plan.migrationUrl);
      return r;
    });
    say(`restored ${report.backup} (taken at ${report.takenAt})`);
    say(`  ${report.rows} rows in ${report.tables} tables, ${report.files} uploaded files, all matching the manifest`);
    say(`  audit chain intact: ${report.chain.checked} rows, head ${report.chain.head}`);
    if (report.laterMigrations.length)
      say(`  then applied this code's newer migrations: ${report.laterMigrations.join(", ")}`);
    say(`  in ${report.durationMs} ms`);
    return 0;
  }
  say("usage: tsx scripts/backup.ts backup [folder] | restore <backup folder> [--force]");
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof RestoreRefused) {
      say(`refused: ${e.message}`);
      process.exit(2);
    }
    say(`failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
