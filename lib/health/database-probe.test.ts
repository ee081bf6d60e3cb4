import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseAnswers } from "./database-probe";

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as { portalDatabaseProbe?: unknown }).portalDatabaseProbe;
});

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe("the proxy's database probe", () => {
  it("says down, quickly, when nothing listens on the database's port, and keeps the answer for a moment", async () => {
    vi.stubEnv("DATABASE_URL", `postgresql://portal_app:x@127.0.0.1:${await closedPort()}/portal`);
    const t0 = Date.now();
    expect(await databaseAnswers()).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
    // Cached: a probe to a database that answers is not tried again within the second.
    vi.stubEnv("DATABASE_URL", "postgresql://portal_app:x@127.0.0.1:1/portal");
    expect(await databaseAnswers()).toBe(false);
  });
  it("has nothing to say without a database setting (the build)", async () => {
    vi.stubEnv("DATABASE_URL", "");
    delete process.env.DATABASE_URL;
    expect(await databaseAnswers()).toBe(true);
  });
});
