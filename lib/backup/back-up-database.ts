// Takes one consistent backup of the portal: every table of the database as of one snapshot, the uploaded files,
// and a manifest that lets the restore prove it got everything back (rows per table, the audit chain's head,
// every file's checksum). Why not pg_dump, and the folder's layout: backup-format.ts.
//
// Consistency: all tables are read in one REPEATABLE READ, READ ONLY transaction, so they agree with each other
// as of one instant while the portal keeps running. Files are copied after the snapshot: a file is written before
// the row that names it is committed, so every row in the snapshot finds its file, unless the clean-up removed it
// in between (it only removes files no row needs any more). A file newer than the snapshot is copied too and is
// simply an orphan after a restore, which the clean-up removes.
//
// Sealed fields (ID numbers, bank cards…) are copied sealed: the backup never holds DATA_KEYS or DATA_HMAC_KEY,
// which must be kept apart from it (README "Backup and restore"). The manifest names the key ids the rows need.
//
// Who acts: the operator at the command line (the owner role's credentials are the authority); the backup is
// itself audited, before the snapshot, so every backup carries the record of its own making.
import "server-only";
import fs from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { GENESIS_HASH } from "@/lib/audit/audit-chain";
import { log } from "@/lib/log/logger";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_FILE,
  backupFolderName,
  isSafeStorageKey,
  sha256OfFile,
  type Manifest,
  type TableEntry,
} from "./backup-format";
import { appliedMigrations, fixTextForms, ident, portalSequences, portalTables } from "./database-catalog";

export type BackupInput = {
  /** The owner role's connection (MIGRATION_DATABASE_URL, or the embedded superuser): reads every table. */
  ownerUrl: string;
  sourceKind: "embedded" | "external";
  /** Where the blob storage keeps uploaded files (UPLOAD_DIR or .data/uploads). */
  uploadRoot: string;
  /** The folder the backup folder is made in. */
  into: string;
  /** Who runs it: recorded in the audit row and the manifest. */
  operator: string;
};

export type BackupResult = { folder: string; manifest: Manifest };

const FETCH = 2000;
// A sealed value (lib/security/field-crypto.ts): v1:<key id>:<iv, 12 bytes>:<tag, 16 bytes>:<ciphertext>.
const SEALED = /v1:([A-Za-z0-9_-]{1,32}):[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:/g;

/** The server as "host:port/database", never with its password. */
export function describeServer(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

async function dumpTable(
  client: pg.Client,
  table: { name: string; columns: Array<{ name: string; type: string }> },
  file: string,
  keyIds: Set<string>,
): Promise<{ rows: number }> {
  const gzip = zlib.createGzip({ level: 6 });
  const done = pipeline(gzip, fs.createWriteStream(file, { mode: 0o600 }));
  const list = table.columns.length
    ? `to_json(ARRAY[${table.columns.map((c) => `${ident(c.name)}::text`).join(", ")}])::text`
    : `'[]'::text`;
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${list} AS r FROM ${ident(table.name)}`);
  let rows = 0;
  for (;;) {
    const batch = await client.query<{ r: string }>(`FETCH ${FETCH} FROM backup_rows`);
    let chunk = "";
    for (const { r } of batch.rows) {
      if (r.includes("v1:")) for (const m of r.matchAll(SEALED)) keyIds.add(m[1]!);
      chunk += `${r}\n`;
    }
    // One write per batch: the compressor works through it in the thread pool while the next batch is fetched.
    if (chunk && !gzip.write(chunk)) await once(gzip, "drain");
    rows += batch.rows.length;
    if (batch.rows.length < FETCH) break;
  }
  await client.query("CLOSE backup_rows");
  gzip.end();
  await done;
  return { rows };
}

/** Every regular file under `root`, as storage keys ("a/b/c"), sorted. */
function storedFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), key);
      else if (entry.isFile()) out.push(key);
    }
  };
  walk(root, "");
  return out.sort();
}

/** Copies one file and hashes the bytes as they pass, so the checksum is of exactly what was written. */
async function copyWithHash(from: string, to: string): Promise<{ size: number; sha256: string }> {
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  const hash = createHash("sha256");
  let size = 0;
  const source = fs.createReadStream(from);
  source.on("data", (chunk) => {
    hash.update(chunk);
    size += chunk.length;
  });
  await pipeline(source, fs.createWriteStream(to, { mode: 0o600 }));
  return { size, sha256: hash.digest("hex") };
}

export async function backUpDatabase(input: BackupInput): Promise<BackupResult> {
  const started = new Date();
  const name = backupFolderName(started);
  const folder = path.join(input.into, name);
  // Built under a temporary name and renamed at the end: a folder without ".partial" is always complete.
  const partial = `${folder}.partial`;
  if (fs.existsSync(folder)) throw new Error(`${folder} already exists`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.join(partial, "tables"), { recursive: true, mode: 0o700 });

  const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: input.ownerUrl, max: 1 }) });
  try {
    await owner.$transaction((tx) =>
      recordAudit({ action: "backup.taken", payload: { backup: name, operator: input.operator } }, tx),
    );
  } finally {
    await owner.$disconnect();
  }

  const client = new pg.Client({ connectionString: input.ownerUrl });
  await client.connect();
  await fixTextForms(client);
  let takenAt: Date;
  let serverVersion: string;
  const tables: TableEntry[] = [];
  const sequences: Manifest["sequences"] = [];
  const keyIds = new Set<string>();
  let migrations: Manifest["migrations"];
  let auditChain: Manifest["auditChain"];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    // The snapshot is taken by the first query: its time is the recovery point.
    const now = await client.query<{ at: Date; version: string }>(
      "SELECT clock_timestamp() AS at, current_setting('server_version') AS version",
    );
    takenAt = now.rows[0]!.at;
    serverVersion = now.rows[0]!.version;
    migrations = await appliedMigrations(client);
    for (const table of await portalTables(client)) {
      const file = `tables/${table.name}.jsonl.gz`;
      const { rows } = await dumpTable(client, table, path.join(partial, file), keyIds);
      const full = path.join(partial, file);
      tables.push({ ...table, rows, file, sha256: await sha256OfFile(full), bytes: fs.statSync(full).size });
    }
    // Sequences are not part of the snapshot (nextval is never rolled back); their value now is at least the one
    // the snapshot's rows used, which is all a restore needs.
    for (const seq of await portalSequences(client)) {
      const r = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${ident(seq)}`,
      );
      sequences.push({ name: seq, lastValue: r.rows[0]!.last_value, isCalled: r.rows[0]!.is_called });
    }
    const head = await client.query<{ hash: string | null; chained: string }>(
      `SELECT coalesce(
                (SELECT "hash" FROM "AuditLog" WHERE "hash" IS NOT NULL ORDER BY "id" DESC LIMIT 1),
                (SELECT "hash" FROM "AuditLogArchive" WHERE "hash" IS NOT NULL ORDER BY "id" DESC LIMIT 1)) AS hash,
              ((SELECT count(*) FROM "AuditLog" WHERE "hash" IS NOT NULL)
                + (SELECT count(*) FROM "AuditLogArchive" WHERE "hash" IS NOT NULL))::text AS chained`,
    );
    auditChain = { head: head.rows[0]!.hash ?? GENESIS_HASH, chained: Number(head.rows[0]!.chained) };
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    fs.rmSync(partial, { recursive: true, force: true });
    throw e;
  } finally {
    await client.end();
  }

  const files: Manifest["uploads"]["files"] = [];
  for (const key of storedFiles(input.uploadRoot)) {
    if (!isSafeStorageKey(key)) {
      log.warn({ key }, "backup: a file in the upload folder is not a storage key; left out");
      continue;
    }
    const copied = await copyWithHash(path.join(input.uploadRoot, key), path.join(partial, "uploads", key));
    files.push({ key, ...copied });
  }

  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    takenAt: takenAt.toISOString(),
    durationMs: Date.now() - started.getTime(),
    operator: input.operator,
    source: { kind: input.sourceKind, server: describeServer(input.ownerUrl), serverVersion },
    migrations,
    tables,
    sequences,
    auditChain,
    uploads: { count: files.length, bytes: files.reduce((n, f) => n + f.size, 0), files },
    dataKeyIds: [...keyIds].sort(),
  };
  fs.writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(partial, folder);
  log.info(
    { backup: folder, tables: tables.length, files: files.length, durationMs: manifest.durationMs },
    "backup taken",
  );
  return { folder, manifest };
}
