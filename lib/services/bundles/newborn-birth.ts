// 新生儿出生一件事: the birth registration (落户), the newborn's resident medical insurance, the newborn's social
// security card and, where the parents have not registered the birth with the health commission yet, 生育登记 — one
// journey, four departments in parallel. The baby's and the parents' facts and the shared papers are asked once;
// they come from the birth registration item's own steps, so the wording is the same as when it is applied for alone.
import { newbornHouseholdRegistration as hukou } from "../items/newborn-household-registration";
import { applicantStep, windowCheckStep, yesNoOptions } from "../shared";
import { stepOf, type BundleDef } from "./bundle-types";

const parents = stepOf(hukou, "parents");

export const newbornBirthBundle: BundleDef = {
  code: "XJ-YN-YJS-001",
  slug: "newborn-birth-bundle",
  title: { zh: "新生儿出生一件事", ug: "يېڭى تۇغۇلغان بوۋاق ئىشلىرىنى بىر قېتىمدا بېجىرىش" },
  summary: {
    zh: "孩子出生后，一次填写、一次提交，同时办理出生登记（落户）、城乡居民医保参保和社会保障卡申领；尚未办理生育登记的一并办理。各部门同时审批，进度在一处查看。",
    ug: "بالا تۇغۇلغاندىن كېيىن، بىر قېتىم تولدۇرۇپ، بىر قېتىم تاپشۇرۇپ، تۇغۇلۇش تىزىملىتىش (نوپۇسقا ئالدۇرۇش)، شەھەر-يېزا ئاھالىلىرى داۋالاش سۇغۇرتىسىغا قاتنىشىش ۋە ئىجتىمائىي كاپالەت كارتىسى ئىلتىماس قىلىشنى بىرلا ۋاقىتتا بېجىرىسىز؛ تۇغۇت تىزىملىتىشنى بېجىرمىگەن بولسىڭىز ئۇمۇ بىللە بېجىرىلىدۇ. ھەرقايسى تارماقلار بىرلا ۋاقىتتا تەستىقلايدۇ، ئەھۋالىنى بىر يەردىن كۆرىسىز.",
  },
  lifeEvent: "birth",
  keywords: {
    zh: ["出生一件事", "新生儿", "出生", "落户", "医保", "社保卡", "一件事"],
    ug: ["بوۋاق", "تۇغۇلۇش", "بىر قېتىمدا", "نوپۇس", "داۋالاش سۇغۇرتىسى"],
  },
  whoCanApply: {
    zh: "在伊宁市有常住户口的新生儿父亲或母亲。",
    ug: "غۇلجا شەھىرىدە دائىمىي نوپۇسى بار يېڭى تۇغۇلغان بوۋاقنىڭ دادىسى ياكى ئانىسى.",
  },
  resultDelivery: {
    zh: "每个事项由各自部门办结，并分别以短信通知；出生登记办结后，孩子自动加入您的家庭成员，以后办事不必再填。",
    ug: "ھەر بىر ئىش ئۆز تارمىقى تەرىپىدىن بېجىرىلىپ، ئايرىم-ئايرىم قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ؛ تۇغۇلۇش تىزىملىتىش بېجىرىلگەندىن كېيىن، بالا ئائىلە ئەزالىرىڭىز قاتارىغا ئاپتوماتىك قوشۇلىدۇ، كېيىن ئىش بېجىرگەندە قايتا تولدۇرمايسىز.",
  },
  askFirst: [
    applicantStep,
    stepOf(hukou, "baby"),
    {
      ...parents,
      fields: [
        ...parents.fields,
        {
          kind: "radio",
          name: "familyPlanningRegistered",
          label: { zh: "怀孕期间是否已办理生育登记？", ug: "ھامىلدارلىق مەزگىلىدە تۇغۇت تىزىملىتىشنى بېجىرگەنمۇ؟" },
          hint: {
            zh: "未办理的，本次一并向卫生健康部门办理。",
            ug: "بېجىرمىگەن بولسىڭىز، بۇ قېتىم سەھىيە تارمىقىدا بىللە بېجىرىلىدۇ.",
          },
          options: yesNoOptions,
        },
      ],
    },
    {
      ...stepOf(hukou, "materials"),
      title: { zh: "共用材料（只传一次）", ug: "ئورتاق ماتېرىياللار (بىرلا قېتىم يوللىنىدۇ)" },
      intro: {
        zh: "以下材料只需上传一次，会同时提供给需要它的每个部门。支持PDF、JPG、PNG，每个文件不超过10MB。",
        ug: "تۆۋەندىكى ماتېرىياللارنى بىرلا قېتىم يوللىسىڭىز، ئۇ ئېھتىياجلىق ھەر بىر تارماققا تەڭلا يەتكۈزۈلىدۇ. PDF، JPG، PNG قوللىنىدۇ، ھەر بىر ھۆججەت 10MB دىن ئاشمىسۇن.",
      },
    },
  ],
  members: [
    { key: "hukou", service: "newborn-household-registration", label: { zh: "出生登记", ug: "تۇغۇلۇش تىزىملىتىش" } },
    {
      key: "medical",
      service: "resident-medical-insurance",
      label: { zh: "医保参保", ug: "داۋالاش سۇغۇرتىسى" },
      fixed: { insuredPerson: "newborn" },
      from: { newbornName: "babyName", newbornBirthDate: "babyBirthDate", newbornBirthCertNumber: "birthCertNumber" },
      // The newborn's hukou page is what the birth registration produces; the parent's own category does not apply.
      omit: ["newbornHukouScan", "newbornHukouPledge", "insuredCategory", "categoryProofScan", "idCardScan"],
    },
    {
      key: "card",
      service: "social-security-card",
      label: { zh: "社保卡", ug: "ئىجتىمائىي كاپالەت كارتىسى" },
      fixed: { cardHolder: "newborn", applicationType: "first" },
      from: { newbornName: "babyName", newbornBirthDate: "babyBirthDate" },
      // The child's ID number is given by the birth registration in this same bundle; a baby's card has no photo.
      omit: ["newbornIdNumber", "lossReported", "idCardScan", "photoScan"],
    },
    {
      key: "planning",
      service: "birth-registration-family-planning",
      label: { zh: "生育登记", ug: "تۇغۇت تىزىملىتىش" },
      when: { field: "familyPlanningRegistered", equals: "no" },
      whenText: {
        zh: "怀孕期间未办理生育登记的",
        ug: "ھامىلدارلىق مەزگىلىدە تۇغۇت تىزىملىتىشنى بېجىرمىگەنلەر",
      },
      from: { spouseName: "otherParentName", spouseIdNumber: "otherParentIdNumber", idCardsScan: "parentsIdScan" },
      // Registered after the birth (补登记): there is no due date any more; the baby's birth date is asked above.
      omit: ["expectedDueDate"],
    },
  ],
  askLast: [windowCheckStep, stepOf(hukou, "declaration")],
  materials: hukou.materials,
  faq: [
    {
      q: {
        zh: "一个部门要求补正，其他事项会停下来吗？",
        ug: "بىر تارماق تولۇقلاشنى تەلەپ قىلسا، باشقا ئىشلار توختاپ قالامدۇ؟",
      },
      a: {
        zh: "不会。每个事项由各自部门同时办理，一个事项待补正不影响其他事项。同一份材料被两个部门要求时，您只需补传一次。",
        ug: "ياق. ھەر بىر ئىشنى ئۆز تارمىقى بىرلا ۋاقىتتا بېجىرىدۇ، بىر ئىشنىڭ تولۇقلىنىشى باشقا ئىشلارغا تەسىر يەتكۈزمەيدۇ. ئوخشاش بىر ماتېرىيالنى ئىككى تارماق تەلەپ قىلسا، پەقەت بىر قېتىم يوللىسىڭىز بولىدۇ.",
      },
    },
  ],
  notes:
    "Members and order follow the national 新生儿出生“一件事” list (出生医学证明 is issued by the hospital, not applied for here; 预防接种证 is not an online item in this catalogue). 生育登记 after the birth (补登记) uses the pregnancy step without the due date.",
};
