// Restores a backup (back-up-database.ts) into a database and an upload folder, and proves it came back whole:
// every file's checksum before anything is touched, the rows of every table against the manifest before the load
// commits, then the audit chain walked end to end on the restored copy, its head the one the backup recorded.
//
// Order: check the backup → refuse a target that holds data (unless `force`) → unless the database is already at
// exactly the backup's migrations, empty its schema and apply those migrations → load all tables in one
// transaction (parents first; the tables' own triggers off, so the audit log keeps its ids and its append check
// does not re-judge history) → apply this code's later migrations, if any → verify → copy the files → record the
// restore in the audit log (after the verified head).
//
// Who acts: the operator at the command line, holding the owner role (the only role that may rebuild the schema).
import "server-only";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain, type ChainReport } from "@/lib/audit/verify-audit-chain";
import { log } from "@/lib/log/logger";
import {
  MANIFEST_FILE,
  isSafeStorageKey,
  migrationsToReplay,
  parseManifest,
  sha256OfFile,
  type Manifest,
} from "./backup-format";
import { appliedMigrations, fixTextForms, ident, portalTables } from "./database-catalog";
import { localMigrations, migrateAll, migrateTo } from "./run-migrations";
import { installJobQueue } from "@/lib/jobs/install-job-queue";

export type RestoreInput = {
  /** The backup folder (the one holding manifest.json). */
  backup: string;
  /** The owner role's connection to the target database. */
  ownerUrl: string;
  /** The upload folder to restore the files into. */
  uploadRoot: string;
  /** Replace a database (and upload folder) that already holds data. */
  force: boolean;
  operator: string;
};

export type RestoreReport = {
  backup: string;
  takenAt: string;
  rows: number;
  tables: number;
  files: number;
  chain: ChainReport;
  /** This code's migrations newer than the backup, applied after the load. */
  laterMigrations: string[];
  durationMs: number;
};

/** The restore refused to start: nothing was changed. */
export class RestoreRefused extends Error {}

const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

/** Reads the manifest and checks every file the backup lists, before anything is changed. */
export async function checkBackup(folder: string): Promise<Manifest> {
  const manifestFile = path.join(folder, MANIFEST_FILE);
  if (!fs.existsSync(manifestFile)) throw new RestoreRefused(`${folder} has no ${MANIFEST_FILE}: not a backup`);
  const manifest = parseManifest(fs.readFileSync(manifestFile, "utf8"));
  for (const t of manifest.tables) {
    const file = path.join(folder, t.file);
    if (!fs.existsSync(file)) throw new RestoreRefused(`the backup is damaged: ${t.file} is missing`);
    if ((await sha256OfFile(file)) !== t.sha256)
      throw new RestoreRefused(`the backup is damaged: ${t.file} does not match its checksum`);
  }
  for (const f of manifest.uploads.files) {
    const file = path.join(folder, "uploads", f.key);
    if (!isSafeStorageKey(f.key)) throw new RestoreRefused(`the backup names an unsafe file path: ${f.key}`);
    if (!fs.existsSync(file) || (await sha256OfFile(file)) !== f.sha256)
      throw new RestoreRefused(`the backup is damaged: uploaded file ${f.key} is missing or changed`);
  }
  return manifest;
}

/** Tables of the target that hold at least one row. */
async function tablesWithRows(client: pg.Client): Promise<string[]> {
  const found: string[] = [];
  for (const t of await portalTables(client)) {
    const r = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(t.name)}) AS any`);
    if ((r.rows[0] as { any: boolean }).any) found.push(t.name);
  }
  return found;
}

function folderHasFiles(dir: string): boolean {
  if (!fs.existsSync(dir)) return false;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) return true;
    if (entry.isDirectory() && folderHasFiles(path.join(dir, entry.name))) return true;
  }
  return false;
}

/**
 * Drops everything the migrations made in the public schema (tables with their indexes, triggers and sequences,
 * views, functions, types), leaving the schema itself, its owner and its grants as the administrator set them.
 * Objects that belong to an extension are left alone.
 */
async function emptySchema(client: pg.Client): Promise<void> {
  const notFromExtension = `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = o.oid AND d.deptype = 'e')`;
  await client.query("BEGIN");
  try {
    const rels = await client.query<{ name: string; kind: string }>(
      `SELECT o.relname AS name, o.relkind AS kind FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
        WHERE n.nspname = 'public' AND o.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${notFromExtension} LIMIT 10000`,
    );
    const drop = { r: "TABLE", p: "TABLE", v: "VIEW", m: "MATERIALIZED VIEW", S: "SEQUENCE" } as Record<string, string>;
    // Views first, then tables (CASCADE takes their foreign keys and owned sequences), then leftover sequences.
    for (const kind of ["v", "m", "r", "p", "S"])
      for (const rel of rels.rows.filter((x) => x.kind === kind))
        await client.query(`DROP ${drop[kind]} IF EXISTS public.${ident(rel.name)} CASCADE`);
    const funcs = await client.query<{ sig: string }>(
      `SELECT o.oid::regprocedure::text AS sig FROM pg_proc o JOIN pg_namespace n ON n.oid = o.pronamespace
        WHERE n.nspname = 'public' AND ${notFromExtension} LIMIT 10000`,
    );
    for (const f of funcs.rows) await client.query(`DROP ROUTINE IF EXISTS ${f.sig} CASCADE`);
    const types = await client.query<{ name: string }>(
      `SELECT o.typname AS name FROM pg_type o JOIN pg_namespace n ON n.oid = o.typnamespace
        WHERE n.nspname = 'public' AND o.typtype IN ('e', 'd', 'c', 'r') AND o.typrelid = 0 AND ${notFromExtension}
        LIMIT 10000`,
    );
    for (const t of types.rows) await client.query(`DROP TYPE IF EXISTS public.${ident(t.name)} CASCADE`);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

async function* lines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
}

/**
 * Loads every table of the backup in one transaction; throws (and so rolls back) if any count differs.
 * `emptyFirst`: the tables may hold rows (a forced restore over a database at the backup's migration): they are
 * emptied in the same transaction, so a failed load leaves the old data in place.
 */
async function loadTables(client: pg.Client, folder: string, manifest: Manifest, emptyFirst: boolean): Promise<number> {
  const target = new Map((await portalTables(client)).map((t) => [t.name, t]));
  for (const t of manifest.tables) {
    const here = target.get(t.name);
    const same =
      here &&
      here.columns.length === t.columns.length &&
      here.columns.every((c, i) => c.name === t.columns[i]!.name && c.type === t.columns[i]!.type);
    if (!same) throw new Error(`table ${t.name} does not have the columns the backup was made with`);
  }
  const missing = [...target.keys()].filter((name) => !manifest.tables.some((t) => t.name === name));
  if (missing.length) throw new Error(`the backup has no data for ${missing.join(", ")}`);

  let total = 0;
  await client.query("BEGIN");
  try {
    for (const t of manifest.tables) await client.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
    if (emptyFirst) await client.query(`TRUNCATE ${manifest.tables.map((t) => ident(t.name)).join(", ")}`);
    // The catalog's order, not the manifest's: parents before children in the schema being loaded.
    for (const name of target.keys()) {
      const t = manifest.tables.find((x) => x.name === name)!;
      const insert =
        `INSERT INTO ${ident(t.name)} (${t.columns.map((c) => ident(c.name)).join(", ")}) ` +
        `SELECT ${t.columns.map((c, i) => `(r->>${i})::${c.type}`).join(", ")} FROM json_array_elements($1::json) AS r`;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(",")}]`]);
        batch = [];
        bytes = 0;
      };
      for await (const line of lines(path.join(folder, t.file))) {
        batch.push(line);
        bytes += line.length;
        if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
      }
      await flush();
      const count = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident(t.name)}`);
      const n = Number(count.rows[0]!.n);
      if (n !== t.rows) throw new Error(`table ${t.name}: ${n} rows restored, the backup has ${t.rows}`);
      total += n;
    }
    for (const s of manifest.sequences)
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [ident(s.name), s.lastValue, s.isCalled]);
    for (const t of manifest.tables) await client.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
    await client.query("ANALYZE");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
  return total;
}

function copyUploads(folder: string, manifest: Manifest, uploadRoot: string, replace: boolean) {
  if (replace && fs.existsSync(uploadRoot))
    for (const entry of fs.readdirSync(uploadRoot)) fs.rmSync(path.join(uploadRoot, entry), { recursive: true });
  for (const f of manifest.uploads.files) {
    const to = path.join(uploadRoot, f.key);
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    fs.copyFileSync(path.join(folder, "uploads", f.key), to);
    fs.chmodSync(to, 0o600);
  }
}

export async function restoreDatabase(input: RestoreInput): Promise<RestoreReport> {
  const started = Date.now();
  const folder = path.resolve(input.backup);
  const manifest = await checkBackup(folder);
  const { names, laterLocal } = migrationsToReplay(manifest.migrations, localMigrations());
  const backupName = path.basename(folder);

  const client = new pg.Client({ connectionString: input.ownerUrl });
  await client.connect();
  await fixTextForms(client);
  let rows: number;
  try {
    const holding = await tablesWithRows(client);
    if (holding.length && !input.force)
      throw new RestoreRefused(
        `the database already holds data (${holding.slice(0, 5).join(", ")}${holding.length > 5 ? ", …" : ""}); ` +
          "restore into an empty one, or replace it with --force",
      );
    if (folderHasFiles(input.uploadRoot) && !input.force)
      throw new RestoreRefused(`the upload folder ${input.uploadRoot} is not empty; replace it with --force`);
    // A database already at exactly the backup's migrations keeps its schema and is loaded in place (the usual
    // case: the same release restoring its own backup). Any other is emptied and migrated to the backup's schema,
    // a new server's empty database included.
    const applied = await appliedMigrations(client);
    const sameSchema =
      applied.length === manifest.migrations.length &&
      applied.every(
        (m, i) => m.name === manifest.migrations[i]!.name && m.checksum === manifest.migrations[i]!.checksum,
      );
    if (!sameSchema) {
      if (applied.length || (await portalTables(client)).length) await emptySchema(client);
      await migrateTo(input.ownerUrl, names);
    }
    rows = await loadTables(client, folder, manifest, sameSchema);
  } finally {
    await client.end();
  }
  if (laterLocal.length) await migrateAll(input.ownerUrl);
  // The job queue (schema pgboss) is not in the backup: its waiting jobs are cron ticks the worker sends again, and
  // what failed for good is in the tables that are (the outbox). A new server needs the queue installed.
  await installJobQueue(input.ownerUrl);

  const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: input.ownerUrl, max: 2 }) });
  let chain: ChainReport;
  try {
    chain = await verifyAuditChain(owner);
    if (!chain.ok || chain.head !== manifest.auditChain.head || chain.checked !== manifest.auditChain.chained)
      throw new Error(
        `the restored audit chain does not match the backup: ${chain.ok ? "intact" : `broken at ${chain.broken?.table} ${chain.broken?.id}`}, ` +
          `${chain.checked} rows (backup: ${manifest.auditChain.chained}), head ${chain.head} (backup: ${manifest.auditChain.head})`,
      );
    copyUploads(folder, manifest, input.uploadRoot, input.force);
    for (const f of manifest.uploads.files)
      if ((await sha256OfFile(path.join(input.uploadRoot, f.key))) !== f.sha256)
        throw new Error(`uploaded file ${f.key} did not restore intact`);
    await owner.$transaction((tx) =>
      recordAudit(
        {
          action: "backup.restored",
          payload: { backup: backupName, takenAt: manifest.takenAt, head: chain.head, operator: input.operator },
        },
        tx,
      ),
    );
  } finally {
    await owner.$disconnect();
  }
  const report: RestoreReport = {
    backup: backupName,
    takenAt: manifest.takenAt,
    rows,
    tables: manifest.tables.length,
    files: manifest.uploads.count,
    chain,
    laterMigrations: laterLocal,
    durationMs: Date.now() - started,
  };
  log.info({ backup: backupName, rows, files: report.files, durationMs: report.durationMs }, "backup restored");
  return report;
}
