// The database of the running test file: created from the migrated template before the file's modules use the
// Prisma client, dropped after its last test. Shared by the setup file and by tests that need the server itself
// (e.g. to make the database unreachable for the health check).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { asAppRole, withDatabase } from "./it-database-plan";

const prismaHolder = globalThis as unknown as { prisma?: PrismaClient };

// On globalThis, not in this module: the setup file and the test file may hold two instances of this module (the
// setup file resets the module registry before the test file's imports).
// `url` is the portal's own role (what DATABASE_URL holds), `ownerUrl` the owner of the tables (the migrations' role).
type TestDb = { name: string; url: string; ownerUrl: string };
const holder = globalThis as unknown as { __itDb?: TestDb };

/** Runs SQL on the server's maintenance database (CREATE / DROP / ALTER DATABASE, pg_terminate_backend). */
export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: inject("itAdminUrl") });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export function testDatabase(): TestDb {
  if (!holder.__itDb) throw new Error("no test database: is per-file-database.ts in the config's setupFiles?");
  return holder.__itDb;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * lib/db/client.ts keeps one client on globalThis; forget it so the next `db` use connects to DATABASE_URL anew.
 * Disconnecting waits for every pooled connection to come back, and one taken by an interactive transaction that
 * the disconnect cut short never does: so never wait for it longer than a moment.
 */
export async function forgetPrismaClient(): Promise<void> {
  const client = prismaHolder.prisma;
  delete prismaHolder.prisma;
  if (client) await Promise.race([client.$disconnect().catch(() => {}), sleep(2000)]);
}

/** Waits (briefly) until nothing runs on the file's database: e.g. an SMS delivery a use case started after commit. */
async function settle(name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const busy = await adminQuery(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state NOT IN ('idle') AND pid <> pg_backend_pid()`,
      [name],
    );
    if (busy.rows[0]?.n === 0) return;
    await sleep(25);
  }
}

export async function createTestDatabase(): Promise<void> {
  const name = `it_${randomBytes(6).toString("hex")}`;
  const template = inject("itTemplate");
  // Another file copying the same template at this moment is fine; a connection *to* the template is not
  // (55006 "being accessed by other users"), which only the CLI's migration had: retry a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}" ${inject("itCopyStrategy")}`);
      break;
    } catch (e) {
      if ((e as { code?: string }).code !== "55006" || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  const ownerUrl = withDatabase(inject("itAdminUrl"), name);
  holder.__itDb = { name, url: asAppRole(ownerUrl), ownerUrl };
  await forgetPrismaClient();
  process.env.DATABASE_URL = holder.__itDb.url;
}

export async function dropTestDatabase(): Promise<void> {
  const current = holder.__itDb;
  if (current) await settle(current.name);
  await forgetPrismaClient();
  if (!current) return;
  // FORCE: whatever still holds a connection (a delivery started after the last test) is cut off.
  await adminQuery(`DROP DATABASE IF EXISTS "${current.name}" WITH (FORCE)`);
  delete holder.__itDb;
}
