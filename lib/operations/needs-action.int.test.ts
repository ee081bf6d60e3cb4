// Zero silent failures: a status SMS the phone never gets is tried again after each wait, then shows in the
// administrator's "needs action" list, where it is sent again or settled with a note; the resident's timeline does
// not change on the way. Failed background-job runs are listed, retried and dismissed the same way.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/env";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import { fakePhoneTransport } from "@/lib/notifications/sms-transport";
import { jobQueue } from "@/lib/jobs/job-queue";
import {
  actorOf,
  advance,
  createResident,
  createStaff,
  createSubmitted,
  seedDepartments,
} from "@/lib/test-support/factories";
import { listNeedsAction } from "./list-needs-action";
import { retryFailedMessage } from "./retry-failed-message";
import { resolveFailedMessage } from "./resolve-failed-message";
import { retryFailedJob } from "./retry-failed-job";
import { dismissFailedJob } from "./dismiss-failed-job";

beforeAll(seedDepartments);

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});

/** An accepted application whose status SMS cannot reach the phone. */
async function statusSmsThatFails() {
  const applicant = await createResident();
  const app = await createSubmitted({ applicant });
  // Out of coverage until the test says otherwise (the submission's own SMS may still be on its way too).
  await db.devPhoneFault.create({ data: { to: applicant.mobile, failuresLeft: 1000 } });
  await advance(app.id, [{ event: "accept", by: actorOf(await createStaff("clerk")) }]);
  const sms = await db.outboxMessage.findFirstOrThrow({
    where: { applicationId: app.id, kind: "status" },
    orderBy: { id: "desc" },
  });
  return { applicant, app, sms };
}

/** Tries the message until it is sent or failed, each time when it is due. */
async function tryUntilSettled(id: bigint) {
  for (let i = 0; i < 10; i++) {
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    if (row.status !== "pending") return row;
    await deliverOutbox(fakePhoneTransport, new Date(Math.max(Date.now(), row.nextAttemptAt.getTime())));
  }
  throw new Error("never settled");
}

const timeline = (applicationId: string) =>
  Promise.all([
    db.applicationEvent.findMany({ where: { applicationId }, select: { id: true, type: true }, take: 100 }),
    db.notification.findMany({ where: { applicationId }, select: { id: true, type: true }, take: 100 }),
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, version: true } }),
  ]);

describe("needs action: failed messages", () => {
  it("a failing SMS is retried, then listed as failed; the admin's retry sends it; the timeline is untouched", async () => {
    const admin = await createStaff("admin", null);
    const { applicant, app, sms } = await statusSmsThatFails();
    const before = await timeline(app.id);

    const failed = await tryUntilSettled(sms.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 5, lastError: "fake phone: out of coverage" });
    expect(await db.devSmsMessage.count({ where: { to: applicant.mobile, body: sms.body } })).toBe(0);

    const list = await listNeedsAction(admin);
    const item = list.messages.find((m) => m.id === sms.id.toString());
    expect(item).toMatchObject({
      kind: "status",
      attempts: 5,
      canRetry: true,
      application: { id: app.id, reference: expect.any(String) },
    });
    // Masked: first three and last four digits only.
    expect(item!.phone).not.toBe(applicant.mobile);
    expect(item!.phone.slice(-4)).toBe(applicant.mobile.slice(-4));

    // The phone is back in coverage; the administrator sends the message again.
    await db.devPhoneFault.delete({ where: { to: applicant.mobile } });
    expect(await retryFailedMessage({ actor: admin, outboxId: item!.id })).toEqual({ ok: true });
    expect(await retryFailedMessage({ actor: admin, outboxId: item!.id })).toEqual({ ok: false, reason: "not_found" });
    const sent = await tryUntilSettled(sms.id);
    expect(sent.status).toBe("sent");
    expect(await db.devSmsMessage.count({ where: { to: applicant.mobile, body: sms.body } })).toBe(1);
    expect((await listNeedsAction(admin)).messages.some((m) => m.id === item!.id)).toBe(false);
    expect(
      await db.auditLog.count({
        where: { action: "operations.message_retried", subjectId: item!.id, actorId: admin.id },
      }),
    ).toBe(1);

    expect(await timeline(app.id)).toEqual(before);
  });

  it("a failed message settled with a note leaves the list, and the note is audited", async () => {
    const admin = await createStaff("admin", null);
    const { sms } = await statusSmsThatFails();
    expect((await tryUntilSettled(sms.id)).status).toBe("failed");
    const id = sms.id.toString();
    expect(await resolveFailedMessage({ actor: admin, outboxId: id, note: "" })).toEqual({ ok: false, reason: "note" });
    expect(await resolveFailedMessage({ actor: admin, outboxId: id, note: "已电话告知申请人" })).toEqual({ ok: true });
    expect(await resolveFailedMessage({ actor: admin, outboxId: id, note: "again" })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect((await listNeedsAction(admin)).messages.some((m) => m.id === id)).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "operations.message_resolved", subjectId: id },
    });
    expect(audit.payload).toMatchObject({ note: "已电话告知申请人", kind: "status" });
  });

  it("a code message cannot be sent again", async () => {
    const admin = await createStaff("admin", null);
    const row = await db.outboxMessage.create({
      data: { channel: "sms", kind: "code", to: "13900009999", locale: "zh", body: "验证码 ●●●●●●", status: "failed" },
    });
    expect(await retryFailedMessage({ actor: admin, outboxId: row.id.toString() })).toEqual({
      ok: false,
      reason: "code",
    });
    expect((await listNeedsAction(admin)).messages.find((m) => m.id === row.id.toString())?.canRetry).toBe(false);
  });

  it("only an administrator sees or settles the list", async () => {
    const reviewer = await createStaff("reviewer", "hrss");
    await expect(listNeedsAction(reviewer)).rejects.toThrow();
    await expect(retryFailedMessage({ actor: reviewer, outboxId: "1" })).rejects.toThrow();
    await expect(resolveFailedMessage({ actor: reviewer, outboxId: "1", note: "xx" })).rejects.toThrow();
  });
});

describe("needs action: failed job runs", () => {
  async function failedRun(queue: "uploads-cleanup" | "pledge-overdue") {
    const boss = jobQueue(databaseUrl(), "client");
    boss.on("error", () => {});
    await boss.start();
    stops.push(() => boss.stop({ graceful: false, wait: true }));
    const id = (await boss.send(queue, { n: Math.random() }, { retryLimit: 0 }))!;
    const [job] = await boss.fetch(queue);
    expect(job?.id).toBe(id);
    await boss.fail(queue, id, new Error("disk full"));
    return { boss, id };
  }

  it("lists a failed run with its error; the admin's retry queues it again, audited", async () => {
    const admin = await createStaff("admin", null);
    const { boss, id } = await failedRun("uploads-cleanup");
    const listed = (await listNeedsAction(admin)).jobs.find((j) => j.id === id);
    expect(listed).toMatchObject({ name: "uploads-cleanup", error: "disk full" });
    expect(await retryFailedJob({ actor: admin, job: "uploads-cleanup", jobId: id })).toEqual({ ok: true });
    expect((await boss.getJobById("uploads-cleanup", id))?.state).toBe("retry");
    expect((await listNeedsAction(admin)).jobs.some((j) => j.id === id)).toBe(false);
    expect(await db.auditLog.count({ where: { action: "operations.job_retried", subjectId: id } })).toBe(1);
    // Not twice, and not a job that is not failed.
    expect(await retryFailedJob({ actor: admin, job: "uploads-cleanup", jobId: id })).toEqual({ ok: false });
  });

  it("a dismissed run leaves the queue with its note audited", async () => {
    const admin = await createStaff("admin", null);
    const { boss, id } = await failedRun("pledge-overdue");
    expect(await dismissFailedJob({ actor: admin, job: "pledge-overdue", jobId: id, note: "下次运行已完成" })).toEqual({
      ok: true,
    });
    expect(await boss.getJobById("pledge-overdue", id)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "operations.job_dismissed", subjectId: id } });
    expect(audit.payload).toMatchObject({ job: "pledge-overdue", note: "下次运行已完成" });
    expect(await dismissFailedJob({ actor: admin, job: "no-such-job", jobId: id, note: "xx" })).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});
