// Opening a draft: one draft per person and item (a partial unique index), even when two tabs start at once, and a
// draft begun in one channel is continued in another as the same row.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { startApplication } from "./start-application";
import { createResident, createStaff, seedDepartments, service } from "@/lib/test-support/factories";

beforeAll(seedDepartments);

const card = service("social-security-card");

describe("startApplication", () => {
  it("two parallel starts of one item share one draft", async () => {
    const r = await createResident();
    const start = () => startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.id).toBe(b.id);
    expect(await db.application.count({ where: { applicantId: r.id } })).toBe(1);
  });

  it("returns the existing draft with the step the person was last on", async () => {
    const r = await createResident();
    const first = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    await db.application.update({ where: { id: first.id }, data: { lastStepId: "card" } });
    expect(await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" })).toEqual({
      id: first.id,
      lastStepId: "card",
    });
  });

  it("hands a draft begun online over to the window: same row, now in the window channel", async () => {
    const r = await createResident();
    const clerk = await createStaff("clerk");
    const online = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const atWindow = await startApplication({
      applicantId: r.id,
      enteredById: clerk.id,
      service: card,
      channel: "window",
    });
    expect(atWindow.id).toBe(online.id);
    expect(
      await db.application.findUniqueOrThrow({
        where: { id: online.id },
        select: { channel: true, enteredById: true },
      }),
    ).toEqual({ channel: "window", enteredById: r.id });
  });

  it("opens separate drafts for separate items and separate people", async () => {
    const r = await createResident();
    const other = await createResident();
    const a = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const b = await startApplication({
      applicantId: r.id,
      enteredById: r.id,
      service: service("elderly-allowance"),
      channel: "online",
    });
    const c = await startApplication({
      applicantId: other.id,
      enteredById: other.id,
      service: card,
      channel: "online",
    });
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
  });
});
