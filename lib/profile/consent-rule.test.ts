import { describe, expect, it } from "vitest";
import { missingConsents } from "./consent-rule";
import { services } from "@/lib/services";

const disability = services.find((s) => s.slug === "disability-subsidies")!;
const elderly = services.find((s) => s.slug === "elderly-allowance")!;

describe("consent rule", () => {
  it("asks for every sensitive category of the item until each is given for this item", () => {
    expect(missingConsents(disability, [])).toEqual(["disability", "income"]);
    expect(
      missingConsents(disability, [{ category: "disability", serviceCode: disability.code, revokedAt: null }]),
    ).toEqual(["income"]);
  });
  it("does not accept consent given for another item", () => {
    expect(
      missingConsents(disability, [
        { category: "disability", serviceCode: "XJ-OTHER", revokedAt: null },
        { category: "income", serviceCode: "XJ-OTHER", revokedAt: null },
      ]),
    ).toEqual(["disability", "income"]);
  });
  it("treats a revoked consent as none", () => {
    expect(
      missingConsents(disability, [
        { category: "disability", serviceCode: disability.code, revokedAt: new Date() },
        { category: "income", serviceCode: disability.code, revokedAt: null },
      ]),
    ).toEqual(["disability"]);
  });
  it("needs nothing for items without sensitive data", () => {
    expect(missingConsents(elderly, [])).toEqual([]);
  });
});
