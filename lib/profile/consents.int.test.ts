// Consent to use sensitive data for one service item: given per category, listed, revocable by its owner only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { consentsMissing, grantConsents, listConsents, revokeConsent } from "./consents";
import { createResident, service } from "@/lib/test-support/factories";

const disability = service("disability-subsidies"); // sensitive: disability, income
const card = service("social-security-card"); // nothing sensitive

describe("consents", () => {
  it("are granted per category of the item, only for categories the item has", async () => {
    const r = await createResident();
    expect(await consentsMissing(r.id, disability)).toEqual(["disability", "income"]);
    await grantConsents(r.id, disability, ["disability", "health"]);
    expect(await consentsMissing(r.id, disability)).toEqual(["income"]);
    await grantConsents(r.id, disability, ["income"]);
    expect(await consentsMissing(r.id, disability)).toEqual([]);
    expect((await listConsents(r.id)).map((c) => c.category).sort()).toEqual(["disability", "income"]);
    expect(await consentsMissing(r.id, card)).toEqual([]);
  });

  it("are revoked by their owner, and the item asks again; someone else's id changes nothing", async () => {
    const r = await createResident();
    const other = await createResident();
    await grantConsents(r.id, disability, ["disability", "income"]);
    const [first] = await listConsents(r.id);
    await revokeConsent(other.id, first!.id);
    expect(await consentsMissing(r.id, disability)).toEqual([]);
    await revokeConsent(r.id, first!.id);
    expect(await consentsMissing(r.id, disability)).toEqual([first!.category]);
    expect((await db.consent.findUniqueOrThrow({ where: { id: first!.id } })).revokedAt).toBeInstanceOf(Date);
  });
});
