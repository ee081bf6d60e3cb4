import { describe, expect, it } from "vitest";
import { describeHousehold, describePrefillSource, sourceKeys } from "./prefill-provenance";

describe("where a prefilled value came from", () => {
  const rows = {
    fullName: { source: "registry", verified: true },
    idNumber: { source: "clerk", verified: true },
    address: { source: "self", verified: false },
    bankCard: { source: "clerk", verified: false },
    employer: { source: "registry", verified: false },
  } as const;

  it("says the profile and how each field got there", () => {
    expect(describePrefillSource("fullName", rows)).toEqual({ origin: "profile", how: "registryVerified" });
    expect(describePrefillSource("idNumber", rows)).toEqual({ origin: "profile", how: "clerkVerified" });
    expect(describePrefillSource("address", rows)).toEqual({ origin: "profile", how: "self" });
    expect(describePrefillSource("bankCard", rows)).toEqual({ origin: "profile", how: "clerk" });
    expect(describePrefillSource("employer", rows)).toEqual({ origin: "profile", how: "registry" });
  });

  it("name and mobile without a provenance row were given when the account was registered", () => {
    expect(describePrefillSource("mobile", {})).toEqual({ origin: "profile", how: "account" });
    expect(describePrefillSource("ethnicity", {})).toEqual({ origin: "profile" });
  });

  it("birth date and gender come from the ID number", () => {
    expect(describePrefillSource("birthDate", rows)).toEqual({ origin: "profile", how: "idNumber" });
    expect(describePrefillSource("gender", {})).toEqual({ origin: "profile", how: "idNumber" });
  });

  it("household members: how, when they all came the same way", () => {
    const registry = { source: "registry", verified: true } as const;
    expect(describePrefillSource("householdMembers", rows, [registry, registry])).toEqual({
      origin: "household",
      how: "registryVerified",
    });
    expect(describeHousehold([registry, { source: "self", verified: false }])).toEqual({ origin: "household" });
  });

  it("turns into the keys of the words, in order", () => {
    expect(sourceKeys({ origin: "profile", how: "registryVerified" })).toEqual([
      "form:source.profile",
      "form:source.registryVerified",
    ]);
    expect(sourceKeys({ origin: "household" })).toEqual(["form:source.household"]);
  });
});
