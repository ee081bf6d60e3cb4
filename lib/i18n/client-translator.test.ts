import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n";
import { resources, namespaces } from "./resources";
import { translator } from "./client-translator";
import { locales, type Locale } from "./config";

// Every text key of a namespace ("a.b"), plural forms folded into their base key ("count_one" → "count").
function keysOf(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === "object"
      ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, "")}`],
  );
}

describe("the client components' t() gives what i18next gives", () => {
  for (const locale of locales as readonly Locale[]) {
    it(`for every text of every namespace in ${locale}, with values and counts`, () => {
      const i18n = createI18n(locale);
      const t = translator({ locale, strings: resources[locale] }, ["common"]);
      let compared = 0;
      for (const ns of namespaces) {
        for (const key of new Set(keysOf(resources[locale][ns] as Record<string, unknown>))) {
          const values = { name: "<b>名</b>", n: 3, seconds: 30, ref: "A1", time: "1:05", example: "x" };
          for (const options of [undefined, values, { ...values, count: 1 }, { ...values, count: 7 }]) {
            expect(t(`${ns}:${key}`, options), `${locale} ${ns}:${key}`).toBe(i18n.t(`${ns}:${key}`, options));
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
    });
  }

  it("searches the namespaces in the order given, and names a missing text instead of falling back to Chinese", () => {
    const t = translator(
      { locale: "ug", strings: { form: { a: "form a" }, validation: { a: "validation a", b: "validation b" } } },
      ["form", "validation"],
    );
    expect(t("a")).toBe("form a");
    expect(t("b")).toBe("validation b");
    expect(t("validation:a")).toBe("validation a");
    expect(t("errors:missing.key")).toBe("missing.key");
    expect(t("nowhere")).toBe("nowhere");
  });

  it("picks the Uyghur plural form by the locale's rules", () => {
    const strings = { s: { files_one: "{{count}} one", files_other: "{{count}} other" } };
    expect(translator({ locale: "ug", strings }, ["s"])("files", { count: 1 })).toBe("1 one");
    expect(translator({ locale: "ug", strings }, ["s"])("files", { count: 2 })).toBe("2 other");
    expect(translator({ locale: "zh", strings }, ["s"])("files", { count: 1 })).toBe("1 other");
  });
});
