// autocannon (npm, the tool) with a typed face, and the server's memory read from /proc. Shared by the
// throughput, load and scale-out benchmarks.
import fs from "node:fs";
import { percentile, type BenchContext, type BenchRow } from "./bench-types";

/** One request of a connection's cycle; `setupRequest` may change it per connection (autocannon's own hook). */
export type CannonRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  /** Called with each answer to this request, just before its time is recorded (autocannon's own hook). */
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
};

export type CannonResult = {
  /** Requests answered per second (all statuses). */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  total: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** How many answers had each status. */
  statuses: Record<number, number>;
  /** Answer times by the label `label()` gave when each answer came in (the load mix's page kinds). */
  byPath: Map<string, number[]>;
};

type AutocannonInstance = NodeJS.EventEmitter & PromiseLike<AutocannonSummary> & { stop: () => void };
type AutocannonSummary = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  duration: number;
};

/**
 * Runs autocannon against `url` for `seconds` (or `amount` requests) on `connections` connections, keeping every
 * answer's time (autocannon's summary has no p95) and status. `requests` is the cycle each connection goes through.
 */
export async function cannon(opts: {
  url: string;
  connections: number;
  seconds?: number;
  amount?: number;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
  /** Seconds before a request counts as a timeout (autocannon's default is 10). */
  timeout?: number;
  /** Names the answer just received (set by a request's onResponse, which autocannon calls right before). */
  label?: () => string | undefined;
}): Promise<CannonResult> {
  // Untyped package, loaded by name (the project has no type declarations for it).
  const name = "autocannon";
  const autocannon = ((await import(name)) as { default: (o: object) => AutocannonInstance }).default;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const byPath = new Map<string, number[]>();
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 10 }),
    headers: opts.headers,
    requests: opts.requests,
    timeout: opts.timeout ?? 10,
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
    latencies.push(time);
    statuses[status] = (statuses[status] ?? 0) + 1;
    const key = opts.label?.();
    if (key) {
      const list = byPath.get(key) ?? [];
      list.push(time);
      byPath.set(key, list);
    }
  });
  const summary = await instance;
  return {
    rps: opts.amount ? summary.requests.total / Math.max(0.001, summary.duration) : summary.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    total: summary.requests.total,
    errors: summary.errors,
    timeouts: summary.timeouts,
    statuses,
    byPath,
  };
}

/** Answers that were not 2xx (the expected redirects excepted, by status). */
export function non2xx(r: CannonResult, allowed: number[] = []): number {
  return Object.entries(r.statuses)
    .filter(([s]) => !(Number(s) >= 200 && Number(s) < 300) && !allowed.includes(Number(s)))
    .reduce((n, [, c]) => n + c, 0);
}

/** Resident memory of a process in MB (VmRSS in /proc/<pid>/status), or null where it cannot be read. */
export function rssMb(pid: number | undefined | null): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms (/proc/<pid>/stat; clock ticks are 10 ms on Linux). */
export function cpuMs(pid: number | undefined | null): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The process listening on a local TCP port (Linux /proc; only processes this user may inspect), or null. */
export function pidListeningOn(port: number): number | null {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      if (!local || cols[3] !== "0A") continue; // 0A: LISTEN
      if (parseInt(local.split(":").pop() ?? "", 16) === port && cols[9]) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(entry);
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}

/** The server's pid: given by the runner (ctx.portalPid / BENCH_PORTAL_PID), else whoever listens on the URL's port. */
export function serverPid(url: string, given?: number | null): number | null {
  if (given) return given;
  const port = Number(new URL(url).port || 80);
  return pidListeningOn(port);
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : "n/a");
export const perSecond = (v: number) => `${Math.round(v)} req/s`;

/** `--name value` from argv, for running a module alone. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Runs a module alone against a portal already running with its settings in the environment (as `next start` has
 * them: DATABASE_URL, secrets, data keys), `--portal` naming it; prints the rows as a table.
 */
export function runAgainstRunningPortal(bench: (ctx: BenchContext) => Promise<BenchRow[]>) {
  bench({
    portalUrl: arg("--portal") ?? "http://127.0.0.1:3953",
    bareUrl: "",
    databaseUrl: process.env.DATABASE_URL ?? "",
    ownerUrl: "",
    portalEnv: process.env,
    portalPid: Number(process.env.BENCH_PORTAL_PID ?? 0),
    distDir: process.env.NEXT_DIST_DIR ?? ".next-test",
    log: (m) => console.log(m),
  })
    .then((rows) => console.table(rows.map((r) => ({ what: r.what, figure: r.figure, met: r.met, note: r.note }))))
    .then(() => process.exit(0))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
