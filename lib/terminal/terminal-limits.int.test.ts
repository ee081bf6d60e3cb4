// The hall kiosk's sign-in is for registered terminals only, and guessing through it is bounded: every code request
// and every code try is counted atomically before anything is looked up or compared, per ID number and per
// terminal, and an unknown ID number is answered exactly like a known one.
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sendTerminalCode } from "./send-terminal-code";
import { TERMINAL_TRIES_PER_DEVICE, TERMINAL_TRIES_PER_ID } from "./terminal-limits";
import { authenticateAtTerminal, TERMINAL_PURPOSE } from "@/lib/auth/authenticate-terminal";
import { createResident, newIdNumber, seedDepartments, type TestResident } from "@/lib/test-support/factories";

beforeAll(seedDepartments);

/** A registered kiosk, made the way an admin's issue makes it: only the key's SHA-256 is kept. */
async function terminal(opts: { revoked?: boolean } = {}): Promise<string> {
  const key = randomBytes(32).toString("base64url");
  await db.terminalDevice.create({
    data: {
      name: "test kiosk",
      keyHash: createHash("sha256").update(key).digest("hex"),
      revokedAt: opts.revoked ? new Date() : null,
    },
  });
  return key;
}

const codeSentTo = codeOnPhone;

const wrongFor = (code: string) => (code === "000000" ? "000001" : "000000");

/** How many code comparisons were made for these residents (each try claims one attempt on the code row). */
async function comparisons(people: TestResident[]): Promise<number> {
  const rows = await db.oneTimeCode.findMany({
    where: { subject: { in: people.map((p) => p.id) }, purpose: TERMINAL_PURPOSE },
    select: { attempts: true },
  });
  return rows.reduce((n, r) => n + r.attempts, 0);
}

const parallel = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

describe("terminal sign-in: registered terminals only", () => {
  it("refuses without a device key, with an unknown one and with a revoked one, even with the right code", async () => {
    const r = await createResident();
    const key = await terminal();
    expect(await sendTerminalCode(r.idNumber, "192.0.2.30", key)).toEqual({ ok: true });
    const code = await codeSentTo(r.mobile);
    const revoked = await terminal({ revoked: true });
    for (const deviceKey of [undefined, "", "made-up-key", revoked])
      expect(await authenticateAtTerminal({ idNumber: r.idNumber, code, deviceKey })).toEqual({
        ok: false,
        reason: "invalid",
      });
    expect(await authenticateAtTerminal({ idNumber: r.idNumber, code, deviceKey: key })).toEqual({
      ok: true,
      userId: r.id,
    });
  });

  it("sends no code to a browser that is not a registered terminal", async () => {
    const r = await createResident();
    const revoked = await terminal({ revoked: true });
    for (const deviceKey of [undefined, "made-up-key", revoked])
      expect(await sendTerminalCode(r.idNumber, "192.0.2.31", deviceKey)).toEqual({ ok: false, reason: "device" });
    expect(await db.outboxMessage.count({ where: { to: r.mobile } })).toBe(0);
  });
});

describe("terminal codes", () => {
  it("answers a known and an unknown ID number alike, also when asked again at once", async () => {
    const key = await terminal();
    const r = await createResident();
    const unknown = newIdNumber();
    const known = [];
    const other = [];
    for (let i = 0; i < 3; i++) {
      known.push(await sendTerminalCode(r.idNumber, "192.0.2.32", key));
      other.push(await sendTerminalCode(unknown, "192.0.2.32", key));
    }
    expect(other).toEqual(known);
    expect(await db.outboxMessage.count({ where: { to: r.mobile } })).toBe(1);
  });

  it("20 requests at once for one ID number send exactly one code", async () => {
    const key = await terminal();
    const r = await createResident();
    const answers = await parallel(20, () => sendTerminalCode(r.idNumber, "192.0.2.33", key));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { to: r.mobile } })).toBe(1);
  });
});

describe("terminal code guessing", () => {
  it("20 wrong codes at once: exactly the per-ID limit is compared, and it holds across new codes", async () => {
    const key = await terminal();
    const r = await createResident();
    await sendTerminalCode(r.idNumber, "192.0.2.34", key);
    const code = await codeSentTo(r.mobile);
    await parallel(20, () => authenticateAtTerminal({ idNumber: r.idNumber, code: wrongFor(code), deviceKey: key }));
    expect(await comparisons([r])).toBe(TERMINAL_TRIES_PER_ID.max);

    // A fresh code (a minute later) does not buy fresh tries for the same ID number within the window.
    const r2 = await createResident();
    await sendTerminalCode(r2.idNumber, "192.0.2.34", key);
    const first = await codeSentTo(r2.mobile);
    for (let i = 0; i < TERMINAL_TRIES_PER_ID.max - 1; i++)
      await authenticateAtTerminal({ idNumber: r2.idNumber, code: wrongFor(first), deviceKey: key });
    await db.oneTimeCode.updateMany({ where: { subject: r2.id }, data: { createdAt: new Date(Date.now() - 120_000) } });
    await db.rateBucket.deleteMany({ where: { key: { startsWith: "terminal:code" } } });
    expect(await sendTerminalCode(r2.idNumber, "192.0.2.34", key)).toEqual({ ok: true });
    const second = await codeSentTo(r2.mobile);
    expect(second).not.toBe(first);
    await authenticateAtTerminal({ idNumber: r2.idNumber, code: wrongFor(second), deviceKey: key });
    expect(await authenticateAtTerminal({ idNumber: r2.idNumber, code: second, deviceKey: key })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("one terminal guessing across many ID numbers: exactly the per-terminal limit is compared", async () => {
    const key = await terminal();
    const people = await parallel(TERMINAL_TRIES_PER_DEVICE.max + 5, () => createResident());
    for (const p of people) await sendTerminalCode(p.idNumber, "192.0.2.35", key);
    const codes = await Promise.all(people.map((p) => codeSentTo(p.mobile)));
    await parallel(people.length, (i) =>
      authenticateAtTerminal({ idNumber: people[i]!.idNumber, code: wrongFor(codes[i]!), deviceKey: key }),
    );
    expect(await comparisons(people)).toBe(TERMINAL_TRIES_PER_DEVICE.max);
    // Another terminal in the hall is not held up.
    const other = await terminal();
    const r = await createResident();
    await sendTerminalCode(r.idNumber, "192.0.2.35", other);
    expect(
      await authenticateAtTerminal({ idNumber: r.idNumber, code: await codeSentTo(r.mobile), deviceKey: other }),
    ).toEqual({ ok: true, userId: r.id });
  });
});
