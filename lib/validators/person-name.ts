// Person names as written here: Han characters (阿依古丽·艾买提, with the middle dot between name parts),
// Uyghur in Arabic script (ئايگۈل ئەھمەت), or Latin letters (for names given in Latin script, e.g. foreigners
// or Kazakh names from abroad). Accepts the middle dot variants people actually type: · (U+00B7), • (U+2022),
// ・ (U+30FB), ．and the hyphen-like "-" and space between parts.
const HAN = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";
const ARABIC = "\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
const LATIN = "A-Za-z\\u00C0-\\u024F";
const DOTS = "\\u00B7\\u2022\\u30FB\\uFF0E";
const NAME = new RegExp(
  `^[${HAN}${ARABIC}${LATIN}](?:[${HAN}${ARABIC}${LATIN}'\\u200C]|[${DOTS} \\-](?=[${HAN}${ARABIC}${LATIN}]))*$`,
  "u",
);

/** Normalises the separator to the standard middle dot and trims spaces around it. */
export function normalizePersonName(raw: string): string {
  return raw
    .trim()
    .replace(/\s*[\u00B7\u2022\u30FB\uFF0E]\s*/g, "·")
    .replace(/\s+/g, " ");
}

export function isPersonName(raw: string): boolean {
  const s = normalizePersonName(raw);
  return s.length >= 2 && s.length <= 50 && NAME.test(s);
}

// The Uyghur alphabet (UEY) as typed on a Uyghur keyboard: hamza-carrier ئ, then the 32 letters. The look-alike
// Arabic and Persian letters (ه U+0647, ی U+06CC, ک U+06A9) are not Uyghur letters: a name written with them would
// not match the same name in the registry, so they are refused rather than silently accepted.
const UYGHUR_LETTERS =
  "\\u0626\\u0627\\u06D5\\u0628\\u067E\\u062A\\u062C\\u0686\\u062E\\u062F\\u0631\\u0632\\u0698\\u0633\\u0634\\u063A\\u0641\\u0642\\u0643\\u06AF\\u06AD\\u0644\\u0645\\u0646\\u06BE\\u0648\\u06C7\\u06C6\\u06C8\\u06CB\\u06D0\\u0649\\u064A";

/** A person's name in Uyghur script: Uyghur letters, parts separated by one space, hyphen or middle dot. A regular
 * expression source (no flags needed), so a field definition can carry it as plain data. */
export const UYGHUR_PERSON_NAME = `^(?=.{2,50}$)[${UYGHUR_LETTERS}]+(?:[ \\-\\u00B7][${UYGHUR_LETTERS}]+)*$`;

export function isUyghurPersonName(raw: string): boolean {
  return new RegExp(UYGHUR_PERSON_NAME).test(raw.trim().replace(/\s+/g, " "));
}
