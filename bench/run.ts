// `npm run bench`: every figure of bench/RESULTS.md, reproduced on this machine in one run (about 20 minutes).
//
// 1. Builds the portal (production, into .next-bench) and the bare Next.js app of the same version (bench/bare-next).
// 2. Starts the benchmark database (embedded PostgreSQL, filled once with a city: 300,000 residents and 1,000,000
//    applications; a second run reuses it) and the portal's `next start` on it, and the bare app beside it.
// 3. Runs the modules one after another (never two at once: they share the cores) and writes bench/RESULTS.md.
//
//   npm run bench                      everything
//   npm run bench -- tracking load     only these modules (written to bench/RESULTS.partial.md)
//   npm run bench -- --no-build        reuse .next-bench and bench/bare-next's build from an earlier run
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import type { BenchContext, BenchModule, BenchRow } from "./lib/bench-types";
import { startBenchDatabase } from "./lib/bench-database";
import { startBareNext } from "./lib/bare-next";
import { writeResults } from "./lib/write-results";

const root = path.resolve(__dirname, "..");
const PORTAL_PORT = Number(process.env.BENCH_PORTAL_PORT ?? 3970);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? 3971);
const DIST_DIR = ".next-bench";

/** The modules in the order they run: light page measures first, the long load and scale-out runs last. */
const MODULES: { name: string; load: () => Promise<BenchModule> }[] = [
  { name: "page-weight", load: () => import("./page-weight") },
  { name: "fonts", load: () => import("./fonts") },
  { name: "throughput", load: () => import("./throughput") },
  { name: "tracking", load: () => import("./tracking") },
  { name: "submission", load: () => import("./submission") },
  { name: "review-queue", load: () => import("./review-queue") },
  { name: "lighthouse", load: () => import("./lighthouse") },
  { name: "load", load: () => import("./load") },
  { name: "scale-out", load: () => import("./scale-out") },
];

const started = Date.now();
function log(message: string) {
  const s = Math.round((Date.now() - started) / 1000);
  process.stdout.write(
    `[bench ${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}] ${message}\n`,
  );
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.status})`);
}

async function waitFor(url: string, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The portal's production build on the bench database, as `npm start` runs it. */
function startPortal(env: NodeJS.ProcessEnv, port: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      "--require",
      path.join(root, "scripts/socket-address.cjs"),
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...env, NEXT_DIST_DIR: DIST_DIR, PORT: String(port), LOG_LEVEL: "warn" },
    },
  );
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith("--"));
  const chosen = only.length ? MODULES.filter((m) => only.includes(m.name)) : MODULES;
  if (only.some((n) => !MODULES.find((m) => m.name === n)))
    throw new Error(`unknown module; choose from: ${MODULES.map((m) => m.name).join(", ")}`);

  if (!args.includes("--no-build")) {
    log("building the portal (production, .next-bench)");
    run("npm", ["run", "catalogue", "--silent"]);
    run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_SKIP_TYPECHECK: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    });
  }

  log("starting the benchmark database (the first run fills it with a city; later runs reuse it)");
  const db = await startBenchDatabase({ log });
  const children: ChildProcess[] = [];
  const bare = await startBareNext({ port: BARE_PORT, build: !args.includes("--no-build"), log });
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    for (const c of children) c.kill("SIGTERM");
    await bare.stop().catch(() => {});
    await db.stop().catch(() => {});
  };
  process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));

  try {
    const portalUrl = `http://127.0.0.1:${PORTAL_PORT}`;
    const portalEnv: NodeJS.ProcessEnv = {
      ...db.portalEnv,
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: db.databaseUrl,
      NEXTAUTH_URL: `http://localhost:${PORTAL_PORT}`,
      PUBLIC_BASE_URL: `http://localhost:${PORTAL_PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      VIRUS_SCAN: "off",
      SMS_TRANSPORT: "fake-phone",
      // The load comes from one machine standing for many residents: each simulated resident presents its own client
      // address in X-Forwarded-For, as the browser tests do, and the portal trusts one proxy hop (a real deployment
      // behind the city's proxy trusts it the same way). The per-client limits stay on.
      TRUST_PROXY_HOPS: "1",
    };
    log(`starting the portal on ${portalUrl}`);
    const portal = startPortal(portalEnv, PORTAL_PORT);
    children.push(portal);
    await waitFor(`${portalUrl}/api/health`);

    const ctx: BenchContext = {
      portalUrl,
      bareUrl: bare.url,
      databaseUrl: db.databaseUrl,
      ownerUrl: db.ownerUrl,
      portalEnv,
      portalPid: portal.pid!,
      distDir: DIST_DIR,
      log,
    };
    const g = db.generation;
    const results: { module: string; rows: BenchRow[]; seconds: number }[] = [
      {
        module: "city-scale data",
        seconds: g.reused ? 0 : Math.round(g.seconds),
        rows: [
          {
            what: `${g.residents.toLocaleString("en")} residents and ${g.applications.toLocaleString("en")} applications (with their parts, timeline events and materials' metadata)`,
            goal: "in minutes",
            figure: g.reused
              ? `reused from an earlier run (generated in ${Math.round(g.seconds)} s)`
              : `generated in ${Math.round(g.seconds)} s`,
            met: g.seconds < 15 * 60,
          },
        ],
      },
    ];
    for (const m of chosen) {
      const t0 = Date.now();
      log(`── ${m.name}`);
      let rows: BenchRow[];
      try {
        rows = await (await m.load()).bench(ctx);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        log(`${m.name} failed: ${message}`);
        rows = [{ what: `${m.name}: the module failed`, goal: "", figure: message.slice(0, 200), met: false }];
      }
      const seconds = Math.round((Date.now() - t0) / 1000);
      for (const r of rows)
        log(`   ${r.what}: ${r.figure}${r.ratio ? ` (${r.ratio})` : ""}${r.met === false ? "  ✗ goal " + r.goal : ""}`);
      results.push({ module: m.name, rows, seconds });
    }
    const file = writeResults({
      // A partial run (some modules only) never replaces the full results.
      file: path.join(root, only.length ? "bench/RESULTS.partial.md" : "bench/RESULTS.md"),
      results,
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? "unknown",
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        commit:
          spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).stdout?.toString().trim() || "unknown",
        date: new Date().toISOString(),
        totalSeconds: Math.round((Date.now() - started) / 1000),
        partial: only.length > 0,
      },
    });
    log(`written ${path.relative(root, file)}`);
  } finally {
    await stopAll();
  }
}

main().catch((e) => {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  process.exit(1);
});
