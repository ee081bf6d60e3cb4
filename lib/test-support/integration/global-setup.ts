// Vitest globalSetup for the integration tests: one PostgreSQL server per run, one migrated template database on it.
// Every test file then copies the template into its own database (per-file-database.ts), so files run in parallel
// without seeing each other's rows, and no test needs to clean up after itself.
// - INTEGRATION_DATABASE_ADMIN_URL set: use that server (e.g. a CI service shared by several steps); nothing starts.
//   The URL must name a maintenance database (e.g. .../postgres) of a role that may CREATE DATABASE.
// - otherwise: an embedded PostgreSQL in .data/postgres-it (or the temp-folder fallback), port IT_PG_PORT (54339),
//   created fresh each run and stopped at the end.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { enableAppRoleLogin, startEmbeddedServer, type EmbeddedServer } from "@/lib/db/embedded-server";
import { hashPassword } from "@/lib/auth/password";
import { installJobQueue } from "@/lib/jobs/install-job-queue";
import { migrateAll } from "@/lib/backup/run-migrations";
import { TEST_PASSWORD } from "../test-password";
import { IT_APP_PASSWORD, planItServer, serverUrl, withDatabase } from "./it-database-plan";

declare module "vitest" {
  export interface ProvidedContext {
    /** A connection URL to the server's maintenance database, for CREATE / DROP DATABASE. */
    itAdminUrl: string;
    /** The migrated template database every test file copies. */
    itTemplate: string;
    /** How to copy it: FILE_COPY where the server has it (PostgreSQL 15+), about four times faster here. */
    itCopyStrategy: string;
    /** The argon2 hash of the factories' test password, made once per run instead of once per file. */
    itPasswordHash: string;
  }
}

const projectDir = path.resolve(__dirname, "../../..");

function log(msg: string) {
  console.log(`[integration] ${msg}`);
}

async function admin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const t0 = Date.now();
  const template = `it_template_${randomBytes(4).toString("hex")}`;
  const external = process.env.INTEGRATION_DATABASE_ADMIN_URL?.trim();
  let server: EmbeddedServer | undefined;
  let adminUrl: string;

  if (external) {
    adminUrl = external;
    log("INTEGRATION_DATABASE_ADMIN_URL is set: using that server, nothing embedded starts");
  } else {
    const plan = planItServer(projectDir, process.env, template);
    server = await startEmbeddedServer(plan, { fresh: true }); // also creates the template database
    adminUrl = serverUrl(plan.port, "postgres");
    // A throw-away cluster: durability buys nothing here, and skipping the disk flushes makes every commit and
    // every CREATE DATABASE ... TEMPLATE cheaper. (Never done to a server named by INTEGRATION_DATABASE_ADMIN_URL.)
    await admin(adminUrl, async (c) => {
      for (const setting of ["fsync = off", "synchronous_commit = off", "full_page_writes = off"])
        await c.query(`ALTER SYSTEM SET ${setting}`);
      await c.query("SELECT pg_reload_conf()");
    });
  }

  try {
    if (external) await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${template}"`));
    await migrateAll(withDatabase(adminUrl, template));
    await installJobQueue(withDatabase(adminUrl, template));
    // Tests run the portal's code as the portal's own role (portal_app), as production does; the migrations above ran
    // as the server's superuser, the owner. On a shared server (INTEGRATION_DATABASE_ADMIN_URL) this needs CREATEROLE.
    await enableAppRoleLogin(withDatabase(adminUrl, template), IT_APP_PASSWORD);
  } catch (e) {
    await server?.stop();
    throw e;
  }
  const version = await admin(adminUrl, (c) => c.query("SHOW server_version_num"));
  const copyStrategy =
    Number((version.rows[0] as { server_version_num: string }).server_version_num) >= 150000
      ? "STRATEGY FILE_COPY"
      : "";
  log(`template database ${template} ready in ${Date.now() - t0} ms`);

  project.provide("itAdminUrl", adminUrl);
  project.provide("itTemplate", template);
  project.provide("itCopyStrategy", copyStrategy);
  project.provide("itPasswordHash", await hashPassword(TEST_PASSWORD));

  return async () => {
    // Per-file databases are dropped by their files; the template goes last. WITH (FORCE) so that a leaked
    // connection cannot keep a shared CI server's database alive.
    await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`)).catch((e: unknown) =>
      log(`could not drop ${template}: ${String(e)}`),
    );
    const t1 = Date.now();
    await server?.stop();
    log(`stopped in ${Date.now() - t1} ms`);
  };
}
