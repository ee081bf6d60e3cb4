import { describe, expect, it } from "vitest";
import { negotiateLocale, splitLocalePath } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("prefers the language cookie over the browser", () => {
    expect(negotiateLocale({ cookie: "ug", acceptLanguage: "zh-CN,zh;q=0.9" })).toBe("ug");
    expect(negotiateLocale({ cookie: "zh", acceptLanguage: "ug-CN,ug;q=0.9" })).toBe("zh");
  });
  it("ignores a cookie that is not one of our locales", () => {
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "ug" })).toBe("ug");
  });
  it("follows Accept-Language, region subtags included", () => {
    expect(negotiateLocale({ acceptLanguage: "ug-CN,ug;q=0.9" })).toBe("ug");
    expect(negotiateLocale({ acceptLanguage: "zh-CN" })).toBe("zh");
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9,ug;q=0.5" })).toBe("ug");
    expect(negotiateLocale({ acceptLanguage: "zh-TW,ug;q=0.8" })).toBe("zh");
  });
  it("falls back to Chinese for anything else, malformed headers included", () => {
    expect(negotiateLocale({})).toBe("zh");
    expect(negotiateLocale({ acceptLanguage: "en-US,fr;q=0.8" })).toBe("zh");
    expect(negotiateLocale({ acceptLanguage: "*" })).toBe("zh");
    expect(negotiateLocale({ acceptLanguage: ";;;,q=abc" })).toBe("zh");
  });
});

describe("splitLocalePath", () => {
  it("finds the locale prefix", () => {
    expect(splitLocalePath("/ug/services/x")).toEqual({ locale: "ug", rest: "/services/x" });
    expect(splitLocalePath("/zh")).toEqual({ locale: "zh", rest: "" });
  });
  it("returns null without one", () => {
    expect(splitLocalePath("/")).toBeNull();
    expect(splitLocalePath("/services")).toBeNull();
    expect(splitLocalePath("/zhx/a")).toBeNull();
  });
});
