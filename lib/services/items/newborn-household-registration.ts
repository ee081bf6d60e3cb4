import { defineService } from "@/lib/form-engine/define-service";
import { ALL_CHANNELS, applicantStep, FREE, truthfulDeclaration, uploadIntro, windowCheckStep } from "../shared";

// 出生登记（新生儿落户）: a parent declares the birth with the 出生医学证明; the baby joins the father's or the
// mother's hukou, and takes the father's or the mother's ethnicity (民族) — both chosen by the parents.
const parentOptions = [
  { value: "father", label: { zh: "父亲", ug: "دادىسى" } },
  { value: "mother", label: { zh: "母亲", ug: "ئانىسى" } },
] as const;

export const newbornHouseholdRegistration = defineService({
  code: "XJ-YN-GA-002",
  slug: "newborn-household-registration",
  title: { zh: "出生登记（新生儿落户）", ug: "تۇغۇلۇش تىزىملىتىش (يېڭى تۇغۇلغان بوۋاقنى نوپۇسقا ئالدۇرۇش)" },
  summary: {
    zh: "婴儿出生后，由父母一方凭出生医学证明申报出生登记，随父或随母在伊宁市落户。应在出生后一个月内申报。",
    ug: "بوۋاق تۇغۇلغاندىن كېيىن، ئاتا-ئانىسىنىڭ بىرى تۇغۇلۇش تېببىي ئىسپاتى بىلەن تۇغۇلۇش تىزىملىتىشنى مەلۇم قىلىپ، دادىسى ياكى ئانىسىغا ئەگىشىپ غۇلجا شەھىرىدە نوپۇسقا ئالدۇرىدۇ. تۇغۇلغاندىن كېيىن بىر ئاي ئىچىدە مەلۇم قىلىش كېرەك.",
  },
  department: "public-security",
  // Once registered, the baby is a member of the applicant's household: the insurance, the card and every later
  // form pick the child from the household list instead of asking again.
  onApproved: "newbornJoinsHousehold",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["birth"],
  keywords: {
    zh: ["新生儿落户", "出生登记", "上户口", "报户口", "出生一件事"],
    ug: ["بوۋاق", "نوپۇسقا ئالدۇرۇش", "تۇغۇلۇش تىزىملىتىش"],
  },
  whoCanApply: {
    zh: "在伊宁市有常住户口的父亲或母亲，为本人新出生的子女申报。",
    ug: "غۇلجا شەھىرىدە دائىمىي نوپۇسى بار دادىسى ياكى ئانىسى ئۆزىنىڭ يېڭى تۇغۇلغان پەرزەنتى ئۈچۈن مەلۇم قىلىدۇ.",
  },
  conditions: [
    {
      zh: "婴儿随父或随母落户，落户一方为伊宁市常住户口。",
      ug: "بوۋاق دادىسى ياكى ئانىسىغا ئەگىشىپ نوپۇسقا ئالدۇرۇلىدۇ، نوپۇسقا ئالدۇرىدىغان تەرەپنىڭ دائىمىي نوپۇسى غۇلجا شەھىرىدە بولۇش.",
    },
    { zh: "持有医疗机构签发的《出生医学证明》。", ug: "داۋالاش ئورگىنى بەرگەن «تۇغۇلۇش تېببىي ئىسپاتى» بولۇش." },
    {
      zh: "应在婴儿出生后一个月内申报；逾期的仍可申报，但可能需要补充说明。",
      ug: "بوۋاق تۇغۇلغاندىن كېيىن بىر ئاي ئىچىدە مەلۇم قىلىش كېرەك؛ ۋاقتى ئۆتۈپ كەتسىمۇ مەلۇم قىلغىلى بولىدۇ، لېكىن قوشۇمچە چۈشەندۈرۈش تەلەپ قىلىنىشى مۇمكىن.",
    },
  ],
  materials: [
    { id: "birth-cert", title: { zh: "出生医学证明", ug: "تۇغۇلۇش تېببىي ئىسپاتى" }, required: true, form: "scan" },
    {
      id: "hukou",
      title: {
        zh: "落户方户口簿（户主页和本人页）",
        ug: "نوپۇسقا ئالدۇرىدىغان تەرەپنىڭ نوپۇس دەپتىرى (ئائىلە باشلىقى بېتى ۋە ئۆزى بەت)",
      },
      required: true,
      form: "scan",
    },
    { id: "parents-id", title: { zh: "父母双方身份证", ug: "ئاتا-ئانىسىنىڭ كىملىكى" }, required: true, form: "scan" },
    {
      id: "marriage-cert",
      title: { zh: "父母结婚证（如有）", ug: "ئاتا-ئانىسىنىڭ نىكاھ گۇۋاھنامىسى (بولسا)" },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 3,
  legalDays: 10,
  legalBasis: [
    { zh: "《中华人民共和国户口登记条例》第七条", ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى نوپۇس تىزىملىتىش نىزامى» 7-ماددا" },
    {
      zh: "《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）",
      ug: "«گوۋۇيۈەن ئىشخانىسىنىڭ نوپۇسسىز كىشىلەرنى نوپۇسقا ئالدۇرۇش مەسىلىسىنى ھەل قىلىش توغرىسىدىكى پىكرى» (گوۋۇيۈەن ئىشخانىسى [2015] 96-نومۇرلۇق ھۆججەت)",
    },
    {
      zh: "新疆维吾尔自治区户籍管理相关规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ نوپۇس باشقۇرۇشقا ئائىت بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "审核通过后以短信通知，到户籍所在地公安派出所领取新生儿户口簿页；落户后可为孩子申领居民身份证。",
    ug: "تەستىقلانغاندىن كېيىن قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، نوپۇس تۇرۇشلۇق جايدىكى ساقچىخانىدىن بوۋاقنىڭ نوپۇس دەپتىرى بېتىنى ئېلىڭ؛ نوپۇسقا ئالدۇرغاندىن كېيىن بالا ئۈچۈن كىملىك ئىلتىماس قىلغىلى بولىدۇ.",
  },
  faq: [
    {
      q: { zh: "孩子的民族怎么登记？", ug: "بالىنىڭ مىللىتى قانداق تىزىملىتىلىدۇ؟" },
      a: {
        zh: "子女的民族按父亲或母亲的民族登记，由父母在申报时选定。",
        ug: "پەرزەنتنىڭ مىللىتى دادىسى ياكى ئانىسىنىڭ مىللىتى بويىچە تىزىملىتىلىدۇ، ئاتا-ئانىسى مەلۇم قىلغاندا تاللايدۇ.",
      },
    },
    {
      q: { zh: "超过一个月还能落户吗？", ug: "بىر ئايدىن ئېشىپ كەتسە نوپۇسقا ئالدۇرغىلى بولامدۇ؟" },
      a: {
        zh: "可以。逾期申报仍予办理，派出所可能会核实情况。",
        ug: "بولىدۇ. ۋاقتى ئۆتۈپ مەلۇم قىلغانلارمۇ بېجىرىلىدۇ، ساقچىخانا ئەھۋالنى ئېنىقلىشى مۇمكىن.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "baby",
      title: { zh: "新生儿信息", ug: "بوۋاق ئۇچۇرى" },
      fields: [
        { kind: "personName", name: "babyName", label: { zh: "新生儿姓名", ug: "بوۋاقنىڭ ئىسىم-فامىلىسى" } },
        {
          kind: "radio",
          name: "babyGender",
          label: { zh: "性别", ug: "جىنسى" },
          options: [
            { value: "male", label: { zh: "男", ug: "ئوغۇل" } },
            { value: "female", label: { zh: "女", ug: "قىز" } },
          ],
        },
        {
          kind: "date",
          name: "babyBirthDate",
          notFuture: true,
          label: { zh: "新生儿出生日期", ug: "بوۋاقنىڭ تۇغۇلغان ۋاقتى" },
        },
        {
          kind: "text",
          name: "birthCertNumber",
          label: { zh: "出生医学证明编号", ug: "تۇغۇلۇش تېببىي ئىسپاتىنىڭ نومۇرى" },
          hint: {
            zh: "在出生医学证明右上角，1位字母加9位数字",
            ug: "تۇغۇلۇش تېببىي ئىسپاتىنىڭ ئوڭ ئۈستى بۇلۇڭىدا، 1 ھەرپ ۋە 9 خانىلىق سان",
          },
          maxLength: 10,
          pattern: { regex: "^[A-Za-z]\\d{9}$", message: "validation:birthCertNumber" },
        },
        { kind: "text", name: "birthHospital", maxLength: 60, label: { zh: "出生医院", ug: "تۇغۇلغان دوختۇرخانا" } },
      ],
    },
    {
      id: "parents",
      title: { zh: "父母和落户信息", ug: "ئاتا-ئانا ۋە نوپۇسقا ئالدۇرۇش ئۇچۇرى" },
      // The other parent is the applicant's spouse in the household list.
      householdPick: { name: "otherParentName", idNumber: "otherParentIdNumber", relations: ["spouse"] },
      fields: [
        {
          kind: "radio",
          name: "applicantRole",
          label: { zh: "您是新生儿的", ug: "سىز بوۋاقنىڭ" },
          options: parentOptions,
        },
        {
          kind: "personName",
          name: "otherParentName",
          label: { zh: "另一方（父亲或母亲）姓名", ug: "يەنە بىر تەرەپنىڭ (دادىسى ياكى ئانىسىنىڭ) ئىسىم-فامىلىسى" },
        },
        {
          kind: "idNumber",
          name: "otherParentIdNumber",
          label: { zh: "另一方身份证号", ug: "يەنە بىر تەرەپنىڭ كىملىك نومۇرى" },
        },
        {
          kind: "radio",
          name: "joinHukouOf",
          label: { zh: "新生儿随谁落户？", ug: "بوۋاق كىمگە ئەگىشىپ نوپۇسقا ئالدۇرۇلىدۇ؟" },
          options: [
            { value: "father", label: { zh: "随父亲落户", ug: "دادىسىغا ئەگىشىپ" } },
            { value: "mother", label: { zh: "随母亲落户", ug: "ئانىسىغا ئەگىشىپ" } },
          ],
        },
        {
          kind: "radio",
          name: "ethnicityFrom",
          label: { zh: "新生儿民族随", ug: "بوۋاقنىڭ مىللىتى كىمگە ئەگىشىدۇ" },
          options: [
            { value: "father", label: { zh: "随父亲的民族", ug: "دادىسىنىڭ مىللىتىگە" } },
            { value: "mother", label: { zh: "随母亲的民族", ug: "ئانىسىنىڭ مىللىتىگە" } },
          ],
        },
      ],
    },
    {
      id: "materials",
      title: { zh: "上传材料", ug: "ماتېرىيال يوللاش" },
      intro: uploadIntro,
      fields: [
        {
          kind: "file",
          name: "birthCertScan",
          material: "birth-cert",
          label: { zh: "出生医学证明", ug: "تۇغۇلۇش تېببىي ئىسپاتى" },
        },
        {
          kind: "file",
          name: "hukouScan",
          material: "hukou",
          label: { zh: "落户方户口簿", ug: "نوپۇسقا ئالدۇرىدىغان تەرەپنىڭ نوپۇس دەپتىرى" },
        },
        {
          kind: "file",
          name: "parentsIdScan",
          material: "parents-id",
          label: { zh: "父母双方身份证", ug: "ئاتا-ئانىسىنىڭ كىملىكى" },
        },
        {
          kind: "file",
          name: "marriageCertScan",
          material: "marriage-cert",
          optional: true,
          label: { zh: "父母结婚证（如有）", ug: "ئاتا-ئانىسىنىڭ نىكاھ گۇۋاھنامىسى (بولسا)" },
        },
      ],
    },
    windowCheckStep,
    {
      id: "declaration",
      title: { zh: "承诺", ug: "ۋەدە" },
      fields: [truthfulDeclaration],
    },
  ],
  notes:
    "No deferrable material: the birth certificate, hukou and IDs are what 派出所 registers from. Marriage certificate optional because non-marital births can be registered (国办发〔2015〕96号). Time limits (3 promised / 10 legal working days) are assumptions; many 派出所 do it on the spot. Pickup versus mailing of the new hukou page is not asked. Birth certificate number pattern shares the uncertainty noted in resident-medical-insurance.",
});
