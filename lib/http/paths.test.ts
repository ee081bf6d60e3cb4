import { describe, expect, it } from "vitest";
import { pathInLocale, safeReturnPath } from "./paths";

describe("pathInLocale", () => {
  it("keeps the page and the query", () => {
    expect(pathInLocale("/zh/sign-in", "?callbackUrl=%2Fzh%2Faccount", "ug")).toBe(
      "/ug/sign-in?callbackUrl=%2Fzh%2Faccount",
    );
    expect(pathInLocale("/ug", "", "zh")).toBe("/zh");
  });
});

describe("safeReturnPath", () => {
  it("accepts same-site paths", () => {
    expect(safeReturnPath("/ug/account", "/")).toBe("/ug/account");
  });
  it("refuses anything that could leave the site", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      undefined,
      42,
    ]) {
      expect(safeReturnPath(bad, "/zh")).toBe("/zh");
    }
  });
});
