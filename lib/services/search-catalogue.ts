// Catalogue search: Chinese text, pinyin (full or initials: "sbk" finds 社保卡) and Uyghur words (any keyboard's
// letters, inflected forms: uyghur-search.ts), plus filters by
// life event and department. Pure; the index is computed once per process.
import { pinyin } from "pinyin-pro";
import type { DepartmentId, LifeEvent, ServiceDef } from "@/lib/form-engine/types";
import { hasArabicScript, matchesForms, queryForms, uyghurSearchText } from "./uyghur-search";

type Indexed = { service: ServiceDef; zh: string; ug: string; initials: string[]; full: string[] };

const index = new WeakMap<readonly ServiceDef[], Indexed[]>();

function latin(text: string) {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "removed" }) as string[];
  return { initials: syllables.map((s) => s[0]).join(""), full: syllables.join("") };
}

function indexOf(services: readonly ServiceDef[]): Indexed[] {
  let idx = index.get(services);
  if (!idx) {
    idx = services.map((service) => {
      const zhTerms = [service.title.zh, ...service.keywords.zh];
      const forms = zhTerms.map(latin);
      return {
        service,
        zh: [service.title.zh, service.summary.zh, ...service.keywords.zh].join(" "),
        ug: uyghurSearchText([service.title.ug, service.summary.ug, ...service.keywords.ug].join(" ")),
        initials: forms.map((f) => f.initials),
        full: forms.map((f) => f.full),
      };
    });
    index.set(services, idx);
  }
  return idx;
}

export type CatalogueQuery = { q?: string; lifeEvent?: LifeEvent; department?: DepartmentId };

export function searchCatalogue(services: readonly ServiceDef[], query: CatalogueQuery): ServiceDef[] {
  const q = (query.q ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  const compact = q.replace(/\s/g, "");
  const ugForms = hasArabicScript(q) ? queryForms(q) : null;
  return indexOf(services)
    .filter(({ service }) => !query.lifeEvent || service.lifeEvents.includes(query.lifeEvent))
    .filter(
      ({ service }) =>
        !query.department ||
        service.department === query.department ||
        service.coDepartments?.includes(query.department),
    )
    .filter((entry) => {
      if (!q) return true;
      if (entry.zh.includes(q)) return true;
      if (ugForms) return matchesForms(entry.ug, ugForms);
      if (/^[a-z]+$/.test(compact))
        return entry.initials.some((i) => i.includes(compact)) || entry.full.some((f) => f.includes(compact));
      return false;
    })
    .map((e) => e.service);
}
