import { describe, expect, it } from "vitest";
import { lookupKindOf } from "./lookup-kind";

describe("what a clerk typed to find a resident", () => {
  it("tells mobile numbers, ID numbers and references apart, spaces ignored", () => {
    expect(lookupKindOf("138 0000 0001")).toBe("mobile");
    expect(lookupKindOf("65400219880615002x")).toBe("idNumber");
    expect(lookupKindOf("654002198806150029")).toBe("idNumber");
    expect(lookupKindOf("YN2026DEMO000001")).toBe("reference");
  });
  it("looks nothing up for anything else (a name, a short number, a landline)", () => {
    for (const q of ["", "阿依古丽", "12345", "0999-8123456", "23800000001", "65400219880615002"])
      expect(lookupKindOf(q)).toBeNull();
  });
});
