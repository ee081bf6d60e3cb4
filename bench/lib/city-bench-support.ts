// Shared by the city-scale bench modules (tracking, submission, review queue): the portal's settings in this process
// before any lib/ module reads them, timing helpers, an autocannon run that keeps every response time, and running
// a module alone (`npx tsx --conditions=react-server bench/<name>.ts [--portal http://127.0.0.1:3941]`).
import pg from "pg";
import { percentile, type BenchContext, type BenchRow } from "./bench-types";

/** The use cases read DATABASE_URL, the data keys and the secret from process.env when first used. */
export function actAsPortal(ctx: BenchContext) {
  Object.assign(process.env, ctx.portalEnv, { DATABASE_URL: ctx.databaseUrl });
  // The use cases log through pino at info; a bench prints its own progress.
  process.env.LOG_LEVEL ??= "warn";
}

export const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;

export type Spread = { p50: number; p95: number; p99: number; n: number };
export const spreadOf = (values: number[]): Spread => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  n: values.length,
});
export const showSpread = (s: Spread) => `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)} (n=${s.n})`;

/**
 * Times `fn` `n` times one after another (after `warm` untimed calls), in milliseconds. With `budgetMs`, stops early
 * once that much time is spent and at least 10 calls are timed (a slow query must not make the bench run for ever).
 */
export async function timeEach(
  n: number,
  warm: number,
  fn: (i: number) => Promise<unknown>,
  budgetMs = Infinity,
): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn(i);
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(warm + i);
    out.push(performance.now() - t);
    if (out.length >= 10 && performance.now() - start > budgetMs) break;
  }
  return out;
}

/** A query as the owner (set-up and checks, never timed). */
export async function asOwner<T>(ctx: BenchContext, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ctx.ownerUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

type CannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
export type CannonResult = { latencies: number[]; statuses: Map<number, number>; errors: number; rps: number };

/**
 * autocannon (npm, the issue's tool) at `connections` for `seconds`, keeping each response's time so that p95 can
 * be computed (autocannon's summary has p90 and p97.5 only). `next` makes each request (a fresh client address…).
 */
export async function cannon(opts: {
  url: string;
  connections: number;
  seconds: number;
  request?: CannonRequest;
  next?: (i: number) => CannonRequest;
}): Promise<CannonResult> {
  // Untyped package, loaded by name (no type declarations in the project for it).
  const name = "autocannon";
  const autocannon = ((await import(name)) as { default: (o: object) => NodeJS.EventEmitter & PromiseLike<unknown> })
    .default;
  let i = 0;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.request ?? {}),
    ...(opts.next ? { requests: [{ setupRequest: (req: CannonRequest) => ({ ...req, ...opts.next!(i++) }) }] } : {}),
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
    latencies.push(time);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = (await instance) as { errors: number; timeouts: number; requests: { average: number } };
  return { latencies, statuses, errors: result.errors + result.timeouts, rps: result.requests.average };
}

/** Runs one module alone: the bench database (reused when filled), the portal given with --portal, rows printed. */
export async function runAlone(bench: (ctx: BenchContext) => Promise<BenchRow[]>) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const log = (m: string) => console.log(`[bench] ${m}`);
  const { startBenchDatabase } = await import("./bench-database");
  const db = await startBenchDatabase({ log });
  try {
    const rows = await bench({
      portalUrl: arg("--portal") ?? "",
      bareUrl: arg("--bare") ?? "",
      databaseUrl: db.databaseUrl,
      ownerUrl: db.ownerUrl,
      portalEnv: db.portalEnv,
      portalPid: Number(arg("--pid") ?? 0),
      distDir: arg("--dist") ?? ".next-test",
      log,
    });
    for (const r of rows)
      console.log(
        `${r.met === null ? "  " : r.met ? "✓ " : "✗ "}${r.what}: ${r.figure}${r.goal ? ` (goal ${r.goal})` : ""}${r.baseline ? `; baseline ${r.baseline}` : ""}${r.ratio ? `, ${r.ratio}` : ""}${r.note ? `\n    ${r.note}` : ""}`,
      );
  } finally {
    await db.stop();
  }
  // The use cases' database pool and the SMS delivery timers would keep the process alive.
  process.exit(0);
}
