// The rate-limit counter is one atomic statement in PostgreSQL, so it holds when many requests (from one or many
// server instances) arrive at once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { clearLimit, countHit, hitLimit, peekLimit, refundHit, type Limit } from "./rate-limit";

const limit = (name: string): Limit => ({ name, max: 5, windowMs: 60_000 });

describe("hitLimit", () => {
  it("holds under parallel hits (Promise.all of 20): exactly max are allowed", async () => {
    const l = limit("it:parallel");
    const now = new Date();
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => hitLimit(l, "203.0.113.7", now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    expect(verdicts.filter((v) => !v.allowed)).toHaveLength(15);
    const [bucket] = await db.rateBucket.findMany({ where: { key: { startsWith: "it:parallel:" } } });
    expect(bucket?.count).toBe(20);
  });

  it("says how long to wait, and starts a new window once the old one has ended", async () => {
    const l = limit("it:window");
    const t0 = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < 5; i++) expect((await hitLimit(l, "a", t0)).allowed).toBe(true);
    expect(await hitLimit(l, "a", new Date(t0.getTime() + 20_000))).toEqual({ allowed: false, retryAfterMs: 40_000 });
    expect(await hitLimit(l, "a", new Date(t0.getTime() + 60_000))).toEqual({ allowed: true });
  });

  it("counts each subject and each limit apart, and keeps no subject in clear", async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) await hitLimit(limit("it:apart"), "198.51.100.1", now);
    expect((await hitLimit(limit("it:apart"), "198.51.100.2", now)).allowed).toBe(true);
    expect((await hitLimit(limit("it:other"), "198.51.100.1", now)).allowed).toBe(true);
    const keys = (await db.rateBucket.findMany({ select: { key: true } })).map((b) => b.key);
    expect(keys.some((k) => k.includes("198.51.100"))).toBe(false);
  });
});

describe("peekLimit", () => {
  it("looks without counting", async () => {
    const l = limit("it:peek");
    const now = new Date();
    for (let i = 0; i < 10; i++) expect((await peekLimit(l, "x", now)).allowed).toBe(true);
    for (let i = 0; i < 5; i++) await hitLimit(l, "x", now);
    expect((await peekLimit(l, "x", now)).allowed).toBe(false);
  });
});

describe("refundHit and clearLimit", () => {
  it("a refund takes exactly one count back, never below zero, and holds under parallel refunds", async () => {
    const l = limit("it:refund");
    const now = new Date();
    for (let i = 0; i < 5; i++) await hitLimit(l, "r", now);
    expect((await hitLimit(l, "r", now)).allowed).toBe(false);
    await Promise.all(Array.from({ length: 10 }, () => refundHit(l, "r")));
    expect(await countHit(l, "r", now)).toMatchObject({ count: 1, verdict: { allowed: true } });
  });

  it("clearing forgets the subject's count, and only that subject's", async () => {
    const l = limit("it:clear");
    const now = new Date();
    for (let i = 0; i < 6; i++) {
      await hitLimit(l, "a", now);
      await hitLimit(l, "b", now);
    }
    await clearLimit(l, "a");
    expect((await hitLimit(l, "a", now)).allowed).toBe(true);
    expect((await hitLimit(l, "b", now)).allowed).toBe(false);
  });
});
