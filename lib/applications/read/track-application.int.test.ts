// Public tracking by reference and the last six characters of the ID number: a match shows the status, anything
// else the same "not found"; the per-address and per-reference limits hold when lookups arrive in parallel.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  getTrackedApplication,
  trackApplication,
  TRACK_FAILURES_PER_REFERENCE,
  TRACK_PER_CLIENT,
} from "./track-application";
import { createDraft, createResident, createSubmitted, seedDepartments } from "@/lib/test-support/factories";

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
    // Twenty different references, so only the per-address limit applies.
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        trackApplication({
          reference: `YN20260101PARA${String(i).padStart(4, "0")}`,
          idTail: "123456",
          ip: "192.0.2.3",
        }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "notFound")).toHaveLength(TRACK_PER_CLIENT.max);
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

  it("holds the per-reference limit when 20 wrong guesses from 20 addresses arrive at once: exactly the limit is checked", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        trackApplication({ reference: app.reference, idTail: String(200000 + i), ip: `203.0.113.${i}` }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "notFound")).toHaveLength(TRACK_FAILURES_PER_REFERENCE.max);
    expect(outcomes.filter((o) => o.kind === "limited")).toHaveLength(20 - TRACK_FAILURES_PER_REFERENCE.max);
  });

  it("a found lookup does not use up the reference's allowance for misses", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    for (let i = 0; i < TRACK_FAILURES_PER_REFERENCE.max + 2; i++)
      expect(
        await trackApplication({ reference: app.reference, idTail: r.idNumber.slice(-6), ip: `198.51.101.${i}` }),
      ).toMatchObject({ kind: "found" });
    for (let i = 0; i < TRACK_FAILURES_PER_REFERENCE.max; i++)
      expect(await trackApplication({ reference: app.reference, idTail: `30000${i}`, ip: `198.51.102.${i}` })).toEqual({
        kind: "notFound",
      });
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
