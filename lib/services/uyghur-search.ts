// Uyghur words in the catalogue search. Two things make plain substring search fail for Uyghur readers:
//  1. Keyboards differ: on an Arabic or Persian layout people type ه/ی/ک (U+0647/U+06CC/U+06A9) for Uyghur ە/ھ,
//     ى/ي and ك, often drop the hamza carrier ئ, and some insert tatweel or ZWNJ. Both sides are folded the same
//     way, so these spellings still find the item.
//  2. Uyghur is agglutinative: a person types "پېنسىيەگە" or "ياشانغانلارغا" where the text says "پېنسىيە" or
//     "ياشانغانلار". Query words are also tried without their case, plural and possessive endings (and with the
//     raised last vowel restored: بالىسى → بالا), never shorter than three letters; the item's words get the same
//     treatment, so base form and inflected form find each other both ways.
// Pure; used by search-catalogue.ts.

const FOLD: Record<string, string> = {
  "\u0647": "\u06D5", // ه → ە (and ھ below): h and e merge for matching, the price of typing on any layout
  "\u06BE": "\u06D5",
  "\u06CC": "\u0649", // ی → ى (and ي below)
  "\u064A": "\u0649",
  "\u06A9": "\u0643", // ک → ك
};

/** Folds an Uyghur text for matching: look-alike letters merged, hamza carrier, tatweel, ZWNJ and marks removed. */
export function foldUyghur(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0626\u0640\u200C\u200D\u064B-\u065F\u0670]/g, "")
    .replace(/[\u0647\u06BE\u06CC\u064A\u06A9]/g, (c) => FOLD[c] ?? c)
    .toLowerCase();
}

// Endings in folded form (ي already folded to ى, ھ to ە), longest first so that "نىڭ" goes before "ى".
const ENDINGS = [
  "لىرىمىز",
  "لىرىڭىز",
  "لىرى",
  "لار",
  "لەر",
  "دىكى",
  "تىكى",
  "غىچە",
  "گىچە",
  "دىن",
  "تىن",
  "نىڭ",
  "نى",
  "دا",
  "دە",
  "تا",
  "تە",
  "غا",
  "گە",
  "قا",
  "كە",
  "ىمىز",
  "ىڭىز",
  "مىز",
  "ڭىز",
  "سى",
  "ىم",
  "ىڭ",
  "ى",
  "لىق",
  "لىك",
  "لۇق",
  "لۈك",
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

/** The forms a folded query word may take in the text: the word itself, then stems with endings removed. */
export function uyghurWordForms(word: string): string[] {
  const forms = new Set<string>([word]);
  let stem = word;
  for (let round = 0; round < 4; round++) {
    const ending = ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_STEM);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
    forms.add(stem);
    // Vowel raising: the last ا/ە of a stem becomes ى before an ending (بالا → بالىسى, شەھەر → شەھىرى).
    const i = stem.lastIndexOf("\u0649");
    if (i > 0) for (const vowel of ["\u0627", "\u06D5"]) forms.add(stem.slice(0, i) + vowel + stem.slice(i + 1));
  }
  return [...forms];
}

const wordsOf = (folded: string) => folded.split(/[\s،؛,.!?؟()（）\-]+/).filter(Boolean);

/**
 * The text an item is searched in: folded, followed by the stems of its words, so that the base form typed by a
 * person ("كارتا") finds the inflected form in the text ("كارتىسى") as well as the other way round.
 */
export function uyghurSearchText(text: string): string {
  const folded = foldUyghur(text);
  return [folded, ...new Set(wordsOf(folded).flatMap(uyghurWordForms))].join(" ");
}

export const hasArabicScript = (text: string) => /[\u0600-\u06FF]/.test(text);

/** The query's words, each with the forms it may take in the text (computed once per query, not per item). */
export function queryForms(query: string, formsOf: (foldedWord: string) => string[] = uyghurWordForms): string[][] {
  return wordsOf(foldUyghur(query)).map(formsOf);
}

/** True when every query word is found, in one of its forms, in a text made by `uyghurSearchText`. */
export function matchesForms(searchText: string, forms: string[][]): boolean {
  return forms.length > 0 && forms.every((alternatives) => alternatives.some((form) => searchText.includes(form)));
}

export const matchesUyghur = (searchText: string, query: string) => matchesForms(searchText, queryForms(query));
