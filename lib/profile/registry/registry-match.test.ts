import { describe, expect, it } from "vitest";
import { demoRegistry } from "./demo-registry";
import { matchesRegistry } from "./registry-match";

describe("registry match", () => {
  it("verifies only when ID number and name both match a registered person", async () => {
    const p = await demoRegistry.lookup("654002197203151239");
    expect(matchesRegistry(p, { idNumber: "654002197203151239", fullName: "王建国" })).toBe(true);
    expect(matchesRegistry(p, { idNumber: "654002197203151239", fullName: "王建军" })).toBe(false);
    expect(
      matchesRegistry(await demoRegistry.lookup("11010519491231002X"), {
        idNumber: "11010519491231002X",
        fullName: "王建国",
      }),
    ).toBe(false);
  });
  it("accepts the name written with another middle-dot variant", async () => {
    const p = await demoRegistry.lookup("654002198806150029");
    expect(matchesRegistry(p, { idNumber: "654002198806150029", fullName: "阿依古丽•艾买提" })).toBe(true);
  });
});
