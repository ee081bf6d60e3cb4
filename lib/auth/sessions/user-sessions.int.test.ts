// Session rows against a real database: the absolute 12-hour limit, and a role or department change signing the
// person out everywhere (issue 18: "staff tokens get a fresh 12 h expiry every minute (no absolute limit)").
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createStaff, seedDepartments } from "@/lib/test-support/factories";
import { openSession, sessionIsOpen } from "./user-sessions";
import { SESSION_MAX_AGE_SECONDS } from "../session-cookie";

beforeAll(seedDepartments);

describe("sessionIsOpen", () => {
  it("refuses a session older than the absolute limit, however recently it was used", async () => {
    const clerk = await createStaff("clerk");
    const sid = await openSession({ userId: clerk.id, channel: "staff" });
    const now = new Date();
    // Used a minute ago, every minute for 13 hours: the idle limit never ran out; the absolute one did.
    const started = new Date(now.getTime() - (SESSION_MAX_AGE_SECONDS + 3600) * 1000);
    await db.userSession.update({
      where: { id: sid },
      data: { createdAt: started, lastSeenAt: new Date(now.getTime() - 60_000) },
    });
    expect(await sessionIsOpen(sid, clerk.id, now)).toBe(false);
    // Just inside the limit it is still open.
    await db.userSession.update({
      where: { id: sid },
      data: { createdAt: new Date(now.getTime() - (SESSION_MAX_AGE_SECONDS - 60) * 1000) },
    });
    expect(await sessionIsOpen(sid, clerk.id, now)).toBe(true);
  });

  it("ends every session of a person whose role or department changes", async () => {
    const clerk = await createStaff("clerk");
    const [a, b] = [
      await openSession({ userId: clerk.id, channel: "staff" }),
      await openSession({ userId: clerk.id, channel: "staff" }),
    ];
    await db.user.update({ where: { id: clerk.id }, data: { role: "reviewer" } });
    expect(await sessionIsOpen(a, clerk.id)).toBe(false);
    expect(await sessionIsOpen(b, clerk.id)).toBe(false);

    const c = await openSession({ userId: clerk.id, channel: "staff" });
    const other = await db.department.findFirstOrThrow({ where: { id: { not: clerk.departmentId ?? "" } } });
    await db.user.update({ where: { id: clerk.id }, data: { departmentId: other.id } });
    expect(await sessionIsOpen(c, clerk.id)).toBe(false);

    // Anything else (a preference) leaves the session alone.
    const d = await openSession({ userId: clerk.id, channel: "staff" });
    await db.user.update({ where: { id: clerk.id }, data: { textSize: "large" } });
    expect(await sessionIsOpen(d, clerk.id)).toBe(true);
  });
});
