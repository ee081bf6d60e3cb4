// The health check as load balancers call it (GET /api/health): 200 with "db":"ok" while the database answers, and
// 503 with "db":"down" — quickly, never hanging — when it is stopped, unreachable or stuck.
import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { adminQuery, forgetPrismaClient, testDatabase } from "@/lib/test-support/integration/test-database";

// connection() only tells Next.js the route is dynamic; outside a request it throws, so it is a no-op here.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

async function health() {
  const started = Date.now();
  const res = await GET();
  return {
    status: res.status,
    body: (await res.json()) as unknown,
    cache: res.headers.get("cache-control"),
    ms: Date.now() - started,
  };
}

/** Points the portal's client at another URL (the next `db` use connects there). */
async function useDatabaseUrl(url: string) {
  await forgetPrismaClient();
  process.env.DATABASE_URL = url;
}

afterEach(async () => {
  await adminQuery(`ALTER DATABASE "${testDatabase().name}" WITH ALLOW_CONNECTIONS true`);
  await useDatabaseUrl(testDatabase().url);
});

describe("GET /api/health", () => {
  it("answers 200 with db ok while the database answers", async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", db: "ok" }, cache: "no-store" });
  });

  it('the health check with the database stopped answers 503 with "db":"down"', async () => {
    expect((await health()).status).toBe(200); // connected first: the pool holds a live connection
    // Stopped for this portal: no new connections, and every open one cut (what a shutdown does to clients).
    await adminQuery(`ALTER DATABASE "${testDatabase().name}" WITH ALLOW_CONNECTIONS false`);
    await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
      testDatabase().name,
    ]);
    const down = await health();
    expect(down).toMatchObject({ status: 503, body: { status: "degraded", db: "down" } });
    // Back up: the same process recovers without a restart.
    await adminQuery(`ALTER DATABASE "${testDatabase().name}" WITH ALLOW_CONNECTIONS true`);
    expect((await health()).status).toBe(200);
  });

  it("answers 503 when nothing listens on the database's port", async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await useDatabaseUrl(`postgresql://postgres:x@127.0.0.1:${port}/portal`);
    expect(await health()).toMatchObject({ status: 503, body: { db: "down" } });
  });

  it("answers 503 within its time limit when the database accepts connections but never answers", async () => {
    const sockets: net.Socket[] = [];
    const stuck = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => stuck.listen(0, "127.0.0.1", r));
    await useDatabaseUrl(`postgresql://postgres:x@127.0.0.1:${(stuck.address() as net.AddressInfo).port}/portal`);
    try {
      const result = await health();
      expect(result).toMatchObject({ status: 503, body: { db: "down" } });
      expect(result.ms).toBeLessThan(4000);
    } finally {
      for (const s of sockets) s.destroy();
      await forgetPrismaClient();
      await new Promise<void>((r) => stuck.close(() => r()));
    }
  });
});
