import { describe, expect, it } from "vitest";
import { createI18n, i18nFor } from "./create-i18n";

describe("i18nFor: one shared i18next instance per locale", () => {
  it("is built once per locale and shared", () => {
    expect(i18nFor("zh")).toBe(i18nFor("zh"));
    expect(i18nFor("ug")).toBe(i18nFor("ug"));
    expect(i18nFor("zh")).not.toBe(i18nFor("ug"));
    expect(createI18n("zh")).not.toBe(i18nFor("zh")); // createI18n still makes a private one
  });

  it("holds only its own locale's texts, so a shared instance can never answer in the other language", () => {
    const zh = i18nFor("zh");
    const ug = i18nFor("ug");
    expect(zh.hasResourceBundle("ug", "common")).toBe(false);
    expect(ug.hasResourceBundle("zh", "common")).toBe(false);
    expect(zh.t("site.name")).not.toBe(ug.t("site.name"));
    expect(zh.getFixedT("zh", "common")("site.name")).toBe(createI18n("zh").t("site.name"));
  });

  it("refuses to change language (a request switching the shared instance would switch every request)", async () => {
    const zh = i18nFor("zh");
    await expect(zh.changeLanguage("ug")).rejects.toThrow(/cannot change language/);
    expect(zh.language).toBe("zh");
    await expect(zh.changeLanguage("zh")).resolves.toBeTypeOf("function");
  });
});

describe("getT keeps plain texts", () => {
  it("answers a key asked alone from memory, and anything with options through i18next", async () => {
    const { vi } = await import("vitest");
    vi.doMock("server-only", () => ({}));
    const { getT } = await import("./server");
    const t = await getT("zh", "services");
    const fresh = createI18n("zh").getFixedT("zh", "services");
    expect(t("catalogue.title")).toBe(fresh("catalogue.title"));
    expect(t("catalogue.title")).toBe(fresh("catalogue.title"));
    expect(t("catalogue.results", { count: 3 })).toBe(fresh("catalogue.results", { count: 3 }));
    expect(t("catalogue.results", { count: 3 })).not.toBe(t("catalogue.results", { count: 4 }));
    expect(await getT("zh", "services")).toBe(t);
    expect((await getT("ug", "services"))("catalogue.title")).not.toBe(t("catalogue.title"));
  });
});
