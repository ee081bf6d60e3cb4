// Load: 200 concurrent users for 60 s across the catalogue, a guide, public tracking and a form step (issue 23):
// 0 errors, p95 reported, the server's memory (VmRSS) before and after.
//
//   npx tsx --conditions=react-server bench/load.ts --portal http://127.0.0.1:3953 [--users 200] [--seconds 60]
//     (alone it reads the portal's settings, DATABASE_URL and secrets, from the environment, as `next start` has them)
//
// Each autocannon connection is one user going round its pages without pause (a harsher load than people, who
// read between clicks). One user in five is a signed-in resident (bench/lib/residents.ts: an account and session
// made with the portal's modules, and the application started over HTTP, so the user's step page opens): catalogue,
// guide, their form step, tracking. The others are visitors: catalogue (zh, or ug for every other visitor), guide,
// tracking. Any answer other than 2xx is an error; no redirect is expected (the step page redirects only when the
// draft is gone, the session ended or its idle limit passed, none of which happens within a run).
import type { BenchContext, BenchRow } from "./lib/bench-types";
import { percentile } from "./lib/bench-types";
import {
  arg,
  cannon,
  runAgainstRunningPortal,
  ms,
  non2xx,
  perSecond,
  rssMb,
  serverPid,
  type CannonRequest,
} from "./lib/http-load";
import { signedInResidents } from "./lib/residents";
import { GUIDE_SLUG } from "./throughput";

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const users = Number(arg("--users") ?? process.env.BENCH_LOAD_USERS ?? 200);
  const seconds = Number(arg("--seconds") ?? process.env.BENCH_LOAD_SECONDS ?? 60);
  const residentsWanted = Math.max(1, Math.round(users / 5));
  ctx.log(`load: preparing ${residentsWanted} signed-in residents with a started application`);
  const residents = await signedInResidents(ctx, residentsWanted);

  const pid = serverPid(
    ctx.portalUrl,
    (ctx as { portalPid?: number }).portalPid ?? (Number(process.env.BENCH_PORTAL_PID) || null),
  );
  const rssBefore = rssMb(pid);

  const kindOf = (path: string) =>
    path.includes("/apply/")
      ? "step"
      : path.endsWith("/track")
        ? "tracking"
        : path.includes(`/services/`)
          ? "guide"
          : "catalogue";
  let nextUser = 0;
  type User = { index: number; resident?: (typeof residents)[number]; locale: "zh" | "ug" };
  const userOf = (context: Record<string, unknown>): User => {
    if (!context.user) {
      const index = nextUser++;
      const resident = index % 5 === 0 ? residents[(index / 5) % residents.length] : undefined;
      context.user = { index, resident, locale: !resident && index % 2 === 1 ? "ug" : "zh" } satisfies User;
    }
    return context.user as User;
  };
  let answered: string | undefined;
  const page = (pathOf: (u: User) => string): CannonRequest => ({
    method: "GET",
    onResponse: (_status, _body, context) => {
      answered = kindOf(pathOf(userOf(context)));
    },
    setupRequest: (req, context) => {
      const u = userOf(context);
      return {
        ...req,
        path: pathOf(u),
        headers: { ...req.headers, cookie: u.resident?.cookie ?? `locale=${u.locale}` },
      };
    },
  });
  const requests = [
    page((u) => `/${u.locale}/services`),
    page((u) => `/${u.locale}/services/${GUIDE_SLUG}`),
    page((u) => u.resident?.stepPath ?? `/${u.locale}/track`),
    page((u) => `/${u.locale}/track`),
  ];

  ctx.log(`load: ${users} users for ${seconds} s (${residents.length} of them signed in)`);
  const r = await cannon({
    url: ctx.portalUrl,
    connections: users,
    seconds,
    requests,
    timeout: 30,
    label: () => answered,
  });
  const rssAfter = rssMb(pid);
  const bad = non2xx(r);
  const errors = bad + r.errors + r.timeouts;
  ctx.log(`  ${perSecond(r.rps)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, statuses ${JSON.stringify(r.statuses)}`);
  const perKind = [...r.byPath]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${ms(percentile(v, 95))}`)
    .join(", ");
  return [
    {
      what: `load, ${users} users × ${seconds} s (catalogue, guide, tracking, step), errors`,
      goal: "0 errors",
      figure: `${errors} errors in ${r.total} requests`,
      met: errors === 0,
      note:
        errors === 0
          ? `statuses ${JSON.stringify(r.statuses)}`
          : `statuses ${JSON.stringify(r.statuses)}, connection errors ${r.errors}, timeouts ${r.timeouts}`,
    },
    {
      what: `load, ${users} users × ${seconds} s, response time`,
      goal: "reported",
      figure: `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, ${perSecond(r.rps)}`,
      met: null,
      note: `p95 by page: ${perKind}; each user asks again as soon as answered (no think time)`,
    },
    {
      what: "load, server memory (VmRSS) before → after",
      goal: "reported",
      figure: rssBefore === null || rssAfter === null ? "n/a (no pid)" : `${rssBefore} MB → ${rssAfter} MB`,
      met: null,
      note: `pid ${pid ?? "?"}`,
    },
  ];
}

if (process.argv[1]?.endsWith("load.ts")) runAgainstRunningPortal(bench);
