import { describe, expect, it } from "vitest";
import { foldUyghur, matchesUyghur, uyghurSearchText, uyghurWordForms } from "./uyghur-search";
import { searchCatalogue } from "./search-catalogue";
import { services } from "./index";

const slugs = (q: string) => searchCatalogue(services, { q }).map((s) => s.slug);

describe("Uyghur search", () => {
  it("folds Arabic and Persian look-alike letters, the hamza carrier and tatweel", () => {
    // Persian keyboard: ه for ە/ھ, ی for ى/ي, ک for ك, no ئ.
    expect(foldUyghur("شەھەر")).toBe(foldUyghur("\u0634\u0647\u0647\u0647\u0631")); // شههھر typed with ه only
    expect(foldUyghur("كىملىك")).toBe(foldUyghur("کیملیک"));
    expect(foldUyghur("ئىلتىماس")).toBe(foldUyghur("ىلتىماس"));
    expect(foldUyghur("كـارتا")).toBe(foldUyghur("كارتا"));
    expect(foldUyghur("ياش")).not.toBe(foldUyghur("باش"));
  });

  it("takes case, plural and possessive endings off query words, restoring a raised vowel", () => {
    const forms = uyghurWordForms(foldUyghur("ياشانغانلارغا"));
    expect(forms).toContain(foldUyghur("ياشانغانلار"));
    expect(forms).toContain(foldUyghur("ياشانغان"));
    expect(uyghurWordForms(foldUyghur("بالىسى"))).toContain(foldUyghur("بالا"));
    // never below three letters (after folding): a short word stays as typed
    expect(uyghurWordForms(foldUyghur("ئۆيگە"))).toEqual([foldUyghur("ئۆيگە")]);
    expect(uyghurWordForms(foldUyghur("ئاتا"))).toEqual([foldUyghur("ئاتا")]);
  });

  it("finds a base form in an inflected text and an inflected query in a base text", () => {
    const text = uyghurSearchText("ئىجتىمائىي كاپالەت كارتىسى ئىلتىماس قىلىش");
    expect(matchesUyghur(text, "كارتا")).toBe(true);
    expect(matchesUyghur(text, "كارتىسىنى")).toBe(true);
    expect(matchesUyghur(text, "كاپالەت كارتا")).toBe(true);
    expect(matchesUyghur(text, "كارتا پېنسىيە")).toBe(false); // every word must match
    expect(matchesUyghur(text, "   ")).toBe(false);
  });

  it("finds catalogue items by Uyghur words as people type them", () => {
    expect(slugs("ياشانغانلارغا تولۇقلىما")).toContain("elderly-allowance");
    expect(slugs("کارتا")).toContain("social-security-card"); // Persian kaf
    expect(slugs("سۇغۇرتا")).toEqual(
      expect.arrayContaining(["resident-pension-insurance", "resident-medical-insurance"]),
    );
    expect(slugs("سۇغۇرتا")).not.toContain("elderly-allowance");
    expect(slugs("زززززز")).toEqual([]);
  });
});
