// The hall kiosk: a code is sent to the phone on record for an ID number, and signing in takes that ID number and
// that code. Nobody at a public screen learns whether an ID number is registered.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sendTerminalCode } from "@/lib/terminal/send-terminal-code";
import { authenticateAtTerminal } from "./authenticate-terminal";
import { createResident, newIdNumber, seedDepartments } from "@/lib/test-support/factories";
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { hashDeviceKey, newDeviceKey } from "@/lib/terminal/terminal-device";

// Every test here runs on a registered kiosk (terminal-limits.int.test.ts covers the unregistered ones).
const deviceKey = newDeviceKey();
beforeAll(async () => {
  await seedDepartments();
  await db.terminalDevice.create({ data: { name: "hall kiosk", keyHash: hashDeviceKey(deviceKey) } });
});

const codeSentTo = codeOnPhone;

describe("sendTerminalCode", () => {
  it("sends a code by SMS to the phone on record, in the resident's language, and records it", async () => {
    const r = await createResident({ locale: "ug" });
    expect(await sendTerminalCode(r.idNumber.toLowerCase(), "192.0.2.5", deviceKey)).toEqual({ ok: true });
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { to: r.mobile } });
    expect(sms.locale).toBe("ug");
    expect(sms.body).toMatch(/[\u0600-\u06ff]/);
    expect(await db.auditLog.count({ where: { action: "terminal.code_sent", subjectId: r.id } })).toBe(1);
  });

  it("answers an unknown ID number like a known one, without sending anything; a malformed one is said so", async () => {
    const [codes, messages] = [await db.oneTimeCode.count(), await db.outboxMessage.count()];
    expect(await sendTerminalCode(newIdNumber(), null, deviceKey)).toEqual({ ok: true });
    expect([await db.oneTimeCode.count(), await db.outboxMessage.count()]).toEqual([codes, messages]);
    expect(await sendTerminalCode("12345", null, deviceKey)).toEqual({ ok: false, reason: "format" });
  });

  it("sends at most one code a minute", async () => {
    const r = await createResident();
    await sendTerminalCode(r.idNumber, null, deviceKey);
    expect(await sendTerminalCode(r.idNumber, null, deviceKey)).toEqual({ ok: false, reason: "wait" });
    expect(await db.outboxMessage.count({ where: { to: r.mobile } })).toBe(1);
  });
});

describe("authenticateAtTerminal", () => {
  it("signs in with the ID number and the code sent, once", async () => {
    const r = await createResident();
    await sendTerminalCode(r.idNumber, null, deviceKey);
    const code = await codeSentTo(r.mobile);
    expect(await authenticateAtTerminal({ idNumber: r.idNumber, code, deviceKey })).toEqual({ ok: true, userId: r.id });
    expect(await authenticateAtTerminal({ idNumber: r.idNumber, code, deviceKey })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.auditLog.count({ where: { action: "auth.sign_in", actorId: r.id } })).toBe(1);
  });

  it("refuses a wrong code, an unknown ID number and a disabled account alike", async () => {
    const r = await createResident();
    await sendTerminalCode(r.idNumber, null, deviceKey);
    const code = await codeSentTo(r.mobile);
    const wrong = code === "000000" ? "000001" : "000000";
    expect(await authenticateAtTerminal({ idNumber: r.idNumber, code: wrong, deviceKey })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticateAtTerminal({ idNumber: newIdNumber(), code, deviceKey })).toEqual({
      ok: false,
      reason: "invalid",
    });
    await db.user.update({ where: { id: r.id }, data: { disabledAt: new Date() } });
    expect(await authenticateAtTerminal({ idNumber: r.idNumber, code, deviceKey })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
