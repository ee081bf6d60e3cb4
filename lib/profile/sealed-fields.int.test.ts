// Issue 18, "at rest: ID numbers, bank cards and answers in clear". The profile row holds ciphertext and keyed
// hashes; lookups by ID number go through the hash; the resident's own pages still see the values; rows written in
// clear before (or under a retired key) are sealed by the idempotent reseal step that every start runs.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, newIdNumber } from "@/lib/test-support/factories";
import { parseKeyring, newKeyEntry, sealedKeyId } from "@/lib/security/field-crypto";
import { resealData } from "@/lib/security/reseal-data";
import { findResident } from "@/lib/window/find-resident";
import { addHouseholdMembers, saveProfileFields } from "./save-profile-fields";
import { readProfileSnapshot } from "./load-profile";

const card = "6228480010023456782";
const cert = "65400219880615002943";

const rawProfile = (userId: string) =>
  db.$queryRaw<Record<string, string | null>[]>`SELECT * FROM "Profile" WHERE "userId" = ${userId}`.then((r) => r[0]!);

async function residentWithSensitiveFields() {
  const r = await createResident({ profile: false });
  const idNumber = newIdNumber();
  const saved = await saveProfileFields({
    userId: r.id,
    values: { idNumber, bankCard: card, disabilityCertNumber: cert },
    source: "self",
    channel: "online",
    enteredById: r.id,
  });
  expect(saved).toEqual({ ok: true });
  return { ...r, idNumber };
}

describe("sensitive profile fields at rest", () => {
  it("are not in clear anywhere in the profile row", async () => {
    const r = await residentWithSensitiveFields();
    const row = JSON.stringify(await rawProfile(r.id));
    expect(row).not.toContain(r.idNumber);
    expect(row).not.toContain(r.idNumber.slice(6, 14)); // not even the birth date part
    expect(row).not.toContain(card);
    expect(row).not.toContain(cert);
    const raw = await rawProfile(r.id);
    expect(raw.idNumber).toMatch(/^v1:it1:/);
    expect(raw.bankCard).toMatch(/^v1:it1:/);
    expect(raw.disabilityCertNumber).toMatch(/^v1:it1:/);
  });

  it("nor is a household member's ID number", async () => {
    const r = await createResident();
    const spouse = newIdNumber();
    await addHouseholdMembers(r.id, [{ relation: "spouse", name: "王丽", idNumber: spouse }]);
    const rows = await db.$queryRaw<{ idNumber: string }[]>`
      SELECT "idNumber" FROM "HouseholdMember" WHERE "ownerId" = ${r.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.idNumber).not.toContain(spouse);
    // The same member again is recognised (by hash), not added twice.
    await addHouseholdMembers(r.id, [{ relation: "spouse", name: "王丽", idNumber: spouse.toLowerCase() }]);
    expect(await db.householdMember.count({ where: { ownerId: r.id } })).toBe(1);
    expect((await readProfileSnapshot(r.id)).householdMembers).toEqual([
      { relation: "spouse", name: "王丽", idNumber: spouse },
    ]);
  });

  it("are found by ID number through the keyed hash, typed as people type it", async () => {
    const r = await residentWithSensitiveFields();
    expect(await findResident(r.idNumber)).toBe(r.id);
    expect(await findResident(r.idNumber.toLowerCase().replace(/(\d{6})/, "$1 "))).toBe(r.id);
    expect(await findResident(newIdNumber())).toBeNull();
  });

  it("still hold one ID number per person (the unique index is on the hash)", async () => {
    const a = await residentWithSensitiveFields();
    const b = await createResident({ profile: false });
    expect(
      await saveProfileFields({
        userId: b.id,
        values: { idNumber: a.idNumber },
        source: "self",
        channel: "online",
        enteredById: b.id,
      }),
    ).toEqual({ ok: false, errors: { idNumber: "account:verify.mismatch" } });
  });

  it("are opened for the resident's own profile", async () => {
    const r = await residentWithSensitiveFields();
    expect(await readProfileSnapshot(r.id)).toMatchObject({
      idNumber: r.idNumber,
      bankCard: card,
      disabilityCertNumber: cert,
    });
  });
});

describe("the reseal step (every start, and npm run keys:rotate)", () => {
  it("seals rows left in clear by an older version, and they are found again", async () => {
    const r = await createResident({ profile: false });
    const idNumber = newIdNumber();
    await db.$executeRaw`INSERT INTO "Profile" ("userId", "idNumber", "bankCard", "updatedAt")
      VALUES (${r.id}, ${idNumber}, ${card}, now())`;
    await db.$executeRaw`INSERT INTO "HouseholdMember" (id, "ownerId", relation, name, "idNumber", "idNumberHash")
      VALUES (${`m-${r.id}`}, ${r.id}, 'child', '阿力木', ${idNumber}, ${`clear:${idNumber}`})`;
    expect(await findResident(idNumber)).toBeNull();
    const first = await resealData(db);
    expect(first.profiles).toBeGreaterThanOrEqual(1);
    expect(first.members).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(await rawProfile(r.id))).not.toContain(idNumber);
    expect(await findResident(idNumber)).toBe(r.id);
    expect(await readProfileSnapshot(r.id)).toMatchObject({ idNumber, bankCard: card });
    // Idempotent: nothing left to do.
    expect(await resealData(db)).toEqual({ profiles: 0, members: 0, applications: 0, outbox: 0, authenticators: 0 });
  });

  it("rotates: with a new key first, every value moves to it, and the old key can then be dropped", async () => {
    const r = await residentWithSensitiveFields();
    const old = process.env.DATA_KEYS!;
    const fresh = newKeyEntry("it2");
    process.env.DATA_KEYS = `${fresh},${old}`;
    try {
      const moved = await resealData(db);
      expect(moved.profiles).toBeGreaterThanOrEqual(1);
      expect(sealedKeyId((await rawProfile(r.id)).idNumber!)).toBe("it2");
      // Only the new key now: everything still opens, and lookups (the hash key did not change) still work.
      process.env.DATA_KEYS = fresh;
      expect(await readProfileSnapshot(r.id)).toMatchObject({ idNumber: r.idNumber, bankCard: card });
      expect(await findResident(r.idNumber)).toBe(r.id);
      // A ring without the key of a value refuses to open it rather than return garbage.
      const stranger = parseKeyring(newKeyEntry("it3"), crypto.randomBytes(32).toString("base64"));
      await expect(resealData(db, stranger)).rejects.toThrow(/is not in DATA_KEYS/);
    } finally {
      // Later tests in this file's worker seal under it1 again; re-seal so every row opens with it.
      process.env.DATA_KEYS = `${old},${fresh}`;
      await resealData(db);
      process.env.DATA_KEYS = old;
    }
  });
});
