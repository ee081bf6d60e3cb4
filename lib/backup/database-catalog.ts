// What the backup reads from PostgreSQL's catalog about the portal's schema (public): the tables with their columns,
// the foreign keys between them, the sequences, and Prisma's migration history. Shared by backup and restore.
import type pg from "pg";
import { loadOrder } from "./backup-format";

export const MIGRATIONS_TABLE = "_prisma_migrations";

export type TableColumns = { name: string; columns: Array<{ name: string; type: string }> };

/**
 * Session settings that fix every type's text form, as pg_dump sets them: the dump writes values under these and
 * the restore reads them back under the same, whatever the server's or role's defaults are.
 */
export async function fixTextForms(client: pg.Client): Promise<void> {
  await client.query(
    "SET DateStyle = ISO; SET IntervalStyle = postgres; SET extra_float_digits = 3; SET bytea_output = hex; " +
      "SET TimeZone = 'UTC'",
  );
}

/** `"name"`, for identifiers read from the catalog (never from input). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The portal's tables (not Prisma's history), parents before children, with their stored columns in order. */
export async function portalTables(client: pg.Client | pg.PoolClient): Promise<TableColumns[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
      ORDER BY c.relname LIMIT 1000`,
    [MIGRATIONS_TABLE],
  );
  const refs = await client.query<{ from: string; to: string }>(
    `SELECT src.relname AS "from", dst.relname AS "to" FROM pg_constraint k
       JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' LIMIT 10000`,
  );
  // Generated columns are computed again on insert; dropped ones are gone.
  const cols = await client.query<{ table: string; name: string; type: string }>(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attgenerated = '' ORDER BY c.relname, a.attnum LIMIT 100000`,
  );
  const byTable = new Map<string, Array<{ name: string; type: string }>>();
  for (const c of cols.rows) byTable.set(c.table, [...(byTable.get(c.table) ?? []), { name: c.name, type: c.type }]);
  const order = loadOrder(
    tables.rows.map((t) => t.name),
    refs.rows,
  );
  return order.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}

/** The sequences of the schema (the ids of AuditLog, outbox messages, events…). */
export async function portalSequences(client: pg.Client | pg.PoolClient): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname LIMIT 1000`,
  );
  return r.rows.map((s) => s.name);
}

/** Prisma's record of the migrations applied to this database, oldest first (none on a database never migrated). */
export async function appliedMigrations(
  client: pg.Client | pg.PoolClient,
): Promise<Array<{ name: string; checksum: string }>> {
  const exists = await client.query(
    `SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname = $1`,
    [MIGRATIONS_TABLE],
  );
  if (exists.rowCount === 0) return [];
  const r = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM ${ident(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name LIMIT 10000`,
  );
  return r.rows;
}
