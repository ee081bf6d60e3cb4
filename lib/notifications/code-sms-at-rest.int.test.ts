// Issue 18: "every SMS body, codes included, is stored in OutboxMessage.body forever and printed to the server log".
// A code is sent, never kept: the outbox row shows a placeholder, the sealed copy is erased on delivery, the phone
// still gets the code, and no log line carries it.
import { log } from "@/lib/log/logger";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { newMobile, seedDepartments } from "@/lib/test-support/factories";
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { sendPhoneCode } from "@/lib/accounts/send-phone-code";
import { PHONE_SIGN_IN } from "@/lib/accounts/account-rules";
import { signInWithCode } from "@/lib/accounts/sign-in-with-code";
import { CODE_TTL_MS } from "@/lib/security/one-time-code";
import { deliverOutbox } from "./deliver-outbox";
import { CODE_SLOT, queueCodeSms } from "./queue-code-sms";

beforeAll(seedDepartments);
afterEach(() => vi.restoreAllMocks());

let ipSeq = 0;
const freshIp = () => `203.0.113.${++ipSeq}`;

const rawOutbox = (to: string) =>
  db.$queryRaw<{ body: string; sealedCode: string | null; status: string }[]>`
    SELECT body, "sealedCode", status::text AS status FROM "OutboxMessage" WHERE "to" = ${to}`;

describe("one-time codes in SMS", () => {
  it("are not in the stored outbox body, before or after delivery", async () => {
    const mobile = newMobile();
    await sendPhoneCode({ mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip: freshIp() });
    const [before] = await rawOutbox(mobile);
    expect(before!.body).not.toMatch(/\d{6}/);
    const code = await codeOnPhone(mobile);
    const rows = await rawOutbox(mobile);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).not.toContain(code);
    expect(rows[0]!.body).toContain("●●●●●●");
    // The sealed copy is gone once the message left.
    expect(rows[0]).toMatchObject({ status: "sent", sealedCode: null });
    // …and the code the phone got works.
    expect(await signInWithCode({ mobile, code, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("reach the phone in Uyghur too, isolated as before", async () => {
    const mobile = newMobile();
    await sendPhoneCode({ mobile, purpose: PHONE_SIGN_IN, locale: "ug", ip: freshIp() });
    const code = await codeOnPhone(mobile);
    const phone = await db.devSmsMessage.findFirstOrThrow({ where: { to: mobile } });
    expect(phone.body).toContain(`\u2068${code}\u2069`);
    expect(phone.locale).toBe("ug");
  });

  it("are never written to the server log", async () => {
    const lines: string[] = [];
    for (const level of ["trace", "debug", "info", "warn", "error", "fatal"] as const)
      vi.spyOn(log, level).mockImplementation(((...args: unknown[]) => void lines.push(JSON.stringify(args))) as never);
    const mobile = newMobile();
    await sendPhoneCode({ mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip: freshIp() });
    const code = await codeOnPhone(mobile);
    vi.restoreAllMocks();
    expect(lines.some((l) => l.includes("fake phone"))).toBe(true); // the delivery was logged…
    expect(lines.filter((l) => l.includes(code))).toEqual([]); // …without the code
  });

  it("are not sent once expired, and the sealed copy is erased", async () => {
    const mobile = newMobile();
    const sent: string[] = [];
    const counting = { send: async (_to: string, body: string) => void sent.push(body) };
    // A code message that waited past the code's lifetime (the gateway was down meanwhile).
    await db.$transaction((tx) =>
      queueCodeSms(tx, { to: mobile, locale: "zh", body: `code ${CODE_SLOT}`, code: "123456" }),
    );
    await db.outboxMessage.updateMany({
      where: { to: mobile },
      data: { createdAt: new Date(Date.now() - CODE_TTL_MS - 1000) },
    });
    expect((await rawOutbox(mobile))[0]!.sealedCode).toMatch(/^v1:/);
    await deliverOutbox(counting);
    expect(sent).toEqual([]);
    expect((await rawOutbox(mobile))[0]).toMatchObject({ status: "failed", sealedCode: null });
  });
});
