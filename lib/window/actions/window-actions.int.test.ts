// The window workspace's form posts: a clerk looks a resident up by ID number (as an ID-card reader types it),
// mobile or reference and opens a session; a non-clerk gets the staff sign-in.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff, createSubmitted } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { endSessionAction, openSessionAction } from "./window-actions";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));

const sessionsOf = (residentId: string) =>
  db.windowSession.findMany({
    where: { residentId },
    select: { id: true, clerkId: true, windowNo: true, endedAt: true },
  });

describe("openSessionAction", () => {
  it("finds the resident by ID number, mobile or reference and opens a session awaiting consent", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    const clerk = await createStaff("clerk");
    signInAs(clerk.id);
    for (const q of [r.idNumber.slice(0, 6) + " " + r.idNumber.slice(6), r.mobile, app.reference.toLowerCase()]) {
      const to = await redirectOf(() => openSessionAction(form({ locale: "zh", q })));
      expect(to).toMatch(/^\/zh\/clerk\/sessions\/[a-z0-9]+\/consent$/);
    }
    const sessions = await sessionsOf(r.id);
    expect(sessions).toHaveLength(3);
    expect(sessions.every((s) => s.clerkId === clerk.id && s.windowNo === "3")).toBe(true);
    expect(
      await db.auditLog.count({ where: { action: "window.session_opened", onBehalfOf: r.id, ip: "192.0.2.77" } }),
    ).toBe(3);
  });

  it("opens nothing for an unknown person, or for someone who is not a clerk", async () => {
    const r = await createResident();
    signInAs((await createStaff("clerk")).id);
    expect(await redirectOf(() => openSessionAction(form({ locale: "zh", q: "13999999998" })))).toBe(
      "/zh/clerk/residents?q=13999999998",
    );
    signInAs((await createStaff("reviewer")).id);
    expect(await redirectOf(() => openSessionAction(form({ locale: "zh", q: r.mobile })))).toMatch(
      /^\/zh\/staff\/sign-in/,
    );
    expect(await sessionsOf(r.id)).toEqual([]);
  });
});

describe("endSessionAction", () => {
  it("ends the clerk's own session", async () => {
    const r = await createResident();
    const clerk = await createStaff("clerk");
    signInAs(clerk.id);
    const to = await redirectOf(() => openSessionAction(form({ locale: "zh", q: r.mobile })));
    const sessionId = to!.split("/")[4]!;
    expect(await redirectOf(() => endSessionAction(form({ locale: "zh", session: sessionId })))).toBe(
      "/zh/clerk?ended=1",
    );
    expect((await sessionsOf(r.id))[0]!.endedAt).toBeInstanceOf(Date);
  });
});
