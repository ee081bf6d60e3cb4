// Public tracking by reference and the last six characters of the ID number: a match shows the status, anything
// else the same "not found"; the per-address and per-reference limits hold when lookups arrive in parallel.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  getTrackedApplication,
  trackApplication,
  TRACK_FAILURES_PER_REFERENCE,
  TRACK_PER_CLIENT,
} from "./track-application";
import { createDraft, createResident, createSubmitted, seedDepartments } from "@/lib/test-support/factories";
import { barrier } from "@/lib/test-support/barrier";
import * as rateLimit from "@/lib/security/rate-limit";

beforeAll(seedDepartments);

describe("trackApplication", () => {
  it("finds an application by reference and ID tail as people type them, and shows no personal data", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    const spaced = `${app.reference.slice(0, 10).toLowerCase()} ${app.reference.slice(10)}`;
    const outcome = await trackApplication({
      reference: spaced,
      idTail: r.idNumber.slice(-6).toLowerCase(),
      ip: "192.0.2.1",
    });
    expect(outcome).toEqual({ kind: "found", applicationId: app.id });
    const shown = await getTrackedApplication(app.id);
    expect(shown).toMatchObject({ reference: app.reference, status: "submitted" });
    expect(JSON.stringify(shown)).not.toContain(r.idNumber);
    expect(JSON.stringify(shown)).not.toContain(r.mobile);
  });

  it("answers a wrong ID tail, an unknown reference and a draft alike", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    await createDraft({ applicant: r, slug: "elderly-allowance" });
    expect(await trackApplication({ reference: app.reference, idTail: "000000", ip: "192.0.2.2" })).toEqual({
      kind: "notFound",
    });
    expect(
      await trackApplication({ reference: "YN20260101ABCDEFGH", idTail: r.idNumber.slice(-6), ip: "192.0.2.2" }),
    ).toEqual({ kind: "notFound" });
    expect(await trackApplication({ reference: "?", idTail: "1", ip: "192.0.2.2" })).toEqual({ kind: "invalid" });
  });

  it(`lets one address look up ${TRACK_PER_CLIENT.max} times per window even when 20 lookups arrive at once`, async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        trackApplication({ reference: app.reference, idTail: r.idNumber.slice(-6), ip: "192.0.2.3" }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "found")).toHaveLength(TRACK_PER_CLIENT.max);
    expect(outcomes.filter((o) => o.kind === "limited")).toHaveLength(20 - TRACK_PER_CLIENT.max);
  });

  it(`stops guessing one reference after ${TRACK_FAILURES_PER_REFERENCE.max} wrong ID tails, and then refuses even the right one`, async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    for (let i = 0; i < TRACK_FAILURES_PER_REFERENCE.max; i++) {
      expect(await trackApplication({ reference: app.reference, idTail: `10000${i}`, ip: `198.51.100.${i}` })).toEqual({
        kind: "notFound",
      });
    }
    expect(
      await trackApplication({ reference: app.reference, idTail: r.idNumber.slice(-6), ip: "198.51.100.99" }),
    ).toMatchObject({ kind: "limited" });
  });

  // KNOWN BUG (reported): the per-reference limit is peeked before the lookup and counted only after a miss, so 20
  // guesses arriving together (from 20 addresses, so the per-address limit does not stop them) are all checked
  // before the first miss is counted: a burst gets as many guesses as it has requests instead of 5 per hour.
  it.fails("holds the per-reference limit when 20 wrong guesses from 20 addresses arrive at once", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    // "At once" made certain: every lookup has passed the per-reference check before any miss is counted.
    const allChecked = barrier(20);
    const peek = rateLimit.peekLimit;
    vi.spyOn(rateLimit, "peekLimit").mockImplementation(async (...args) => {
      const verdict = await peek(...args);
      await allChecked();
      return verdict;
    });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        trackApplication({ reference: app.reference, idTail: String(200000 + i), ip: `203.0.113.${i}` }),
      ),
    );
    vi.restoreAllMocks();
    expect(outcomes.filter((o) => o.kind === "notFound").length).toBeLessThanOrEqual(TRACK_FAILURES_PER_REFERENCE.max);
  });

  it("counts misses whether or not the reference exists, so the limit reveals nothing either", async () => {
    const buckets = () => db.rateBucket.count({ where: { key: { startsWith: "track:ref:" } } });
    const before = await buckets();
    for (let i = 0; i < 6; i++)
      await trackApplication({ reference: "YN20260101NOSUCHAA", idTail: "123456", ip: `192.0.2.${100 + i}` });
    expect(
      await trackApplication({ reference: "YN20260101NOSUCHAA", idTail: "123456", ip: "192.0.2.200" }),
    ).toMatchObject({ kind: "limited" });
    expect((await buckets()) - before).toBe(1);
  });
});
