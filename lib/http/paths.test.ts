import { describe, expect, it } from "vitest";
import { pathInLocale, safeReturnPath, signInUrl } from "./paths";

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
    expect(safeReturnPath("/zh/track?ref=YN-1#top", "/")).toBe("/zh/track?ref=YN-1#top");
  });
  it("refuses anything that could leave the site", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      // A tab or newline is dropped by URL parsers, so these become "//evil.example" in the browser
      // (?callbackUrl=/%09/evil.example arrives here decoded).
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      " //evil.example",
      "/%09/evil.example",
      "/%2F/evil.example",
      undefined,
      42,
    ]) {
      expect(safeReturnPath(bad, "/zh")).toBe("/zh");
    }
  });
});

describe("signInUrl", () => {
  it("sends residents and staff to their own sign-in page, with a same-site way back", () => {
    expect(signInUrl("ug", "resident")).toBe("/ug/sign-in");
    expect(signInUrl("zh", "staff", "/zh/clerk")).toBe("/zh/staff/sign-in?callbackUrl=%2Fzh%2Fclerk");
    expect(signInUrl("zh", "staff", "/zh/clerk", "idle")).toBe(
      "/zh/staff/sign-in?reason=idle&callbackUrl=%2Fzh%2Fclerk",
    );
    // A "back" that would leave the site becomes the home page of the language.
    expect(signInUrl("ug", "resident", "//evil.example")).toBe("/ug/sign-in?callbackUrl=%2Fug");
  });
});
