// The resident's own profile form: a name and ID number typed there are marked verified from the registry only when
// the account's code-proven mobile is the one the carrier registered to that identity (three factors, 运营商三要素);
// an ID number another account holds gets the same reply as a failed real-name check (issue 18).
import { openProfile } from "@/lib/profile/sealed-fields";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident } from "@/lib/test-support/factories";
import { testIdentity } from "./registry/demo-registry";
import { saveOwnProfile } from "./save-own-profile";

let serial = 600 + Math.floor(Math.random() * 100);
const phoneAccount = () => createResident({ profile: false, assurance: "phone", password: false });
const sourceOf = (userId: string, field: string) =>
  db.profileFieldSource.findUniqueOrThrow({
    where: { userId_field: { userId, field } },
    select: { source: true, verified: true },
  });

describe("saveOwnProfile", () => {
  it("name and ID number matching the registry stay self-declared unless the account's mobile is the registered one", async () => {
    const person = testIdentity(serial++);
    const stranger = await phoneAccount();
    expect(await saveOwnProfile({ id: stranger.id }, { fullName: person.fullName, idNumber: person.idNumber })).toEqual(
      { ok: true },
    );
    expect(await sourceOf(stranger.id, "idNumber")).toEqual({ source: "self", verified: false });
    expect(await sourceOf(stranger.id, "fullName")).toEqual({ source: "self", verified: false });

    const other = testIdentity(serial++);
    const owner = await phoneAccount();
    await db.user.update({ where: { id: owner.id }, data: { mobile: other.mobile! } });
    expect(await saveOwnProfile({ id: owner.id }, { fullName: other.fullName, idNumber: other.idNumber })).toEqual({
      ok: true,
    });
    expect(await sourceOf(owner.id, "idNumber")).toEqual({ source: "registry", verified: true });
  });

  it("an ID number another account holds gets the real-name check's 'does not match' reply", async () => {
    const holder = await createResident();
    const r = await createResident();
    const held = await saveOwnProfile({ id: r.id }, { idNumber: holder.idNumber });
    // The key the real-name form shows for a name and ID number that do not match (account-actions.ts).
    expect(held).toEqual({ ok: false, errors: { idNumber: "account:verify.mismatch" } });
    expect(openProfile(await db.profile.findUniqueOrThrow({ where: { userId: r.id } })).idNumber).toBe(r.idNumber);
  });
});
