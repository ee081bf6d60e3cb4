import { describe, expect, it } from "vitest";
import { birthDateOf, checkIdNumber, genderOf, idCheckDigit } from "./id-number";
import { passesLuhn } from "./luhn";
import { isPersonName, isUyghurPersonName, normalizePersonName, UYGHUR_PERSON_NAME } from "./person-name";

const today = "2026-11-25";

describe("ID number (GB 11643)", () => {
  it("accepts valid numbers, X check digit included", () => {
    expect(checkIdNumber("11010519491231002X", today)).toBeNull();
    expect(checkIdNumber("11010519491231002x", today)).toBeNull(); // lower-case x is normalised
    expect(checkIdNumber(" 110105 19491231 002X ", today)).toBeNull();
  });
  it("rejects a wrong check digit", () => {
    expect(checkIdNumber("110105194912310021", today)).toBe("checksum");
  });
  it("rejects wrong length and characters", () => {
    expect(checkIdNumber("11010519491231002", today)).toBe("format");
    expect(checkIdNumber("A1010519491231002X", today)).toBe("format");
    expect(checkIdNumber("01010519491231002X", today)).toBe("format");
  });
  it("rejects impossible and future birth dates", () => {
    const feb30 = "65400219900230" + "123";
    expect(checkIdNumber(feb30 + idCheckDigit(feb30), today)).toBe("birthDate");
    const future = "65400220270101" + "123";
    expect(checkIdNumber(future + idCheckDigit(future), today)).toBe("birthDate");
  });
  it("reads birth date and gender", () => {
    expect(birthDateOf("11010519491231002X")).toBe("1949-12-31");
    expect(genderOf("11010519491231002X")).toBe("female");
    expect(genderOf("110105194912310011".slice(0, 16) + "1" + "X")).toBe("male");
  });
});

describe("Luhn", () => {
  it("accepts valid card numbers and rejects altered ones", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("6222600260001072444")).toBe(true); // 19-digit UnionPay sample
    expect(passesLuhn("4111111111111112")).toBe(false);
    expect(passesLuhn("62220 2")).toBe(false);
  });
});

describe("person names", () => {
  it("accepts Chinese, Uyghur and Latin names, with the middle dot", () => {
    for (const ok of [
      "王建国",
      "阿依古丽·艾买提",
      "阿依古丽 · 艾买提",
      "阿依古丽•艾买提",
      "ئايگۈل ئەھمەت",
      "Nurlan Halim",
      "努尔兰·哈力木",
    ]) {
      expect(isPersonName(ok), ok).toBe(true);
    }
  });
  it("rejects digits, symbols, leading dots and single characters", () => {
    for (const bad of ["王", "王建国1", "·王建国", "王建国·", "王<b>", "a", "王建国··李"]) {
      expect(isPersonName(bad), bad).toBe(false);
    }
  });
  it("normalises the separator", () => {
    expect(normalizePersonName(" 阿依古丽 • 艾买提 ")).toBe("阿依古丽·艾买提");
  });
});

describe("Uyghur-script person names", () => {
  it("accepts names in Uyghur letters", () => {
    for (const ok of ["ئايگۈل ئەھمەت", "ۋاڭ جيەنگو", "تۇرسۇن", "مۇھەممەد-ئېلى", " گۈلمىرا تۇرسۇن "])
      expect(isUyghurPersonName(ok), ok).toBe(true);
  });
  it("refuses Chinese, Latin, digits, look-alike Arabic and Persian letters, and stray separators", () => {
    // U+0647 (ه), U+06CC (ی) and U+06A9 (ک) look like Uyghur letters but are not.
    for (const bad of [
      "阿依古丽",
      "Aygul",
      "ئايگۈل 2",
      "ئايگۈل \u0647",
      "\u06CCاسىن",
      "\u06A9ېرىم",
      "ئ",
      "-ئايگۈل",
      "ئايگۈل--ئەھمەت",
    ]) {
      expect(isUyghurPersonName(JSON.parse(`"${bad}"`)), bad).toBe(false);
    }
  });
  it("works as a plain pattern (what a field definition carries)", () => {
    expect(new RegExp(UYGHUR_PERSON_NAME).test("ئايگۈل ئەھمەت")).toBe(true);
  });
});
