import { describe, expect, it } from "vitest";
import { services } from "./index";
import { searchCatalogue } from "./search-catalogue";
import { buildStepSchema } from "@/lib/form-engine/build-step-schema";
import { visibleSteps } from "@/lib/form-engine/journey";
import { assuranceLevels } from "@/lib/accounts/assurance";

const slugs = (r: { slug: string }[]) => r.map((s) => s.slug);

describe("catalogue search", () => {
  it("finds items by Chinese text, pinyin initials and full pinyin", () => {
    expect(slugs(searchCatalogue(services, { q: "高龄" }))).toContain("elderly-allowance");
    expect(slugs(searchCatalogue(services, { q: "gljt" }))).toContain("elderly-allowance");
    expect(slugs(searchCatalogue(services, { q: "gaoling" }))).toContain("elderly-allowance");
  });
  it("finds items by Uyghur text", () => {
    expect(slugs(searchCatalogue(services, { q: "تولۇقلىما" }))).toContain("elderly-allowance");
  });
  it("filters by life event and department", () => {
    expect(slugs(searchCatalogue(services, { lifeEvent: "old-age" }))).toContain("elderly-allowance");
    expect(slugs(searchCatalogue(services, { lifeEvent: "birth" }))).not.toContain("elderly-allowance");
    expect(slugs(searchCatalogue(services, { department: "hrss" }))).not.toContain("elderly-allowance");
  });
  it("returns nothing for nonsense", () => {
    expect(searchCatalogue(services, { q: "zzzzqx" })).toEqual([]);
  });
});

describe("every service item", () => {
  for (const service of services) {
    describe(service.slug, () => {
      it("has Uyghur text wherever it has Chinese, written with Uyghur letters", () => {
        const walk = (node: unknown, path: string): string[] => {
          if (Array.isArray(node)) return node.flatMap((n, i) => walk(n, `${path}[${i}]`));
          if (node && typeof node === "object") {
            const o = node as Record<string, unknown>;
            const own =
              "zh" in o && typeof o.zh === "string"
                ? typeof o.ug !== "string" ||
                  !o.ug.trim() ||
                  /[\u4e00-\u9fff]/.test(o.ug) ||
                  /[\u0647\u06CC\u06A9]/.test(o.ug)
                  ? [path]
                  : []
                : [];
            return [
              ...own,
              ...Object.entries(o).flatMap(([k, v]) => (k === "keywords" ? [] : walk(v, `${path}.${k}`))),
            ];
          }
          return [];
        };
        expect(walk(service, service.slug)).toEqual([]);
      });
      it("builds a schema for every step on every channel", () => {
        for (const channel of ["online", "window", "terminal"] as const) {
          for (const step of visibleSteps(service, {}, channel)) {
            expect(() => buildStepSchema(step, {}, channel, { today: "2026-11-25" })).not.toThrow();
          }
        }
      });
    });
  }
});

describe("assurance levels", () => {
  it("every item names one", () => {
    for (const service of services) expect(assuranceLevels, service.slug).toContain(service.assurance);
  });
  it("money paid on a means test needs a clerk to have seen the ID card; the rest a real-name check", () => {
    const inPerson = services.filter((s) => s.assurance === "in_person").map((s) => s.slug);
    expect(inPerson.sort()).toEqual(["disability-subsidies", "minimum-living-allowance", "temporary-assistance"]);
    expect(services.filter((s) => s.assurance === "phone")).toEqual([]);
  });
});
