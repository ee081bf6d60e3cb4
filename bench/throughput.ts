// Throughput: public pages rendered per request at 50 connections (autocannon -c 50 -d 15), side by side with the
// bare Next.js app's per-request page (/dynamic) in the same run, then one request at a time, then the servers'
// memory (VmRSS). Goal (issue 23): each page ≥ 50% of the bare dynamic page's req/s.
//
//   npx tsx --conditions=react-server bench/throughput.ts --portal http://127.0.0.1:3953 --bare http://127.0.0.1:3959
//     [--seconds 15] [--connections 50]
//
// The bare page is measured before and after the portal's pages and its mean is the baseline: the machine is shared,
// and a drift during the run shows up as two different bare figures. Each target gets a short warm-up first (the
// first requests of a fresh `next start` load and compile its chunks). Requests carry the locale cookie a returning
// browser sends (else the proxy would set it on every answer). RSS: the runner's pids (ctx.portalPid / barePid, or
// BENCH_PORTAL_PID / BENCH_BARE_PID), else whichever process listens on the URL's port.
import type { BenchContext, BenchRow } from "./lib/bench-types";
import { arg, cannon, cpuMs, ms, non2xx, perSecond, rssMb, serverPid, type CannonResult } from "./lib/http-load";

export type ThroughputOptions = { seconds: number; connections: number; sequential: number; warmup: number };

export function throughputOptions(): ThroughputOptions {
  return {
    seconds: Number(arg("--seconds") ?? process.env.BENCH_THROUGHPUT_SECONDS ?? 15),
    connections: Number(arg("--connections") ?? process.env.BENCH_THROUGHPUT_CONNECTIONS ?? 50),
    sequential: Number(process.env.BENCH_THROUGHPUT_SEQUENTIAL ?? 200),
    warmup: Number(process.env.BENCH_THROUGHPUT_WARMUP ?? 2),
  };
}

/** A service guide that exists in every catalogue (the items are code, not data). */
export const GUIDE_SLUG = "elderly-allowance";

type Target = { label: string; url: string; locale?: "zh" | "ug" };

function portalTargets(portal: string): Target[] {
  return [
    { label: "catalogue /zh/services", url: `${portal}/zh/services`, locale: "zh" },
    { label: "catalogue /ug/services", url: `${portal}/ug/services`, locale: "ug" },
    { label: `guide /zh/services/${GUIDE_SLUG}`, url: `${portal}/zh/services/${GUIDE_SLUG}`, locale: "zh" },
    { label: "tracking /zh/track", url: `${portal}/zh/track`, locale: "zh" },
  ];
}

const headersOf = (t: Target): Record<string, string> =>
  t.locale
    ? { cookie: `locale=${t.locale}`, "accept-language": t.locale === "zh" ? "zh-CN,zh;q=0.9" : "ug-CN,ug" }
    : {};

/** One -c N run; `cpu` is the server's CPU ms per answered request during it (null without its pid). */
type Measured = CannonResult & { cpu: number | null };

async function measure(
  t: Target,
  o: ThroughputOptions,
  pid: number | null,
  log: (m: string) => void,
): Promise<Measured> {
  await cannon({ url: t.url, connections: Math.min(10, o.connections), seconds: o.warmup, headers: headersOf(t) });
  log(`throughput: ${t.label}, -c ${o.connections} -d ${o.seconds}`);
  const before = cpuMs(pid);
  const r = await cannon({ url: t.url, connections: o.connections, seconds: o.seconds, headers: headersOf(t) });
  const after = cpuMs(pid);
  const cpu = before !== null && after !== null && r.total > 0 ? (after - before) / r.total : null;
  log(
    `  ${perSecond(r.rps)}, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, non-2xx ${non2xx(r)}, errors ${r.errors}` +
      (cpu === null ? "" : `, ${cpu.toFixed(1)} ms CPU per request`),
  );
  return { ...r, cpu };
}

async function oneAtATime(t: Target, o: ThroughputOptions): Promise<CannonResult> {
  return cannon({ url: t.url, connections: 1, amount: o.sequential, headers: headersOf(t) });
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const o = throughputOptions();
  const pids = ctx as BenchContext & { portalPid?: number; barePid?: number };
  const bare: Target = { label: "bare Next.js /dynamic", url: `${ctx.bareUrl}/dynamic` };
  const targets = portalTargets(ctx.portalUrl);
  for (const t of [bare, ...targets]) {
    const res = await fetch(t.url, { headers: headersOf(t) });
    if (res.status !== 200) throw new Error(`throughput: ${t.url} answered ${res.status}, not 200`);
    await res.arrayBuffer();
  }

  const portalPid = serverPid(ctx.portalUrl, pids.portalPid ?? (Number(process.env.BENCH_PORTAL_PID) || null));
  const barePid = serverPid(ctx.bareUrl, pids.barePid ?? (Number(process.env.BENCH_BARE_PID) || null));
  const bareBefore = await measure(bare, o, barePid, ctx.log);
  const results: Measured[] = [];
  for (const t of targets) results.push(await measure(t, o, portalPid, ctx.log));
  const bareAfter = await measure(bare, o, barePid, ctx.log);
  const bareCpu = bareBefore.cpu !== null && bareAfter.cpu !== null ? (bareBefore.cpu + bareAfter.cpu) / 2 : null;
  const bareRps = (bareBefore.rps + bareAfter.rps) / 2;
  const bareP99 = Math.max(bareBefore.p99, bareAfter.p99);

  ctx.log(`throughput: one request at a time (${o.sequential} each)`);
  const seqBare = await oneAtATime(bare, o);
  const seqCatalogue = await oneAtATime(targets[0]!, o);

  const portalRss = rssMb(portalPid);
  const bareRss = rssMb(barePid);

  const rows: BenchRow[] = [
    {
      what: `throughput, bare Next.js /dynamic, -c ${o.connections} -d ${o.seconds}`,
      goal: "",
      figure: `${perSecond(bareRps)}, p50 ${ms((bareBefore.p50 + bareAfter.p50) / 2)}, p99 ${ms(bareP99)}`,
      met: null,
      note: `measured before (${perSecond(bareBefore.rps)}) and after (${perSecond(bareAfter.rps)}) the portal's pages; the mean is the baseline`,
    },
  ];
  targets.forEach((t, i) => {
    const r = results[i]!;
    const ratio = r.rps / bareRps;
    const errors = non2xx(r) + r.errors;
    rows.push({
      what: `throughput, ${t.label}, -c ${o.connections} -d ${o.seconds}`,
      goal: "≥ 50% of bare /dynamic",
      figure: `${perSecond(r.rps)}, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}${errors ? `, ${errors} errors` : ""}`,
      baseline: `${perSecond(bareRps)}, p99 ${ms(bareP99)} (bare /dynamic)`,
      ratio: `${Math.round(ratio * 100)}%`,
      met: ratio >= 0.5 && errors === 0,
      note:
        (r.cpu !== null && bareCpu !== null
          ? `CPU per request ${r.cpu.toFixed(1)} ms vs bare ${bareCpu.toFixed(1)} ms (${((bareCpu / r.cpu) * 100).toFixed(0)}%: less sensitive to other load on the machine than req/s). `
          : "") +
        (ratio >= 0.5
          ? ""
          : "The page's own render (React server components to HTML and the inlined RSC payload, ~40 kB against the bare page's 5 kB) is most of a request's CPU: the catalogue with no result costs what tracking costs, each of the 13 cards adds ~0.8 ms (profile in bench/README.md). What would close it: render the list once and reuse it (Next's Cache Components, `use cache` on the item list, with the per-request nonce and header outside it), or a reverse-proxy cache of anonymous public pages (which needs the CSP by hashes instead of a nonce)."),
    });
  });
  rows.push({
    what: "one request at a time, catalogue /zh/services, p50",
    goal: "",
    figure: `p50 ${ms(seqCatalogue.p50)}, p99 ${ms(seqCatalogue.p99)}`,
    baseline: `p50 ${ms(seqBare.p50)} (bare /dynamic)`,
    ratio: `${(seqCatalogue.p50 / Math.max(seqBare.p50, 0.1)).toFixed(1)}×`,
    met: null,
    note: `${o.sequential} requests, one connection`,
  });
  rows.push({
    what: "server memory after the throughput runs (VmRSS)",
    goal: "",
    figure: portalRss === null ? "n/a (no pid)" : `${portalRss} MB`,
    baseline: bareRss === null ? undefined : `${bareRss} MB (bare Next.js)`,
    ratio: portalRss !== null && bareRss ? `${(portalRss / bareRss).toFixed(1)}×` : undefined,
    met: null,
    note: `pids: portal ${portalPid ?? "?"}, bare ${barePid ?? "?"}`,
  });
  return rows;
}

// Alone: npx tsx --conditions=react-server bench/throughput.ts --portal URL --bare URL
if (process.argv[1]?.endsWith("throughput.ts")) {
  const portalUrl = arg("--portal") ?? "http://127.0.0.1:3953";
  const bareUrl = arg("--bare") ?? "http://127.0.0.1:3990";
  bench({
    portalUrl,
    bareUrl,
    databaseUrl: "",
    ownerUrl: "",
    portalEnv: {},
    log: (m) => console.log(m),
  } as BenchContext)
    .then((rows) =>
      console.table(
        rows.map((r) => ({ what: r.what, figure: r.figure, baseline: r.baseline, ratio: r.ratio, met: r.met })),
      ),
    )
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
