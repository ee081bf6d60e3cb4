// The crash-safety tests' own portal: an embedded PostgreSQL of its own (fresh data directory under .data/, its own
// port), migrated and seeded as the browser-test server's is (scripts/prepare-database.ts), and one or two
// `next start` processes of the test build (.next-test, `npm run build:test`) on it, with the same session secret
// and data keys, as two instances behind one load balancer would run. Unlike the main browser tests' server, these
// are the tests' to break: kill -9 a server (or let it kill itself at a fault point), restart it, stop and start
// PostgreSQL under a running server.
// Ports: RESILIENCE_PORT (3930; the second server one above) and RESILIENCE_PG_PORT (54360), so a run never meets
// the main browser-test server (3917, 54329) or the integration database (54339) in `npm test`.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { planDatabase, type DatabasePlan } from "../../../lib/db/database-plan";
import { isReachableByOthers } from "../../../lib/db/fs-reachability";
import { startEmbeddedServer, type EmbeddedServer } from "../../../lib/db/embedded-server";
import { FAULT_POINTS_FLAG } from "../../../lib/env";
import { prepareDatabase } from "../../../scripts/prepare-database";

export const root = path.resolve(__dirname, "../../..");
const workDir = path.join(root, ".data", "resilience");

export const RESILIENCE_PORT = Number(process.env.RESILIENCE_PORT ?? 3930);
const PG_PORT = Number(process.env.RESILIENCE_PG_PORT ?? 54360);

export type ServerName = "a" | "b";
const portOf = (name: ServerName) => RESILIENCE_PORT + (name === "a" ? 0 : 1);
export const urlOf = (name: ServerName) => `http://127.0.0.1:${portOf(name)}`;

type EmbeddedPlan = Extract<DatabasePlan, { kind: "embedded" }>;

function say(msg: string) {
  console.log(`[resilience] ${msg}`);
}

/** The cluster's database: the test profile's plan (and its rule for a project folder postgres cannot reach) with a
 * folder, port and database name of its own. */
function plan(): EmbeddedPlan {
  const base = planDatabase({
    env: { TEST_PG_PORT: String(PG_PORT) },
    projectDir: root,
    tmpDir: os.tmpdir(),
    profile: "test",
    isReachableByOthers,
  });
  if (base.kind !== "embedded") throw new Error("unreachable: no DATABASE_URL was given");
  const swap = (url: string) => url.replace(/\/portal_test$/, "/portal_resilience");
  return {
    ...base,
    dataDir: path.join(path.dirname(base.dataDir), "postgres-resilience"),
    database: "portal_resilience",
    url: swap(base.url),
    migrationUrl: swap(base.migrationUrl),
  };
}

/** A Next.js server left by a killed earlier run would hold the port: stop it if it is ours (as run-portal.ts does). */
function stopLeftover(pidFile: string) {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmd.includes("next") && fs.readlinkSync(`/proc/${pid}/cwd`) === root) process.kill(pid, "SIGKILL");
  } catch {
    // gone already
  }
  fs.rmSync(pidFile, { force: true });
}

export class Cluster {
  readonly plan = plan();
  private database: EmbeddedServer | null = null;
  private servers = new Map<ServerName, ChildProcess>();
  /** What every server gets, the same for all: one secret, one set of data keys, one upload folder. */
  readonly env: Record<string, string> = {
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_KEYS: `r1:${crypto.randomBytes(32).toString("base64")}`,
    DATA_HMAC_KEY: crypto.randomBytes(32).toString("base64"),
    UPLOAD_DIR: path.join(workDir, "uploads"),
    SMS_TRANSPORT: "fake-phone",
    VIRUS_SCAN: "off",
    // Each browser context presents its own client address (as the main browser tests do): one proxy hop.
    TRUST_PROXY_HOPS: "1",
  };

  /** Starts PostgreSQL fresh, migrates and seeds it (test accounts included). */
  async create() {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.mkdirSync(this.env.UPLOAD_DIR!, { recursive: true });
    // The seed and the direct-data helper (e2e/support/direct-data.ts, a child of this process) read these.
    Object.assign(process.env, this.env, { SEED_TEST_ACCOUNTS: "1", DATABASE_URL: this.plan.url });
    const t0 = Date.now();
    const prepared = await prepareDatabase({ profile: "test", fresh: true, plan: this.plan });
    this.database = { stop: prepared.stop };
    say(`database ready on ${this.plan.port} in ${Date.now() - t0} ms`);
  }

  async stopDatabase() {
    await this.database?.stop();
    this.database = null;
    say("PostgreSQL stopped");
  }

  async startDatabase() {
    if (this.database) return;
    this.database = await startEmbeddedServer(this.plan);
    say("PostgreSQL started");
  }

  get databaseRunning() {
    return this.database !== null;
  }

  /** Starts a server (or restarts it) and waits until it answers. `faultPoint`: where it kills itself. */
  async start(name: ServerName, opts: { faultPoint?: string } = {}) {
    await this.kill(name);
    const port = portOf(name);
    const pidFile = path.join(root, ".data", `next-resilience-${name}.pid`);
    stopLeftover(pidFile);
    fs.mkdirSync(workDir, { recursive: true });
    const logFile = fs.openSync(path.join(workDir, `server-${name}.log`), "a");
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
      {
        cwd: root,
        stdio: ["ignore", logFile, logFile],
        env: {
          ...process.env,
          ...this.env,
          NODE_ENV: "production",
          NEXT_DIST_DIR: ".next-test",
          NEXT_TELEMETRY_DISABLED: "1",
          DATABASE_URL: this.plan.url,
          // Both instances believe they are the same site, as behind one load balancer.
          NEXTAUTH_URL: `http://localhost:${RESILIENCE_PORT}`,
          PUBLIC_BASE_URL: `http://localhost:${RESILIENCE_PORT}`,
          PORT: String(port),
          NODE_OPTIONS: `--require "${path.join(root, "scripts/socket-address.cjs")}"`,
          ...(opts.faultPoint ? { PORTAL_FAULT_POINT: opts.faultPoint, PORTAL_FAULT_POINTS: FAULT_POINTS_FLAG } : {}),
        },
      },
    );
    fs.closeSync(logFile);
    fs.writeFileSync(pidFile, String(child.pid));
    this.servers.set(name, child);
    const t0 = Date.now();
    // Up as soon as it answers at all: with PostgreSQL stopped the health check answers 503, and that is an answer.
    while (Date.now() - t0 < 60_000) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`server ${name} exited while starting (see .data/resilience/server-${name}.log)`);
      const answered = await fetch(`${urlOf(name)}/api/health`, { signal: AbortSignal.timeout(3000) })
        .then(() => true)
        .catch(() => false);
      if (answered) {
        say(
          `server ${name} up on ${port} in ${Date.now() - t0} ms${opts.faultPoint ? ` (dies at ${opts.faultPoint})` : ""}`,
        );
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server ${name} did not answer within a minute`);
  }

  isRunning(name: ServerName) {
    const child = this.servers.get(name);
    return Boolean(child && child.exitCode === null && child.signalCode === null);
  }

  /** Resolves when the server has died (a fault point kills it), with the signal that killed it. */
  async died(name: ServerName, timeoutMs = 30_000): Promise<string | null> {
    const child = this.servers.get(name);
    if (!child) throw new Error(`no server ${name}`);
    if (child.exitCode !== null || child.signalCode !== null) return child.signalCode;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server ${name} is still running`)), timeoutMs);
      child.once("exit", (_code, signal) => {
        clearTimeout(timer);
        resolve(signal);
      });
    });
  }

  /** kill -9: no shutdown, no flush, open transactions cut off. */
  async kill(name: ServerName) {
    const child = this.servers.get(name);
    if (!child) return;
    this.servers.delete(name);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }

  /** A query as the owner of the tables (what the tests check after a crash). */
  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.plan.migrationUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async destroy() {
    for (const name of [...this.servers.keys()]) await this.kill(name);
    await this.stopDatabase().catch(() => {});
  }
}
