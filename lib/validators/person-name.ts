// Person names as written here: Han characters (阿依古丽·艾买提, with the middle dot between name parts),
// Uyghur in Arabic script (ئايگۈل ئەھمەت), or Latin letters (for names given in Latin script, e.g. foreigners
// or Kazakh names from abroad). Accepts the middle dot variants people actually type: · (U+00B7), • (U+2022),
// ・ (U+30FB), ．and the hyphen-like "-" and space between parts.
const HAN = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";
const ARABIC = "\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
const LATIN = "A-Za-z\\u00C0-\\u024F";
const DOTS = "\\u00B7\\u2022\\u30FB\\uFF0E";
const NAME = new RegExp(`^[${HAN}${ARABIC}${LATIN}](?:[${HAN}${ARABIC}${LATIN}'\\u200C]|[${DOTS} \\-](?=[${HAN}${ARABIC}${LATIN}]))*$`, "u");

/** Normalises the separator to the standard middle dot and trims spaces around it. */
export function normalizePersonName(raw: string): string {
  return raw.trim().replace(/\s*[\u00B7\u2022\u30FB\uFF0E]\s*/g, "·").replace(/\s+/g, " ");
}

export function isPersonName(raw: string): boolean {
  const s = normalizePersonName(raw);
  return s.length >= 2 && s.length <= 50 && NAME.test(s);
}
