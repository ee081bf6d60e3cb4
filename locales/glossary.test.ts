// The glossary is the rule, not a suggestion: wherever a glossary term's Chinese appears in a text's zh value, that
// text's ug value uses the glossary's Uyghur form (in some inflected or conjugated form: glossary.ts). Longer terms
// win over the shorter ones they contain (政务服务中心 before 政务服务).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { glossaryWordForms, readGlossary, usesGlossaryForm } from "./glossary";
import { flatten, readLocale } from "./locale-files";
import { services } from "@/lib/services";

const read = (lng: string) =>
  new Map(
    Object.entries(readLocale(lng)).flatMap(([file, tree]) =>
      flatten(tree).map(([k, v]) => [`${file.replace(/\.json$/, "")}:${k}`, v] as [string, string]),
    ),
  );

// Chinese substrings that are not the term: each with the reason.
const notTheTerm: Record<string, string> = {
  "window:session.start|办事": "新办事项 is 新 + 办 + 事项 (a new item to handle), not 办事",
};

// GLOSSARY.md is the rule for every text. GLOSSARY-services.md records how item-specific terms were translated
// (many are single characters such as 法 or 意见 that occur inside unrelated words), so it is only held to agree
// with GLOSSARY.md.
const ui = readGlossary();
const ofServices = readGlossary(path.join(__dirname, "GLOSSARY-services.md"));
const terms = [...ui].sort((a, b) => b.zh.length - a.zh.length);

/** The glossary terms whose Chinese is in zh but whose Uyghur is not in ug. */
function mismatches(key: string, zh: string, ug: string): string[] {
  let rest = zh;
  const bad: string[] = [];
  for (const term of terms) {
    if (!rest.includes(term.zh)) continue;
    rest = rest.split(term.zh).join("\u0000"); // a shorter term inside this one is not checked again
    if (notTheTerm[`${key}|${term.zh}`]) continue;
    if (!term.ug.some((u) => usesGlossaryForm(ug, u)))
      bad.push(`${key}: ${term.zh} → ${term.ug.join(" / ")} (${term.file} line ${term.line}), ug is "${ug}"`);
  }
  return bad;
}

describe("glossary", () => {
  it("is read from GLOSSARY.md, every row with a Uyghur form", () => {
    expect(terms.length).toBeGreaterThan(60);
    expect(terms.filter((t) => t.ug.length === 0 || t.ug.some((u) => !/[\u0600-\u06FF]/.test(u)))).toEqual([]);
  });

  it("says one thing per term: GLOSSARY.md and GLOSSARY-services.md agree where both list a term", () => {
    const conflicts = ui.flatMap((u) =>
      ofServices
        .filter((s) => s.zh === u.zh && !s.ug.some((f) => u.ug.includes(f)))
        .map((s) => `${u.zh}: ${u.ug.join(" / ")} ≠ ${s.ug.join(" / ")}`),
    );
    expect(conflicts).toEqual([]);
  });

  it("accepts inflected nouns and conjugated verbs, and refuses another word", () => {
    expect(usesGlossaryForm("ئىلتىماسلىرىڭىزنى كۆرۈڭ", "ئىلتىماس")).toBe(true);
    expect(usesGlossaryForm("ئىلتىماس قوبۇل قىلىندى", "قوبۇل قىلىش")).toBe(true);
    expect(usesGlossaryForm("تارماق تەكشۈرۈۋاتىدۇ", "تەكشۈرۈش")).toBe(true);
    expect(usesGlossaryForm("تولۇقلىنىدىغان ماتېرىياللار", "تولۇقلاش")).toBe(true);
    expect(usesGlossaryForm("ئۆزى مۇلازىمەت ئۈسكۈنىسى", "ئۆزى بېجىرىش ئۈسكۈنىسى")).toBe(false);
    expect(usesGlossaryForm("كۆزنەك خىزمەتچىسى", "كۆزنەك خادىمى")).toBe(false);
    expect(glossaryWordForms("كىرىش")).toContain("كىر");
  });

  it("finds a mismatch when there is one", () => {
    expect(mismatches("x:y", "自助终端", "ئۆزى مۇلازىمەت ئۈسكۈنىسى")).toHaveLength(1);
    expect(mismatches("x:y", "政务服务中心", "ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى")).toEqual([]);
  });

  it("is followed by every UI text (locale files)", () => {
    const zh = read("zh");
    const ug = read("ug");
    expect([...zh].flatMap(([key, z]) => mismatches(key, z, ug.get(key) ?? ""))).toEqual([]);
  });

  it("is followed by the service items' texts", () => {
    const bad: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      const o = node as Record<string, unknown>;
      if (typeof o.zh === "string" && typeof o.ug === "string") bad.push(...mismatches(at, o.zh, o.ug));
      else for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
    };
    for (const s of services) walk(s, s.slug);
    expect(bad).toEqual([]);
  });
});
