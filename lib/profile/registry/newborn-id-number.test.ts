import { describe, expect, it } from "vitest";
import { assignNewbornIdNumber } from "./newborn-id-number";
import { birthDateOf, checkIdNumber, genderOf } from "@/lib/validators/id-number";

describe("assignNewbornIdNumber", () => {
  it("builds a valid number from the region, the birth date and the sex", () => {
    for (const gender of ["male", "female"] as const)
      for (const r of [0, 1, 250, 498]) {
        const id = assignNewbornIdNumber("654002", "2026-11-20", gender, () => r);
        expect(checkIdNumber(id, "2026-12-03")).toBeNull();
        expect(id.slice(0, 6)).toBe("654002");
        expect(birthDateOf(id)).toBe("2026-11-20");
        expect(genderOf(id)).toBe(gender);
        expect(id.slice(14, 17)).not.toBe("000");
      }
  });

  it("refuses what is not a region code or a date", () => {
    expect(() => assignNewbornIdNumber("65400", "2026-11-20", "male")).toThrow();
    expect(() => assignNewbornIdNumber("654002", "20261120", "male")).toThrow();
  });
});
