// Reads locales/GLOSSARY.md: the table rows as (Chinese term, accepted Uyghur forms). Used by the glossary test.
// Cell syntax: "A / B" lists alternatives (paired with the other language's alternatives when both have the same
// number), and a part in brackets — （…） or (…) — is optional and dropped.
import fs from "node:fs";
import path from "node:path";

export type GlossaryTerm = { zh: string; ug: string[]; file: string; line: number };

const dropOptional = (cell: string) => cell.replace(/（[^）]*）|\([^)]*\)/g, "").trim();
const alternatives = (cell: string) => cell.split(" / ").map(dropOptional).filter(Boolean);

export function readGlossary(file = path.join(__dirname, "GLOSSARY.md")): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const name = path.basename(file);
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((row, i) => {
      const [zhCell, ugCell] = row
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      if (!zhCell || !ugCell || !/[\u4e00-\u9fff]/.test(zhCell)) return;
      const zh = alternatives(zhCell);
      const ug = alternatives(ugCell);
      if (zh.length === ug.length && zh.length > 1)
        zh.forEach((z, k) => terms.push({ zh: z, ug: [ug[k]!], file: name, line: i + 1 }));
      else zh.forEach((z) => terms.push({ zh: z, ug, file: name, line: i + 1 }));
    });
  return terms;
}

import { foldUyghur, matchesForms, queryForms, uyghurSearchText, uyghurWordForms } from "../lib/services/uyghur-search";

/**
 * The forms a glossary word may take in running text. Nouns inflect (uyghurWordForms: case, plural, possessive);
 * a verbal noun in -ش (كىرىش, تەكشۈرۈش, قوبۇل قىلىش) is a verb in the glossary and conjugates in the UI
 * (كىرىڭ, تەكشۈرۈۋاتىدۇ, قوبۇل قىلىندى), so its root counts, also with the vowel changes roots undergo
 * (تولۇقلا → تولۇقلى-, قايتۇرۇۋېل → قايتۇرۇۋال-).
 */
export function glossaryWordForms(word: string): string[] {
  const forms = new Set(uyghurWordForms(foldUyghur(word)));
  for (const form of [...forms]) {
    const root = form.replace(/[ىۇۈ]?ش$/, "");
    if (root === form || root.length < 2) continue; // folded: ئۆت- is two letters
    forms.add(root);
    if (/[اە]$/.test(root)) forms.add(root.slice(0, -1) + "ى");
    const e = root.lastIndexOf("ې");
    if (e > 0) forms.add(root.slice(0, e) + "ا" + root.slice(e + 1));
  }
  return [...forms];
}

/** True when the Uyghur text uses the glossary's Uyghur form (every word of it, in some inflected form). */
export function usesGlossaryForm(ugText: string, ugTerm: string): boolean {
  return matchesForms(uyghurSearchText(ugText), queryForms(ugTerm, glossaryWordForms));
}
