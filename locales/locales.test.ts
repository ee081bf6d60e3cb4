// Completeness and correctness of the translation files. Chinese (zh) is the source locale.
import { describe, expect, it } from "vitest";
import { flatten, readLocale } from "./locale-files";

const read = readLocale;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const zh = read("zh");
const ug = read("ug");

describe("locale files", () => {
  it("has the same namespaces in zh and ug", () => {
    expect(Object.keys(ug).sort()).toEqual(Object.keys(zh).sort());
  });

  for (const [file, tree] of Object.entries(zh)) {
    describe(file, () => {
      const ugMap = new Map(flatten(ug[file] ?? {}));
      const zhEntries = flatten(tree);

      it("every zh key exists and is non-empty in ug", () => {
        const missing = zhEntries.filter(([k]) => !(ugMap.get(k) ?? "").trim()).map(([k]) => k);
        expect(missing).toEqual([]);
      });

      it("ug has no keys that zh lacks (stale translations)", () => {
        const zhKeys = new Set(zhEntries.map(([k]) => k));
        expect([...ugMap.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
      });

      it("uses the same {{placeholders}} in both languages", () => {
        const diff = zhEntries
          .filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(ugMap.get(k) ?? "")))
          .map(([k]) => k);
        expect(diff).toEqual([]);
      });

      it("writes Uyghur with Uyghur letters (ە not ه, ي not ی, ك not ک) and no Chinese", () => {
        const bad = [...ugMap.entries()]
          .filter(([, v]) => /[\u0647\u06CC\u06A9]/.test(v) || /[\u4e00-\u9fff]/.test(v))
          .map(([k]) => k);
        expect(bad).toEqual([]);
      });

      it("every zh text is actually Chinese (no untranslated placeholders)", () => {
        // Punctuation-only texts (a list separator) have no letters to translate.
        const notChinese = zhEntries.filter(([, v]) => !/[\u4e00-\u9fff]/.test(v) && /\p{L}/u.test(v)).map(([k]) => k);
        expect(notChinese).toEqual([]);
      });
    });
  }
});

describe("plural forms", () => {
  // Counts go through i18next's plural resolution (Intl.PluralRules: Uyghur has "one" and "other", Chinese only
  // "other"), so a text with {{count}} must be a plural key in both languages, never one string for every number.
  it("every text with {{count}} is a plural key (_one and _other) in zh and ug", () => {
    const offenders = ["zh", "ug"].flatMap((lng) =>
      Object.entries(read(lng)).flatMap(([file, tree]) => {
        const entries = new Map(flatten(tree));
        return [...entries]
          .filter(
            ([k, v]) =>
              /\{\{\s*count\s*\}\}/.test(v) &&
              !(
                /_(one|other)$/.test(k) &&
                entries.has(k.replace(/_(one|other)$/, "_one")) &&
                entries.has(k.replace(/_(one|other)$/, "_other"))
              ),
          )
          .map(([k]) => `${lng}/${file}: ${k}`);
      }),
    );
    expect(offenders).toEqual([]);
  });

  it("resolves Uyghur plurals through i18next", async () => {
    const { createInstance } = await import("i18next");
    const i18n = createInstance();
    await i18n.init({
      lng: "ug",
      resources: { ug: { t: { n_one: "one {{count}}", n_other: "other {{count}}" } } },
      ns: ["t"],
      defaultNS: "t",
    });
    expect(i18n.t("n", { count: 1 })).toBe("one 1");
    expect(i18n.t("n", { count: 3 })).toBe("other 3");
  });
});
