import { describe, expect, it } from "vitest";
import { demoRegistry, testIdentity } from "./demo-registry";
import { checkIdNumber } from "@/lib/validators/id-number";

describe("demo registry's test identities", () => {
  it("knows every serial 200–999 under its documented name, with a valid ID number", async () => {
    for (const serial of [200, 345, 999]) {
      const p = testIdentity(serial);
      expect(checkIdNumber(p.idNumber, "2026-12-03")).toBeNull();
      expect(await demoRegistry.lookup(p.idNumber)).toEqual(p);
    }
  });
  it("knows nothing outside the block, nor a wrong check digit", async () => {
    expect(await demoRegistry.lookup(testIdentity(199).idNumber)).toBeNull();
    const p = testIdentity(300);
    const wrong = p.idNumber.slice(0, 17) + (p.idNumber.endsWith("1") ? "2" : "1");
    expect(await demoRegistry.lookup(wrong)).toBeNull();
  });
});
