import { describe, expect, it } from "vitest";
import { assuranceShortfall } from "./assurance-rule";

describe("assuranceShortfall", () => {
  it("refuses a resident online or at a kiosk below the item's level, saying what is needed and what they have", () => {
    expect(assuranceShortfall("online", "phone", "registry")).toEqual({ need: "registry", have: "phone" });
    expect(assuranceShortfall("terminal", "registry", "in_person")).toEqual({ need: "in_person", have: "registry" });
  });
  it("lets through a resident at the item's level or above", () => {
    expect(assuranceShortfall("online", "registry", "registry")).toBeNull();
    expect(assuranceShortfall("terminal", "in_person", "registry")).toBeNull();
  });
  it("never refuses at the window: the clerk sees the ID card", () => {
    expect(assuranceShortfall("window", "phone", "in_person")).toBeNull();
  });
});
