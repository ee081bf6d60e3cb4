// Backup and restore, end to end: the demo data (prisma/seed.ts, with its uploaded files and sealed fields) plus
// audit rows, backed up, restored into a fresh, empty database (no schema) on the run's own embedded PostgreSQL,
// then compared table by table (row counts and a digest of every row's content, so changed ids or values fail
// too), the audit chain walked on the restored copy, and every file compared byte for byte. Then the refusals: a
// database holding data without --force, and a damaged backup.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { adminQuery, testDatabase } from "@/lib/test-support/integration/test-database";
import { asAppRole, withDatabase } from "@/lib/test-support/integration/it-database-plan";
import { backUpDatabase } from "./back-up-database";
import { checkBackup, restoreDatabase, RestoreRefused } from "./restore-database";
import type { Manifest } from "./backup-format";

const projectDir = path.resolve(__dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-it-"));
const restoredName = `it_restored_${randomBytes(4).toString("hex")}`;
const restoredUrl = withDatabase(inject("itAdminUrl"), restoredName);
const restoredUploads = path.join(work, "restored-uploads");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Rows and a digest of every row's text form, per table (the audit log without the restore's own row). */
async function contents(url: string, tables: string[]): Promise<Record<string, { rows: number; digest: string }>> {
  const out: Record<string, { rows: number; digest: string }> = {};
  for (const t of tables) {
    const where = t === "AuditLog" ? `WHERE action <> 'backup.restored'` : "";
    const [r] = await query<{ rows: number; digest: string | null }>(
      url,
      `SELECT count(*)::int AS rows, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS digest FROM "${t}" x ${where}`,
    );
    out[t] = { rows: r!.rows, digest: r!.digest ?? "" };
  }
  return out;
}

function filesUnder(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(root, p)] = createHash("sha256").update(fs.readFileSync(p)).digest("hex");
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

let backupFolder: string;
let manifest: Manifest;

beforeAll(async () => {
  const seeded = spawnSync(
    process.execPath,
    [path.join(projectDir, "node_modules/tsx/dist/cli.mjs"), path.join(projectDir, "prisma/seed.ts")],
    { cwd: projectDir, env: { ...process.env, DATABASE_URL: testDatabase().ownerUrl }, encoding: "utf8" },
  );
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}${seeded.stdout}`);
  for (let i = 0; i < 3; i++) await recordAudit({ action: "auth.sign_out", payload: {} });
  await adminQuery(`CREATE DATABASE "${restoredName}"`);
}, 120_000);

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
  fs.rmSync(work, { recursive: true, force: true });
});

// Restoring runs the migrations and loads every table: seconds on a quiet machine, far more on a loaded one.
describe("backup and restore", { timeout: 120_000 }, () => {
  it("backs up every table, the audit chain's head and every uploaded file", async () => {
    ({ folder: backupFolder, manifest } = await backUpDatabase({
      ownerUrl: testDatabase().ownerUrl,
      sourceKind: "embedded",
      uploadRoot: process.env.UPLOAD_DIR!,
      into: path.join(work, "backups"),
      operator: "it-operator",
    }));
    expect(path.basename(backupFolder)).toMatch(/^portal-backup-\d{8}T\d{6}Z$/);
    const tables = manifest.tables.map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(["User", "Application", "Upload", "AuditLog", "Profile"]));
    expect(tables).not.toContain("_prisma_migrations");
    const live = await contents(testDatabase().ownerUrl, tables);
    for (const t of manifest.tables) expect(t.rows, t.name).toBe(live[t.name]!.rows);
    expect(manifest.tables.find((t) => t.name === "Application")!.rows).toBeGreaterThan(0);
    // The backup recorded itself before the snapshot: its row is the head.
    const [head] = await query<{ hash: string; action: string }>(
      testDatabase().ownerUrl,
      `SELECT hash, action FROM "AuditLog" ORDER BY id DESC LIMIT 1`,
    );
    expect(head).toEqual({ hash: manifest.auditChain.head, action: "backup.taken" });
    expect(manifest.auditChain.chained).toBe(4);
    expect(manifest.uploads.count).toBeGreaterThan(0);
    expect(Object.keys(filesUnder(process.env.UPLOAD_DIR!)).sort()).toEqual(manifest.uploads.files.map((f) => f.key));
    // Sealed fields stay sealed, and the manifest says which keys open them.
    expect(manifest.dataKeyIds).toEqual(["it1"]);
    const profiles = fs.readFileSync(path.join(backupFolder, "tables/Profile.jsonl.gz"));
    expect(profiles.length).toBeGreaterThan(0);
    expect(manifest.migrations.at(-1)!.name).toMatch(/^\d{14}_/);
  });

  it("restores into a fresh database: same rows in every table, intact audit chain, same files", async () => {
    const report = await restoreDatabase({
      backup: backupFolder,
      ownerUrl: restoredUrl,
      uploadRoot: restoredUploads,
      force: false,
      operator: "it-operator",
    });
    expect(report.rows).toBe(manifest.tables.reduce((n, t) => n + t.rows, 0));
    expect(report.laterMigrations).toEqual([]);

    const tables = manifest.tables.map((t) => t.name);
    const source = await contents(testDatabase().ownerUrl, tables);
    const restored = await contents(restoredUrl, tables);
    for (const t of tables) expect(restored[t], t).toEqual(source[t]);

    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: restoredUrl, max: 2 }) });
    try {
      const chain = await verifyAuditChain(client);
      expect(chain).toMatchObject({ ok: true, checked: manifest.auditChain.chained + 1 });
      const last = await client.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(last).toMatchObject({ action: "backup.restored", prevHash: manifest.auditChain.head });
      // The sequences continue after the restored ids: the portal's next row does not collide.
      const maxId = await client.auditLog.aggregate({ _max: { id: true } });
      expect(last.id).toBe(maxId._max.id);
      const ev = await query<{ next: string; max: string }>(
        restoredUrl,
        `SELECT nextval(pg_get_serial_sequence('"ApplicationEvent"', 'id'))::text AS next,
                (SELECT max(id) FROM "ApplicationEvent")::text AS max`,
      );
      expect(BigInt(ev[0]!.next)).toBeGreaterThan(BigInt(ev[0]!.max));
    } finally {
      await client.$disconnect();
    }

    expect(filesUnder(restoredUploads)).toEqual(filesUnder(process.env.UPLOAD_DIR!));
    // The portal's own role can work on the restored copy (the migrations' grants are there).
    const asApp = await query<{ n: number }>(asAppRole(restoredUrl), `SELECT count(*)::int AS n FROM "User"`);
    expect(asApp[0]!.n).toBe(source.User!.rows);
  });

  it("refuses to restore over data without --force, and replaces it with --force", async () => {
    const before = await contents(restoredUrl, ["User", "AuditLog"]);
    await expect(
      restoreDatabase({
        backup: backupFolder,
        ownerUrl: restoredUrl,
        uploadRoot: path.join(work, "empty"),
        force: false,
        operator: "x",
      }),
    ).rejects.toThrow(RestoreRefused);
    expect(await contents(restoredUrl, ["User", "AuditLog"])).toEqual(before);

    // A change after the backup, then the forced restore takes the database back to the backup.
    await query(restoredUrl, `UPDATE "User" SET "nameZh" = 'changed after the backup'`);
    const report = await restoreDatabase({
      backup: backupFolder,
      ownerUrl: restoredUrl,
      uploadRoot: restoredUploads,
      force: true,
      operator: "it-operator",
    });
    expect(report.chain).toMatchObject({ ok: true, checked: manifest.auditChain.chained });
    const source = await contents(testDatabase().ownerUrl, ["User"]);
    expect((await contents(restoredUrl, ["User"])).User).toEqual(source.User);
  });

  it("takes a consistent snapshot while the portal keeps writing", async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await recordAudit({ action: "auth.sign_out", payload: {} });
        written++;
      }
    })();
    const during = await backUpDatabase({
      ownerUrl: testDatabase().ownerUrl,
      sourceKind: "embedded",
      uploadRoot: process.env.UPLOAD_DIR!,
      into: path.join(work, "backups-during-writes"),
      operator: "it-operator",
    }).finally(() => (writing = false));
    await writer;
    const auditRows = during.manifest.tables.find((t) => t.name === "AuditLog")!.rows;
    const [now] = await query<{ n: number }>(testDatabase().ownerUrl, `SELECT count(*)::int AS n FROM "AuditLog"`);
    // Rows were written before and after the snapshot: the backup holds the ones before, and its head is their last.
    expect(written).toBeGreaterThan(0);
    expect(now!.n).toBeGreaterThan(auditRows);
    const report = await restoreDatabase({
      backup: during.folder,
      ownerUrl: restoredUrl,
      uploadRoot: restoredUploads,
      force: true,
      operator: "it-operator",
    });
    expect(report.chain).toMatchObject({ ok: true, checked: during.manifest.auditChain.chained });
    expect(report.chain.head).toBe(during.manifest.auditChain.head);
  });

  it("refuses a damaged backup before touching anything", async () => {
    const copy = path.join(work, "damaged");
    fs.cpSync(backupFolder, copy, { recursive: true });
    const file = path.join(copy, manifest.tables.find((t) => t.name === "User")!.file);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0xff, bytes.length - 10);
    fs.writeFileSync(file, bytes);
    await expect(checkBackup(copy)).rejects.toThrow(/does not match its checksum/);

    const upload = manifest.uploads.files[0]!;
    fs.cpSync(backupFolder, path.join(work, "damaged2"), { recursive: true });
    fs.appendFileSync(path.join(work, "damaged2", "uploads", upload.key), "x");
    await expect(checkBackup(path.join(work, "damaged2"))).rejects.toThrow(/missing or changed/);
  });
});
