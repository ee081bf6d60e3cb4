import { describe, expect, it } from "vitest";
import { resolveTextSize } from "./text-size";

describe("resolveTextSize", () => {
  it("uses the cookie first", () => {
    expect(resolveTextSize("large", "standard")).toBe("large");
    expect(resolveTextSize("standard", "large")).toBe("standard");
  });
  it("falls back to the saved setting, then standard", () => {
    expect(resolveTextSize(undefined, "large")).toBe("large");
    expect(resolveTextSize("huge", null)).toBe("standard");
    expect(resolveTextSize(undefined, undefined)).toBe("standard");
  });
});
