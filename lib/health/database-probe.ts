// Whether the database answers, for proxy.ts: while PostgreSQL is down, every page request gets the 503 page
// (components/layout/unavailable-view.tsx) before any page code runs into the outage. Next.js gives a page no way to
// answer 503 itself (notFound/forbidden/unauthorized only), but the proxy can rewrite to a page with a status.
// One short connection and `SELECT 1` at most every second or two per server process (a cached answer in between),
// with plain pg rather than the Prisma client so the proxy bundle stays small. When the database returns, the next
// probe says so and pages are served again: nothing to restart.
import pg from "pg";
import { env } from "@/lib/env";
import { DOWN_FOR_MS, UP_FOR_MS } from "./probe-timing";

const TIMEOUT_MS = 1500;

type Probe = { at: number; up: boolean; pending?: Promise<boolean> };
const state = globalThis as unknown as { portalDatabaseProbe?: Probe };

async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  // A connection cut while probing must not become an unhandled 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

/** True while the database answers (cached briefly); true as well when no database is configured (build, tests). */
export async function databaseAnswers(now = Date.now()): Promise<boolean> {
  const url = env().DATABASE_URL;
  if (!url) return true;
  const last = state.portalDatabaseProbe;
  if (last && now - last.at < (last.up ? UP_FOR_MS : DOWN_FOR_MS)) return last.up;
  if (last?.pending) return last.pending;
  const pending = probe(url).then((up) => {
    state.portalDatabaseProbe = { at: Date.now(), up };
    return up;
  });
  state.portalDatabaseProbe = { at: last?.at ?? 0, up: last?.up ?? true, pending };
  return pending;
}
