import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, unlessDatabaseDown } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a stopped, restarting or unreachable database in the shapes the driver and Prisma give it", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is starting up"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], "all addresses failed"))).toBe(true);
  });
  it("leaves bugs and refused writes alone", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
  it("falls back only for an outage", async () => {
    const down = Object.assign(new Error("down"), { code: "ECONNREFUSED" });
    expect(await unlessDatabaseDown(Promise.reject(down), null)).toBeNull();
    await expect(unlessDatabaseDown(Promise.reject(new Error("bug")), null)).rejects.toThrow("bug");
  });
});
