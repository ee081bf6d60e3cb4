// Writing profile fields with their provenance: who entered each field, through which channel, whether verified; an
// ID number belongs to one account only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addHouseholdMembers, saveProfileFields } from "./save-profile-fields";
import { createResident, createStaff, newIdNumber } from "@/lib/test-support/factories";
import { raceOnTable } from "@/lib/test-support/row-lock";
import { openProfile, profileWithIdNumber } from "./sealed-fields";

const sourceOf = (userId: string, field: string) =>
  db.profileFieldSource.findUnique({
    where: { userId_field: { userId, field } },
    select: { source: true, channel: true, verified: true, enteredById: true },
  });

describe("saveProfileFields", () => {
  it("writes values with their provenance; a clerk's entry from the original document is verified", async () => {
    const r = await createResident({ profile: false });
    const clerk = await createStaff("clerk");
    expect(
      await saveProfileFields({
        userId: r.id,
        values: { employer: "伊宁市第一中学" },
        source: "self",
        channel: "online",
        enteredById: r.id,
      }),
    ).toEqual({ ok: true });
    expect(await sourceOf(r.id, "employer")).toEqual({
      source: "self",
      channel: "online",
      verified: false,
      enteredById: r.id,
    });
    const idNumber = newIdNumber();
    await saveProfileFields({
      userId: r.id,
      values: { idNumber },
      source: "clerk",
      channel: "window",
      enteredById: clerk.id,
      verified: true,
    });
    expect(await sourceOf(r.id, "idNumber")).toEqual({
      source: "clerk",
      channel: "window",
      verified: true,
      enteredById: clerk.id,
    });
    expect(
      openProfile(
        await db.profile.findUniqueOrThrow({ where: { userId: r.id }, select: { employer: true, idNumber: true } }),
      ),
    ).toEqual({ employer: "伊宁市第一中学", idNumber });
  });

  it("refuses invalid values field by field and writes none of them", async () => {
    const r = await createResident();
    const result = await saveProfileFields({
      userId: r.id,
      values: { mobile: "123", bankCard: "6228480010023456781", employer: "新单位" },
      source: "self",
      channel: "online",
      enteredById: r.id,
    });
    expect(result).toEqual({
      ok: false,
      errors: { mobile: "validation:mobile", bankCard: "validation:bankCard.checksum" },
    });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: r.id } })).employer).toBeNull();
  });

  it("does not give an ID number another account holds", async () => {
    const holder = await createResident();
    const r = await createResident();
    const result = await saveProfileFields({
      userId: r.id,
      values: { idNumber: holder.idNumber, employer: "x" },
      source: "self",
      channel: "online",
      enteredById: r.id,
    });
    expect(result).toEqual({ ok: false, errors: { idNumber: "account:verify.mismatch" } });
    expect(openProfile(await db.profile.findUniqueOrThrow({ where: { userId: r.id } })).idNumber).toBe(r.idNumber);
  });

  it("two accounts claiming one ID number at the same moment: one gets it, the other is told it is taken", async () => {
    const a = await createResident({ profile: false });
    const b = await createResident({ profile: false });
    const idNumber = newIdNumber();
    const claim = (userId: string) => () =>
      saveProfileFields({ userId, values: { idNumber }, source: "self", channel: "online", enteredById: userId });
    const results = await raceOnTable("Profile", [claim(a.id), claim(b.id)]);
    const outcomes = results.map((x) =>
      x.status === "fulfilled" ? JSON.stringify(x.value) : `threw ${(x.reason as Error).message.split("\n")[0]}`,
    );
    expect(outcomes.sort()).toEqual([
      JSON.stringify({ ok: false, errors: { idNumber: "account:verify.mismatch" } }),
      JSON.stringify({ ok: true }),
    ]);
    expect(await db.profile.count({ where: profileWithIdNumber(idNumber) })).toBe(1);
  });
});

describe("addHouseholdMembers", () => {
  it("adds each member once per ID number, updating the name and relation given again", async () => {
    const r = await createResident();
    const child = newIdNumber();
    await addHouseholdMembers(r.id, [{ relation: "child", name: "阿力木", idNumber: child }]);
    await addHouseholdMembers(r.id, [{ relation: "child", name: "阿力木·艾买提", idNumber: child }], "clerk");
    expect(
      await db.householdMember.findMany({ where: { ownerId: r.id }, select: { name: true, source: true } }),
    ).toEqual([{ name: "阿力木·艾买提", source: "self" }]);
  });
});
