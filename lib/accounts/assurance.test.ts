import { describe, expect, it } from "vitest";
import { assuranceLevels, higherAssurance, meetsAssurance } from "./assurance";

describe("assurance levels", () => {
  it("each level includes the ones before it and none after", () => {
    expect(meetsAssurance("in_person", "registry")).toBe(true);
    expect(meetsAssurance("registry", "registry")).toBe(true);
    expect(meetsAssurance("registry", "phone")).toBe(true);
    expect(meetsAssurance("phone", "registry")).toBe(false);
    expect(meetsAssurance("registry", "in_person")).toBe(false);
  });
  it("raising never lowers", () => {
    for (const a of assuranceLevels)
      for (const b of assuranceLevels) {
        const h = higherAssurance(a, b);
        expect(meetsAssurance(h, a) && meetsAssurance(h, b)).toBe(true);
      }
    expect(higherAssurance("in_person", "registry")).toBe("in_person");
  });
});
