// The resident-facing rating screen at a window: it shows a short-lived code, the clerk pairs it by typing the code,
// asks for a rating of the visit they are serving, and the resident rates that visit on the screen, once. A screen
// that is not paired with the clerk who served the visit, or was not asked about it, cannot rate it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { asClerk, createResident, createStaff, seedDepartments } from "@/lib/test-support/factories";
import { servedAtWindow } from "@/lib/test-support/window";
import { endWindowSession, openWindowSession } from "@/lib/window/window-sessions";
import { showRatingScreen, startRatingScreen } from "./show-rating-screen";
import { pairRatingScreen } from "./pair-rating-screen";
import { askForRating } from "./ask-for-rating";
import { rateWindowVisit } from "./rate-window-visit";
import { windowRatingStatus } from "./window-rating-status";
import { ASK_MS, PAIR_CODE_MS, PAIRING_MS } from "./screen/rating-screen-rules";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

beforeAll(seedDepartments);

async function pairedScreen(now = new Date()) {
  const { token, state } = await startRatingScreen(now);
  if (state.kind !== "code") throw new Error("no code");
  const resident = await createResident();
  const served = await servedAtWindow(resident);
  const clerk = asClerk(served.staff);
  expect(await pairRatingScreen(clerk, state.code, "192.0.2.7", now)).toEqual({ ok: true });
  return { token, resident, clerk, ...served };
}

describe("rating screen", () => {
  it("a new screen shows a six-digit code; the clerk pairs it and it shows the clerk's name and window", async () => {
    const { token, state } = await startRatingScreen();
    expect(state).toMatchObject({ kind: "code", code: expect.stringMatching(/^\d{6}$/) });
    // The same code on every poll while it lasts.
    expect(await showRatingScreen(token)).toEqual(state);
    const staff = await createStaff("clerk", "service-center", "7");
    const code = state.kind === "code" ? state.code : "";
    // Typed with full-width digits and a space, as an input method may give it.
    const typed = `${code.slice(0, 3)} ${code.slice(3)}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d));
    expect(await pairRatingScreen(asClerk(staff), typed, "192.0.2.7")).toEqual({ ok: true });
    const shown = await showRatingScreen(token);
    expect(shown).toMatchObject({ kind: "paired", windowNo: "7", askedSessionId: null, thanks: false });
    expect(shown.kind === "paired" && shown.clerk.staffId).toBe(staff.staffId);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "evaluation.screen_paired", actorId: staff.id },
    });
    expect(audit.payload).toEqual({ windowNo: "7" });
    // A used code pairs nothing more.
    const other = await createStaff("clerk");
    expect(await pairRatingScreen(asClerk(other), code, null)).toEqual({ ok: false, reason: "wrong" });
  });

  it("refuses a wrong, malformed or expired code; an expired code is replaced by a new one on the screen", async () => {
    const t0 = new Date("2026-12-03T02:00:00Z");
    const { token, state } = await startRatingScreen(t0);
    const code = state.kind === "code" ? state.code : "";
    const clerk = asClerk(await createStaff("clerk"));
    expect(await pairRatingScreen(clerk, "12345", null, t0)).toEqual({ ok: false, reason: "malformed" });
    const wrong = code === "000000" ? "000001" : "000000";
    expect(await pairRatingScreen(clerk, wrong, null, t0)).toEqual({ ok: false, reason: "wrong" });
    const late = new Date(t0.getTime() + PAIR_CODE_MS + 1000);
    expect(await pairRatingScreen(clerk, code, null, late)).toEqual({ ok: false, reason: "wrong" });
    const fresh = await showRatingScreen(token, late);
    expect(fresh.kind).toBe("code");
    expect(fresh.kind === "code" && fresh.until > late).toBe(true);
    expect(await pairRatingScreen(clerk, fresh.kind === "code" ? fresh.code : "", null, late)).toEqual({ ok: true });
    expect(await db.auditLog.count({ where: { action: "evaluation.screen_paired", actorId: clerk.id } })).toBe(1);
  });

  it("slows down a clerk guessing codes", async () => {
    const clerk = asClerk(await createStaff("clerk"));
    for (let i = 0; i < 10; i++)
      expect(await pairRatingScreen(clerk, "999999", null)).toEqual({ ok: false, reason: "wrong" });
    expect(await pairRatingScreen(clerk, "999999", null)).toEqual({ ok: false, reason: "tooMany" });
  });

  it("a clerk has one screen: pairing a second frees the first, which shows a code again", async () => {
    const first = await pairedScreen();
    const second = await startRatingScreen();
    expect(await pairRatingScreen(first.clerk, second.state.kind === "code" ? second.state.code : "", null)).toEqual({
      ok: true,
    });
    expect((await showRatingScreen(first.token)).kind).toBe("code");
    expect((await showRatingScreen(second.token)).kind).toBe("paired");
  });

  it("asked by the clerk, the screen shows the form; the resident rates the visit once, for the clerk's department", async () => {
    const { token, clerk, sessionId, resident, staff } = await pairedScreen();
    expect(await windowRatingStatus(clerk, sessionId)).toEqual({ screen: true, asked: false, rated: false });
    expect(await askForRating(clerk, sessionId, "192.0.2.7")).toEqual({ ok: true });
    expect(await showRatingScreen(token)).toMatchObject({ kind: "paired", askedSessionId: sessionId });
    expect(await windowRatingStatus(clerk, sessionId)).toEqual({ screen: true, asked: true, rated: false });
    const asked = await db.auditLog.findFirstOrThrow({
      where: { action: "evaluation.screen_asked", actorId: clerk.id },
    });
    expect(asked).toMatchObject({ onBehalfOf: resident.id, subjectId: sessionId });

    const r = await rateWindowVisit(token, sessionId, { score: "5", reasons: [], comment: "耐心" });
    expect(r).toEqual({ ok: true, caseOpened: false });
    const ev = await db.evaluation.findUniqueOrThrow({ where: { windowSessionId: sessionId } });
    expect(ev).toMatchObject({
      channel: "window",
      score: 5,
      comment: "耐心",
      residentId: resident.id,
      clerkId: staff.id,
      departmentId: "service-center",
      applicationId: null,
    });
    expect(await db.auditLog.count({ where: { action: "evaluation.recorded", subjectId: ev.id } })).toBe(1);
    // The clerk learns it was rated, never the score; the screen says thank you and drops the form.
    const status = await windowRatingStatus(clerk, sessionId);
    expect(status).toEqual({ screen: true, asked: false, rated: true });
    expect(JSON.stringify(status)).not.toContain("5");
    expect(await showRatingScreen(token)).toMatchObject({ askedSessionId: null, thanks: true });

    // Once: a second post, and a second ask, are refused; the rating is unchanged.
    expect(await rateWindowVisit(token, sessionId, { score: 1 })).toEqual({ ok: false, reason: "notAsked" });
    expect(await askForRating(clerk, sessionId)).toEqual({ ok: false, reason: "rated" });
    expect(await db.evaluation.count({ where: { windowSessionId: sessionId } })).toBe(1);
    expect((await db.evaluation.findUniqueOrThrow({ where: { windowSessionId: sessionId } })).score).toBe(5);
  });

  it("a bad rating at the window opens a rectification case for the clerk's department", async () => {
    const { token, clerk, sessionId } = await pairedScreen();
    await askForRating(clerk, sessionId);
    expect(await rateWindowVisit(token, sessionId, { score: 2, reasons: ["staff_attitude"] })).toEqual({
      ok: true,
      caseOpened: true,
    });
    const ev = await db.evaluation.findUniqueOrThrow({ where: { windowSessionId: sessionId } });
    expect(await db.rectificationCase.findUniqueOrThrow({ where: { evaluationId: ev.id } })).toMatchObject({
      departmentId: "service-center",
      status: "open",
    });
  });

  it("refuses an unpaired screen, an unasked session, another clerk's session and an unknown token", async () => {
    const { token, clerk, sessionId } = await pairedScreen();
    // Not asked yet.
    expect(await rateWindowVisit(token, sessionId, { score: 4 })).toEqual({ ok: false, reason: "notAsked" });
    // An unpaired screen, even with the session's id.
    const stray = await startRatingScreen();
    await askForRating(clerk, sessionId);
    expect(await rateWindowVisit(stray.token, sessionId, { score: 4 })).toEqual({ ok: false, reason: "notAsked" });
    expect(await rateWindowVisit("made-up", sessionId, { score: 4 })).toEqual({ ok: false, reason: "notAsked" });
    expect(await rateWindowVisit(undefined, sessionId, { score: 4 })).toEqual({ ok: false, reason: "notAsked" });
    // Another clerk's session (another resident served elsewhere) through this asked screen.
    const elsewhere = await servedAtWindow(await createResident());
    expect(await rateWindowVisit(token, elsewhere.sessionId, { score: 4 })).toEqual({ ok: false, reason: "notAsked" });
    // Another clerk cannot ask this screen about their session, nor about this clerk's session.
    const otherClerk = asClerk(elsewhere.staff);
    expect(await askForRating(otherClerk, elsewhere.sessionId)).toEqual({ ok: false, reason: "noScreen" });
    expect(await askForRating(otherClerk, sessionId)).toEqual({ ok: false, reason: "closed" });
    expect(await showRatingScreen(token)).toMatchObject({ askedSessionId: sessionId });
    // Input off the scale.
    expect(await rateWindowVisit(token, sessionId, { score: 6 })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.evaluation.count({ where: { windowSessionId: { in: [sessionId, elsewhere.sessionId] } } })).toBe(0);
  });

  it("no ask for a session without consent or already ended; the ask and the pairing lapse", async () => {
    const t0 = new Date();
    const { token, clerk, sessionId } = await pairedScreen(t0);
    const unconsented = await openWindowSession(clerk, (await createResident()).id);
    expect(await askForRating(clerk, unconsented)).toEqual({ ok: false, reason: "closed" });

    await askForRating(clerk, sessionId, null, t0);
    const lapsed = new Date(t0.getTime() + ASK_MS + 1000);
    expect(await showRatingScreen(token, lapsed)).toMatchObject({ kind: "paired", askedSessionId: null });
    expect(await rateWindowVisit(token, sessionId, { score: 4 }, lapsed)).toEqual({ ok: false, reason: "notAsked" });

    const nextDay = new Date(t0.getTime() + PAIRING_MS + 1000);
    expect(await askForRating(clerk, sessionId, null, t0)).toEqual({ ok: true });
    expect((await showRatingScreen(token, nextDay)).kind).toBe("code");

    await endWindowSession(clerk, sessionId);
    expect(await askForRating(clerk, sessionId)).toEqual({ ok: false, reason: "closed" });
  });
});
