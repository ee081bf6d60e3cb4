// Scale out in one run (issue 23): a second `next start` of the same build on the same database, both behind a
// small round-robin balancer (bench/lib/round-robin.ts), and checks that two instances behave as one portal because
// everything that matters lives in PostgreSQL: sessions (rows + a JWT both sign with one secret), drafts (one per
// resident and item), sign-in locks (RateBucket counters). Then the catalogue's throughput through the balancer
// beside one instance alone, in the same run (on 2 shared cores two instances compete for the same CPU: the
// figure shows the balancer's cost and that nothing breaks, not a doubling).
//
//   npx tsx --conditions=react-server bench/scale-out.ts --portal http://127.0.0.1:3953 [--second-port 3954]
//     [--lb-port 3955] [--second http://127.0.0.1:3954 (an instance already running)] [--seconds 10]
//     (alone it reads the portal's settings from the environment, as `next start` has them)
//
// Instance A is the runner's (ctx.portalUrl). Instance B is started here from the same build folder
// (NEXT_DIST_DIR in ctx.portalEnv, default .next-test) with ctx.portalEnv and ctx.databaseUrl, and stopped at the end.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import type { BenchContext, BenchRow } from "./lib/bench-types";
import { arg, cannon, runAgainstRunningPortal, ms, non2xx, perSecond } from "./lib/http-load";
import { startRoundRobin } from "./lib/round-robin";
import { actAsPortal, STEP_SERVICE } from "./lib/residents";

const root = path.resolve(__dirname, "..");

async function waitUntilUp(url: string, child: ChildProcess | null, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`the second instance exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function startSecond(ctx: BenchContext, port: number): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...ctx.portalEnv,
    NODE_ENV: "production",
    NEXT_DIST_DIR: ctx.portalEnv.NEXT_DIST_DIR ?? ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: ctx.databaseUrl,
    PORT: String(port),
    // The socket's peer address for the per-client limits (lib/http/client-ip.ts), as the portal's start scripts do.
    NODE_OPTIONS: `--require "${path.join(root, "scripts/socket-address.cjs")}"`,
  };
  return spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** A client address of its own for this run (the portal trusts one proxy hop in the bench and browser tests). */
const someAddress = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${1 + crypto.randomInt(250)}`;

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in the way a browser's form to next-auth does: CSRF token (and its cookie), then the provider's callback. */
async function signIn(base: string, login: string, password: string, address: string): Promise<string | null> {
  const headers = { "x-forwarded-for": address };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/resident`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, login, password, otp: "", json: "true" }).toString(),
  });
  await res.arrayBuffer();
  return cookiesOf(res).find((c) => /session-token=./.test(c)) ?? null;
}

async function statusOf(url: string, cookie: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get("location") };
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const seconds = Number(arg("--seconds") ?? process.env.BENCH_SCALE_OUT_SECONDS ?? 10);
  const secondPort = Number(arg("--second-port") ?? process.env.BENCH_SECOND_PORT ?? 3954);
  const lbPort = Number(arg("--lb-port") ?? process.env.BENCH_LB_PORT ?? 3955);
  const a = ctx.portalUrl;
  let child: ChildProcess | null = null;
  let b = arg("--second") ?? process.env.BENCH_SECOND_URL;
  if (!b) {
    ctx.log(`scale-out: starting a second instance of the same build on port ${secondPort}`);
    child = startSecond(ctx, secondPort);
    b = `http://127.0.0.1:${secondPort}`;
  }
  const rows: BenchRow[] = [];
  const lb = await startRoundRobin([a, b], lbPort);
  try {
    await waitUntilUp(b, child);
    actAsPortal(ctx);
    const { createBenchResidents, countDrafts, BENCH_PASSWORD } = await import("../lib/test-support/bench-residents");
    const [signer, locked, control] = await createBenchResidents(3);

    // 1. A session made on A works on B (and through the balancer).
    const cookie = await signIn(a, signer!.mobile, BENCH_PASSWORD, someAddress());
    const onB = cookie ? await statusOf(`${b}/zh/account`, `${cookie}; locale=zh`) : null;
    const anonymousOnB = await statusOf(`${b}/zh/account`, "locale=zh");
    const sessionOk = Boolean(cookie) && onB?.status === 200 && anonymousOnB.status !== 200;
    rows.push({
      what: "scale-out: signed in through instance A, the session works on B",
      goal: "same as one instance",
      figure: sessionOk ? "yes" : `no (cookie ${cookie ? "set" : "missing"}, B answered ${onB?.status ?? "-"})`,
      met: sessionOk,
      note: `real HTTP: next-auth's CSRF token and credentials callback on A (argon2, session row), then GET /zh/account on B: ${onB?.status ?? "-"} (signed out: ${anonymousOnB.status} → sign-in)`,
    });

    // 2. Starting the same application through both instances at once opens one draft.
    const startUrl = (base: string) => `${base}/zh/services/${STEP_SERVICE}/apply`;
    const starts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => statusOf(startUrl(i % 2 ? b! : a), `${cookie}; locale=zh`)),
    );
    const steps = new Set(starts.map((s) => s.location));
    const drafts = await countDrafts(signer!.id, STEP_SERVICE);
    const draftOk = drafts === 1 && steps.size === 1 && starts.every((s) => s.status >= 300 && s.status < 400);
    rows.push({
      what: "scale-out: one application started 10 times at once through A and B, drafts",
      goal: "exactly 1",
      figure: `${drafts} draft${drafts === 1 ? "" : "s"}, ${steps.size} step address${steps.size === 1 ? "" : "es"}`,
      met: draftOk,
      note: `real HTTP: GET of the item's start page (beginApplication opens the draft, redirects to its step), 5 on each instance in parallel; counted in PostgreSQL. Submitting is a server action (no stable HTTP form to post from a script): the submit's compare-and-set is measured in-process by bench/submission.ts`,
    });

    // 3. Five wrong passwords from one address, split between the instances, lock that account for that address.
    const address = someAddress();
    for (let i = 0; i < 5; i++) await signIn(i % 2 ? b : a, locked!.mobile, "wrong-password", address);
    const afterLock = await signIn(a, locked!.mobile, BENCH_PASSWORD, address);
    const controlIn = await signIn(b, control!.mobile, BENCH_PASSWORD, address);
    const lockOk = afterLock === null && controlIn !== null;
    rows.push({
      what: "scale-out: 5 wrong passwords split across A and B lock the sign-in (account × address)",
      goal: "locked on both",
      figure: lockOk ? "locked: the right password is refused on A after 3 tries on A and 2 on B" : "not locked",
      met: lockOk,
      note: `real HTTP sign-ins; the counter is a RateBucket row (lib/auth/lockout-rule.ts). Control: another account signs in from the same address on B: ${controlIn ? "yes" : "no"}`,
    });

    // 4. Pages answer the same on both instances and through the balancer.
    const same: string[] = [];
    for (const p of ["/zh/services", "/ug/services", "/zh/track", `/zh/services/${STEP_SERVICE}`]) {
      const answers = await Promise.all([a, b, lb.url].map((base) => statusOf(`${base}${p}`, "locale=zh")));
      if (answers.some((r) => r.status !== 200)) same.push(`${p}: ${answers.map((r) => r.status).join("/")}`);
    }
    rows.push({
      what: "scale-out: public pages (catalogue zh/ug, tracking, a guide) on A, B and the balancer",
      goal: "200 on all",
      figure: same.length ? same.join("; ") : "200 on all",
      met: same.length === 0,
      note: "tracking's lookup itself is a server action (in-process: bench/tracking.ts)",
    });

    // 5. Throughput: one instance alone, then the balancer over both (same run, same 2 cores).
    const headers = { cookie: "locale=zh" };
    await cannon({ url: `${lb.url}/zh/services`, connections: 10, seconds: 2, headers });
    const alone = await cannon({ url: `${a}/zh/services`, connections: 50, seconds, headers });
    const before = [...lb.served];
    const both = await cannon({ url: `${lb.url}/zh/services`, connections: 50, seconds, headers });
    const split = lb.served.map((n, i) => n - before[i]!);
    const errors = non2xx(both) + both.errors;
    rows.push({
      what: `scale-out: catalogue through the balancer over 2 instances, -c 50 -d ${seconds}`,
      goal: "0 errors",
      figure: `${perSecond(both.rps)}, p50 ${ms(both.p50)}, p99 ${ms(both.p99)}, ${errors} errors`,
      baseline: `${perSecond(alone.rps)}, p99 ${ms(alone.p99)} (instance A alone)`,
      ratio: `${(both.rps / Math.max(alone.rps, 1)).toFixed(2)}×`,
      met: errors === 0,
      note: `requests per instance ${split.join(" / ")}; both instances share this machine's 2 cores, so the ratio shows the balancer's cost, not capacity (see bench/CAPACITY.md)`,
    });
  } finally {
    await lb.close();
    if (child) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        child!.once("exit", r);
        setTimeout(r, 8000).unref();
      });
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith("scale-out.ts")) runAgainstRunningPortal(bench);
