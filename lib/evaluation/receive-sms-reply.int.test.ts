// Rating by replying to the result SMS with a digit: the reply rates the newest decided application whose decision
// SMS went to that number and is not yet rated by SMS; anything else is ignored and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDecided, createResident, createSubmitted, seedDepartments } from "@/lib/test-support/factories";
import { deliveriesSettled } from "@/lib/notifications/deliver-outbox";
import { receiveSmsReply } from "./receive-sms-reply";

beforeAll(seedDepartments);

const reply = (from: string, text: string) => receiveSmsReply({ from, text, receivedAt: new Date() });

async function decidedAndTold() {
  const decided = await createDecided();
  await deliveriesSettled();
  return decided;
}

describe("receiveSmsReply", () => {
  it("the decision SMS invites a reply; a digit rates that application as its applicant, through the sms channel", async () => {
    const { applicant, app } = await decidedAndTold();
    const told = await db.outboxMessage.findFirstOrThrow({
      where: { applicationId: app.id, to: applicant.mobile, status: "sent", body: { contains: "回复1-5评价" } },
    });
    expect(told.kind).toBe("status");
    expect(await reply(applicant.mobile, " 4 ")).toEqual({ outcome: "rated", applicationId: app.id, score: 4 });
    const ev = await db.evaluation.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(ev).toMatchObject({ channel: "sms", score: 4, residentId: applicant.id, departmentId: "hrss" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "evaluation.recorded", subjectId: ev.id } });
    expect(audit).toMatchObject({ actorId: null, onBehalfOf: applicant.id });
  });

  it("reads a full-width digit and a +86 number; a 1 opens a rectification case", async () => {
    const { applicant, app } = await decidedAndTold();
    expect(await reply(`+86 ${applicant.mobile}`, "１")).toEqual({ outcome: "rated", applicationId: app.id, score: 1 });
    const ev = await db.evaluation.findFirstOrThrow({ where: { applicationId: app.id, channel: "sms" } });
    expect(await db.rectificationCase.count({ where: { evaluationId: ev.id, status: "open" } })).toBe(1);
  });

  it("ignores junk, a digit off the scale, and an unknown number, writing nothing", async () => {
    const { applicant, app } = await decidedAndTold();
    for (const junk of ["好", "5分", "45", "6", "0", "", "TD", "５５"])
      expect(await reply(applicant.mobile, junk)).toEqual({ outcome: "ignored", reason: "notADigit" });
    expect(await reply("13999999999", "5")).toEqual({ outcome: "ignored", reason: "unknownNumber" });
    expect(await reply("not a number", "5")).toEqual({ outcome: "ignored", reason: "unknownNumber" });
    expect(await db.evaluation.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("once rated by SMS, a second reply finds nothing to rate and changes nothing", async () => {
    const { applicant, app } = await decidedAndTold();
    await reply(applicant.mobile, "5");
    expect(await reply(applicant.mobile, "2")).toEqual({ outcome: "ignored", reason: "nothingToRate" });
    const ev = await db.evaluation.findFirstOrThrow({ where: { applicationId: app.id, channel: "sms" } });
    expect(ev.score).toBe(5);
    expect(await db.rectificationCase.count({ where: { evaluationId: ev.id } })).toBe(0);
  });

  it("no decided application: a status SMS about an undecided one is not a result SMS", async () => {
    const applicant = await createResident();
    const app = await createSubmitted({ applicant });
    await db.outboxMessage.create({
      data: {
        channel: "sms",
        kind: "status",
        applicationId: app.id,
        to: applicant.mobile,
        locale: "zh",
        body: "已受理",
      },
    });
    await db.outboxMessage.updateMany({ where: { to: applicant.mobile }, data: { status: "sent" } });
    expect(await reply(applicant.mobile, "5")).toEqual({ outcome: "ignored", reason: "nothingToRate" });
    expect(await db.evaluation.count({ where: { residentId: applicant.id } })).toBe(0);
  });

  it("rates the newest decided application first, then the older one; another resident's number reaches neither", async () => {
    const applicant = await createResident();
    const older = await createDecided({ applicant });
    const newer = await createDecided({ applicant });
    await deliveriesSettled();
    const other = await decidedAndTold();
    expect(await reply(applicant.mobile, "3")).toMatchObject({ outcome: "rated", applicationId: newer.app.id });
    expect(await reply(applicant.mobile, "4")).toMatchObject({ outcome: "rated", applicationId: older.app.id });
    expect(await reply(other.applicant.mobile, "5")).toMatchObject({ applicationId: other.app.id });
    expect(await db.evaluation.count({ where: { residentId: applicant.id, channel: "sms" } })).toBe(2);
  });
});
