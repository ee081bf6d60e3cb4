// The pledge reminder against the real database: two working days before the due date (weekends and official
// holidays skipped), not a day earlier, and once per pledge however often and however many workers run it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { remindPledgesDue } from "./remind-pledges-due";
import { seedDepartments, createPledged } from "@/lib/test-support/factories";
import { raceOnRow } from "@/lib/test-support/row-lock";

beforeAll(seedDepartments);

/** 08:00 in Asia/Shanghai on a calendar date. */
const at = (ymd: string) => new Date(`${ymd}T08:00:00+08:00`);

const pledged = createPledged;

async function sent(applicationId: string, mobile: string) {
  const [reminders, inbox, sms] = await Promise.all([
    db.pledgeReminder.findMany({ where: { applicationId }, select: { dueBy: true, materials: true } }),
    db.notification.findMany({ where: { applicationId, type: "pledge_due_soon" }, select: { payload: true } }),
    db.outboxMessage.findMany({ where: { to: mobile }, select: { body: true, locale: true }, take: 10 }),
  ]);
  return { reminders, inbox, sms: sms.filter((s) => s.body.includes("银行") || s.body.includes("بانكا")) };
}

describe("remindPledgesDue", () => {
  it("reminds two working days before a weekday due date, not on the day before that, with one inbox row and one SMS", async () => {
    const { applicant, app } = await pledged("2026-12-16"); // Wednesday
    await remindPledgesDue(at("2026-12-11")); // Friday: Mon, Tue, Wed are 3 working days
    expect((await sent(app.id, applicant.mobile)).reminders).toEqual([]);
    await remindPledgesDue(at("2026-12-13")); // Sunday: still 3
    expect((await sent(app.id, applicant.mobile)).reminders).toEqual([]);

    const first = await remindPledgesDue(at("2026-12-14")); // Monday: Tue, Wed
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const s = await sent(app.id, applicant.mobile);
    expect(s.reminders).toEqual([{ dueBy: "2026-12-16", materials: ["bank-card"] }]);
    expect(s.inbox).toEqual([
      {
        payload: expect.objectContaining({
          serviceSlug: "elderly-allowance",
          dueBy: "2026-12-16",
          materials: ["bank-card"],
        }),
      },
    ]);
    expect(s.sms).toHaveLength(1);
    expect(s.sms[0]!.body).toContain("2026年12月16日");
  });

  it("counts across a weekend: a Tuesday due date is reminded on the Friday before, not on the Thursday", async () => {
    const { applicant, app } = await pledged("2026-12-08", { accepted: true });
    await remindPledgesDue(at("2026-12-03"));
    expect((await sent(app.id, applicant.mobile)).reminders).toEqual([]);
    await remindPledgesDue(at("2026-12-04"));
    expect((await sent(app.id, applicant.mobile)).reminders).toHaveLength(1);
  });

  it("counts across the National Day holiday: due on 8 October, reminded on 29 September, not on the 28th", async () => {
    const { applicant, app } = await pledged("2026-10-08");
    await remindPledgesDue(at("2026-09-28")); // Sep 29, Sep 30, Oct 8: three working days
    expect((await sent(app.id, applicant.mobile)).reminders).toEqual([]);
    await remindPledgesDue(at("2026-09-29")); // Sep 30, Oct 8 (1–7 October are days off)
    expect((await sent(app.id, applicant.mobile)).reminders).toHaveLength(1);
  });

  it("run twice, reminds once: one marker, one inbox row, one SMS (in the resident's language)", async () => {
    const { applicant, app } = await pledged("2026-11-18", { locale: "ug" });
    await remindPledgesDue(at("2026-11-16"));
    await remindPledgesDue(at("2026-11-16"));
    await remindPledgesDue(at("2026-11-17"));
    const s = await sent(app.id, applicant.mobile);
    expect(s.reminders).toHaveLength(1);
    expect(s.inbox).toHaveLength(1);
    expect(s.sms).toEqual([{ locale: "ug", body: expect.stringContaining("بانكا") }]);
    // The reference and the date are isolated in the right-to-left text.
    expect(s.sms[0]!.body).toMatch(/\u2068[^\u2069]*2026[^\u2069]*\u2069/);
  });

  it("two workers at the same moment remind once", async () => {
    const { applicant, app } = await pledged("2026-11-25");
    const results = await raceOnRow("Application", app.id, [
      () => remindPledgesDue(at("2026-11-23")),
      () => remindPledgesDue(at("2026-11-23")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const s = await sent(app.id, applicant.mobile);
    expect(s.reminders).toHaveLength(1);
    expect(s.inbox).toHaveLength(1);
    expect(s.sms).toHaveLength(1);
    const counts = results.map((r) => (r.status === "fulfilled" ? r.value.reminded : -1));
    expect(counts.sort()).toEqual([0, 1]);
  });

  it("does not remind of a pledge already past due, nor while the application waits for the resident", async () => {
    const past = await pledged("2026-11-02");
    await remindPledgesDue(at("2026-11-03"));
    expect((await sent(past.app.id, past.applicant.mobile)).reminders).toEqual([]);

    const paused = await pledged("2026-11-04", { accepted: true });
    await db.application.update({ where: { id: paused.app.id }, data: { status: "supplement_requested" } });
    await remindPledgesDue(at("2026-11-02"));
    expect((await sent(paused.app.id, paused.applicant.mobile)).reminders).toEqual([]);
  });

  it("works in batches and says when more are left", async () => {
    await pledged("2026-11-11");
    await pledged("2026-11-11");
    const first = await remindPledgesDue(at("2026-11-10"), 1);
    expect(first).toEqual({ reminded: 1, more: true });
    const second = await remindPledgesDue(at("2026-11-10"), 1);
    expect(second).toEqual({ reminded: 1, more: true });
    expect(await remindPledgesDue(at("2026-11-10"), 1)).toEqual({ reminded: 0, more: false });
  });
});
