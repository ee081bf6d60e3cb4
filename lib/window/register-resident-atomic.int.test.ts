// Registering at the window is one transaction: when a later write fails (here: another account takes the same ID
// number while the registration is under way, so the profile's unique index refuses it), nothing is left behind,
// not an account without a profile, nor a session, nor an audit row; and the clerk's retry with the same mobile
// number succeeds instead of being told the number is known.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { asClerk, createStaff, newIdNumber, newMobile, seedDepartments } from "@/lib/test-support/factories";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { sealProfileData } from "@/lib/profile/sealed-fields";
import { registerResidentAtWindow, type RegisterInput } from "./register-resident";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

beforeAll(seedDepartments);

const input = (over: Partial<RegisterInput> = {}): RegisterInput => ({
  fullName: "热依拉·买买提",
  idNumber: newIdNumber(),
  mobile: newMobile(),
  originalsSeen: true,
  signatureRef: "QZ-2026-0200",
  scan: { fileName: "consent.pdf", bytes: pdfBytes(`register ${Math.random()}`) },
  ...over,
});

/** Resolves once some other connection of ours waits for a row lock (the registration's insert, blocked on the
 * unique index by the uncommitted rival profile). */
async function someoneWaitsForALock() {
  for (let i = 0; i < 200; i++) {
    const rows = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`;
    if (Number(rows[0]?.n ?? 0) > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the registration never reached the profile write");
}

describe("registerResidentAtWindow in one transaction", () => {
  it("leaves no account behind when the profile write fails, and a retry with the same mobile succeeds", async () => {
    const clerk = asClerk(await createStaff("clerk"));
    const data = input();
    let registration: Awaited<ReturnType<typeof registerResidentAtWindow>> | undefined;
    // A rival account takes the same ID number in a transaction that commits only once the registration has
    // checked the number (free, as far as committed rows tell) and is writing its profile.
    await db.$transaction(
      async (tx) => {
        const rival = await tx.user.create({
          data: { role: "resident", mobile: newMobile(), nameZh: "对手", assurance: "phone" },
          select: { id: true },
        });
        await tx.profile.create({ data: { userId: rival.id, ...sealProfileData({ idNumber: data.idNumber }) } });
        const pending = registerResidentAtWindow(clerk, data).then((r) => (registration = r));
        await someoneWaitsForALock();
        // Commit (by returning) while the registration waits; it finishes after the commit.
        void pending;
      },
      { timeout: 20_000 },
    );
    await vi.waitFor(() => expect(registration).toBeDefined(), { timeout: 10_000 });
    expect(await db.user.findUnique({ where: { mobile: data.mobile }, select: { id: true } })).toBeNull();
    expect(registration).toEqual({ ok: false, errors: { idNumber: "window:register.idNotAccepted" } });
    expect(await db.windowSession.count({ where: { clerkId: clerk.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: clerk.id } })).toBe(0);

    // The clerk corrects the ID number and tries again with the same mobile.
    const retry = await registerResidentAtWindow(clerk, { ...data, idNumber: newIdNumber() });
    expect(retry.ok).toBe(true);
    expect(await db.user.count({ where: { mobile: data.mobile } })).toBe(1);
  });
});
