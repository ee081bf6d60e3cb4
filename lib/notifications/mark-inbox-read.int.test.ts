// "Mark all read" marks the signed-in resident's own notifications and nobody else's; no id from the form is used.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff, seedDepartments } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { markInboxReadAction } from "./mark-inbox-read";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

beforeAll(seedDepartments);

const unread = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

describe("markInboxReadAction", () => {
  it("marks only the signed-in resident's notifications read", async () => {
    const me = await createResident();
    const other = await createResident();
    await db.notification.createMany({
      data: [
        { userId: me.id, type: "accept" },
        { userId: me.id, type: "approve_part" },
        { userId: other.id, type: "accept" },
      ],
    });
    signInAs(me.id);
    await markInboxReadAction();
    expect(await unread(me.id)).toBe(0);
    expect(await unread(other.id)).toBe(1);
  });

  it("does nothing for staff or when nobody is signed in", async () => {
    const r = await createResident();
    await db.notification.create({ data: { userId: r.id, type: "accept" } });
    signInAs((await createStaff("clerk")).id);
    await markInboxReadAction();
    signInAs(null);
    await markInboxReadAction();
    expect(await unread(r.id)).toBe(1);
  });
});
