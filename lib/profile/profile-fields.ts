// The profile's fields, with the field kind that validates each (the same kinds the forms use).
import type { FieldDef } from "@/lib/form-engine/types";
import { UYGHUR_PERSON_NAME } from "@/lib/validators/person-name";

export const profileFieldNames = [
  "fullName",
  "fullNameUg",
  "idNumber",
  "mobile",
  "ethnicity",
  "address",
  "hukouAddress",
  "bankCard",
  "employer",
  "disabilityCertNumber",
] as const;
export type ProfileFieldName = (typeof profileFieldNames)[number];

const L = (zh: string, ug: string) => ({ zh, ug });

export const profileFieldDefs: Record<ProfileFieldName, FieldDef> = {
  fullName: { kind: "personName", name: "fullName", label: L("姓名", "ئىسىم-فامىلە") },
  // The name as written in Uyghur script (shown on Uyghur pages); the Chinese-script name stays the legal one.
  fullNameUg: {
    kind: "text",
    name: "fullNameUg",
    label: L("维吾尔文姓名", "ئۇيغۇرچە ئىسىم-فامىلە"),
    optional: true,
    maxLength: 50,
    script: "ug",
    hint: L(
      "用维吾尔文字母填写，各部分之间用空格隔开",
      "ئۇيغۇر ھەرپلىرى بىلەن يېزىڭ، ھەر قايسى قىسمىنى بوشلۇق بىلەن ئايرىڭ",
    ),
    pattern: { regex: UYGHUR_PERSON_NAME, message: "profile:errors.nameUg" },
  },
  idNumber: { kind: "idNumber", name: "idNumber", label: L("身份证号", "كىملىك نومۇرى") },
  mobile: { kind: "mobile", name: "mobile", label: L("手机号", "يانفون نومۇرى") },
  ethnicity: { kind: "text", name: "ethnicity", label: L("民族", "مىللىتى"), optional: true, maxLength: 20 },
  address: { kind: "address", name: "address", label: L("现居住地址", "ھازىرقى ئولتۇرۇشلۇق ئادرېسى") },
  // Permanent household registration (户籍), which for a newcomer is not where they live: asked by the residence
  // permit, kept here so it is given once.
  hukouAddress: {
    kind: "text",
    name: "hukouAddress",
    label: L("户籍地址（常住户口所在地）", "نوپۇس ئادرېسى (دائىمىي نوپۇس تۇرۇشلۇق جاي)"),
    optional: true,
    maxLength: 100,
  },
  bankCard: {
    kind: "bankCard",
    name: "bankCard",
    label: L("收款银行卡号", "پۇل تاپشۇرۇۋالىدىغان بانكا كارتا نومۇرى"),
    optional: true,
  },
  employer: { kind: "text", name: "employer", label: L("工作单位", "خىزمەت ئورنى"), optional: true, maxLength: 60 },
  disabilityCertNumber: {
    kind: "text",
    name: "disabilityCertNumber",
    label: L("残疾人证号", "مېيىپلار گۇۋاھنامىسى نومۇرى"),
    optional: true,
    pattern: { regex: "^\\d{17}[\\dXx][1-7][1-4]$", message: "validation:disabilityCertNumber" },
  },
};

/** Which prefill sources write back to which profile field (the rest are derived or household facts). The mobile
 * is not among them: it is the account's, changed only with a code sent to the new number. */
export const writableSources: Partial<Record<string, ProfileFieldName>> = {
  fullName: "fullName",
  idNumber: "idNumber",
  address: "address",
  hukouAddress: "hukouAddress",
  bankCard: "bankCard",
  employer: "employer",
  ethnicity: "ethnicity",
  disabilityCertNumber: "disabilityCertNumber",
};
