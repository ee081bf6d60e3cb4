// The resident edits their own profile: only changed fields are written (an unchanged verified field stays
// verified), and a name with ID number that match the population registry become verified from it.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { saveProfileAction } from "./save-profile-action";
import { testIdentity } from "@/lib/profile/registry/demo-registry";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

// People in the demo population registry (lib/profile/registry/demo-registry.ts); an ID number fits one account.
const REGISTERED = { fullName: "王建国", idNumber: "654002197203151239" };
const ALSO_REGISTERED = { fullName: testIdentity(778).fullName, idNumber: testIdentity(778).idNumber };

/** The account's mobile becomes the one the carrier registered to the identity: the third factor. */
const withRegisteredMobile = (userId: string, mobile: string | undefined) =>
  db.user.update({ where: { id: userId }, data: { mobile: mobile! } });

const sources = async (userId: string) =>
  Object.fromEntries(
    (await db.profileFieldSource.findMany({ where: { userId } })).map((s) => [
      s.field,
      `${s.source}${s.verified ? "+verified" : ""}`,
    ]),
  );

describe("saveProfileAction", () => {
  it("verifies a name and ID number that match the registry, from the account of the registered mobile", async () => {
    const r = await createResident({ profile: false });
    await withRegisteredMobile(r.id, "13800000002");
    signInAs(r.id);
    expect(await saveProfileAction({ values: { ...REGISTERED, employer: "伊宁市建材厂" } })).toEqual({ ok: true });
    expect(await sources(r.id)).toEqual({
      fullName: "registry+verified",
      idNumber: "registry+verified",
      employer: "self",
    });
  });

  it("writes only what changed: an unchanged verified field stays verified", async () => {
    const r = await createResident({ profile: false });
    await withRegisteredMobile(r.id, testIdentity(778).mobile);
    signInAs(r.id);
    await saveProfileAction({ values: ALSO_REGISTERED });
    await saveProfileAction({ values: { ...ALSO_REGISTERED, employer: "新单位" } });
    expect(await sources(r.id)).toMatchObject({
      fullName: "registry+verified",
      idNumber: "registry+verified",
      employer: "self",
    });
  });

  it("never changes a verified name or ID number, nor the mobile", async () => {
    const r = await createResident({ profile: false });
    const person = testIdentity(777);
    await withRegisteredMobile(r.id, person.mobile);
    signInAs(r.id);
    await saveProfileAction({ values: person });
    expect((await sources(r.id)).fullName).toBe("registry+verified");
    // Settled: a name change (a different person's identity) is made at a window, with the ID card.
    expect(await saveProfileAction({ values: { ...person, fullName: "艾买提·托乎提" } })).toEqual({
      ok: false,
      errors: { fullName: "profile:errors.identityLocked" },
    });
    expect(await saveProfileAction({ values: { ...person, mobile: "13000000000" } })).toEqual({ ok: true });
    const p = await db.profile.findUniqueOrThrow({ where: { userId: r.id } });
    expect([p.fullName, p.mobile]).toEqual([person.fullName, null]);
  });

  it("tells a signed-out person to sign in again, writing nothing", async () => {
    signInAs(null);
    expect(await saveProfileAction({ values: { employer: "x" } })).toEqual({ ok: false, sessionExpired: true });
  });
});
