import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  bankAccountFields,
  deferralPledge,
  FREE,
  relationOptions,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
} from "../shared";

// 残疾人两项补贴: 困难残疾人生活补贴 (for disabled people in 低保 or other hardship households) and 重度残疾人护理补贴
// (grade 1–2 needing long-term care). The disabled persons' federation checks the certificate first, civil affairs
// decides — hence the co-department. Amounts are set by the region and are not stated here.
export const disabilitySubsidies = defineService({
  code: "XJ-YN-MZ-003",
  slug: "disability-subsidies",
  title: {
    zh: "残疾人两项补贴申请（困难残疾人生活补贴和重度残疾人护理补贴）",
    ug: "مېيىپلارنىڭ ئىككى تۈرلۈك تولۇقلىمىسىنى ئىلتىماس قىلىش (تۇرمۇشى قىيىن مېيىپلارنىڭ تۇرمۇش تولۇقلىمىسى ۋە ئېغىر مېيىپلارنىڭ پەرۋىش تولۇقلىمىسى)",
  },
  summary: {
    zh: "低保家庭等困难家庭中的残疾人可申请生活补贴；残疾等级为一级、二级且需长期照护的重度残疾人可申请护理补贴。两项补贴可同时申请，由残联初审、民政部门审定，按月发放。",
    ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلىلەر قاتارلىق قىيىنچىلىقى بار ئائىلىلەردىكى مېيىپلار تۇرمۇش تولۇقلىمىسى ئىلتىماس قىلالايدۇ؛ مېيىپلىك دەرىجىسى 1-دەرىجە ياكى 2-دەرىجە بولۇپ، ئۇزۇن مۇددەت پەرۋىش قىلىنىشقا موھتاج ئېغىر مېيىپلار پەرۋىش تولۇقلىمىسى ئىلتىماس قىلالايدۇ. ئىككى تۈرلۈك تولۇقلىمىنى بىرلا ۋاقىتتا ئىلتىماس قىلىشقا بولىدۇ، مېيىپلار بىرلەشمىسى دەسلەپكى تەكشۈرۈپ، خەلق ئىشلىرى تارمىقى بېكىتىدۇ، ھەر ئايدا تارقىتىلىدۇ.",
  },
  department: "civil-affairs",
  // Money paid monthly on need and disability grade: a clerk must have seen the applicant's ID card first.
  assurance: "in_person",
  coDepartments: ["disabled-persons-federation"],
  sensitive: ["disability", "income"],
  lifeEvents: ["disability", "low-income"],
  keywords: {
    zh: ["两项补贴", "残疾人补贴", "护理补贴", "生活补贴", "残疾"],
    ug: ["مېيىپلار", "تولۇقلىما", "پەرۋىش تولۇقلىمىسى", "تۇرمۇش تولۇقلىمىسى"],
  },
  whoCanApply: {
    zh: "户籍在伊宁市、持有第二代残疾人证的残疾人本人，或其监护人、委托的家属。",
    ug: "نوپۇسى غۇلجا شەھىرىدە بولغان، ئىككىنچى ئەۋلاد مېيىپلار گۇۋاھنامىسى بار مېيىپلارنىڭ ئۆزى ياكى ئۇلارنىڭ ۋەسىيسى، ھاۋالە قىلغان ئائىلە تاۋابىئاتى.",
  },
  conditions: [
    {
      zh: "户籍在伊宁市，持有《中华人民共和国残疾人证》（第二代）。",
      ug: "نوپۇسى غۇلجا شەھىرىدە بولۇش، «جۇڭخۇا خەلق جۇمھۇرىيىتى مېيىپلار گۇۋاھنامىسى» (ئىككىنچى ئەۋلاد) بولۇش.",
    },
    {
      zh: "申请生活补贴的：属于最低生活保障家庭，或自治区规定的其他困难家庭。",
      ug: "تۇرمۇش تولۇقلىمىسى ئىلتىماس قىلغۇچىلار: ئەڭ تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلە ياكى ئاپتونوم رايون بەلگىلىگەن باشقا قىيىنچىلىقى بار ئائىلىگە تەۋە بولۇش.",
    },
    {
      zh: "申请护理补贴的：残疾等级为一级、二级且需要长期照护（部分三级智力、精神残疾人按当地规定纳入）。",
      ug: "پەرۋىش تولۇقلىمىسى ئىلتىماس قىلغۇچىلار: مېيىپلىك دەرىجىسى 1-دەرىجە ياكى 2-دەرىجە بولۇپ، ئۇزۇن مۇددەت پەرۋىش قىلىنىشقا موھتاج بولۇش (بىر قىسىم 3-دەرىجىلىك ئەقلىي ۋە روھىي مېيىپلار يەرلىك بەلگىلىمە بويىچە كىرگۈزۈلىدۇ).",
    },
    {
      zh: "未享受同类性质的补贴（如孤儿基本生活费、工伤保险生活护理费等不重复享受）。",
      ug: "ئوخشاش خاراكتېرلىك تولۇقلىمىدىن بەھرىمەن بولمىغان بولۇش (يېتىملەرنىڭ ئاساسىي تۇرمۇش خىراجىتى، ئىشتا يارىلىنىش سۇغۇرتىسىنىڭ تۇرمۇش پەرۋىش خىراجىتى قاتارلىقلار بىلەن تەكرار بەھرىمەن بولۇشقا بولمايدۇ).",
    },
  ],
  materials: [
    {
      id: "disability-cert",
      title: { zh: "第二代残疾人证", ug: "ئىككىنچى ئەۋلاد مېيىپلار گۇۋاھنامىسى" },
      required: true,
      form: "scan",
    },
    {
      id: "id-card",
      title: { zh: "残疾人身份证或户口簿", ug: "مېيىپنىڭ كىملىكى ياكى نوپۇس دەپتىرى" },
      required: true,
      form: "scan",
    },
    {
      id: "bank-card",
      title: { zh: "本人银行卡或社保卡", ug: "ئۆزىنىڭ بانكا كارتىسى ياكى ئىجتىمائىي كاپالەت كارتىسى" },
      required: true,
      deferrable: true,
      form: "scan",
      note: {
        zh: "可容缺受理，受理后10个工作日内补交。",
        ug: "كەمتۈك ھالەتتە قوبۇل قىلىنىدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
    {
      id: "low-income-cert",
      title: {
        zh: "低保证或困难家庭证明（申请生活补贴时，如有）",
        ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتى گۇۋاھنامىسى ياكى قىيىن ئائىلە ئىسپاتى (تۇرمۇش تولۇقلىمىسى ئىلتىماس قىلغاندا، بولسا)",
      },
      required: false,
      form: "scan",
    },
    {
      id: "guardian-proof",
      title: {
        zh: "监护关系证明或委托书（家属代办时）",
        ug: "ۋەسىيلىك مۇناسىۋىتى ئىسپاتى ياكى ھاۋالىنامە (ئائىلە تاۋابىئاتى ۋاكالىتەن بېجىرگەندە)",
      },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 15,
  legalDays: 20,
  legalBasis: [
    { zh: "《中华人民共和国残疾人保障法》", ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى مېيىپلارنى كاپالەتلەندۈرۈش قانۇنى»" },
    {
      zh: "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
      ug: "«گوۋۇيۈەننىڭ تۇرمۇشى قىيىن مېيىپلارنىڭ تۇرمۇش تولۇقلىمىسى ۋە ئېغىر مېيىپلارنىڭ پەرۋىش تولۇقلىمىسى تۈزۈمىنى ئومۇميۈزلۈك ئورنىتىش توغرىسىدىكى پىكرى» (گوۋۇيۈەن [2015] 52-نومۇرلۇق ھۆججەت)",
    },
    {
      zh: "新疆维吾尔自治区残疾人两项补贴相关实施规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ مېيىپلارنىڭ ئىككى تۈرلۈك تولۇقلىمىسىغا ئائىت يولغا قويۇش بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "残联初审、民政局审定后，自次月起按月发放至本人银行卡或社保卡，结果以短信通知。",
    ug: "مېيىپلار بىرلەشمىسى دەسلەپكى تەكشۈرۈپ، خەلق ئىشلىرى ئىدارىسى بېكىتكەندىن كېيىنكى ئايدىن باشلاپ ھەر ئايدا ئۆزىنىڭ بانكا كارتىسى ياكى ئىجتىمائىي كاپالەت كارتىسىغا تارقىتىلىدۇ، نەتىجە قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ.",
  },
  faq: [
    {
      q: { zh: "两项补贴可以同时领取吗？", ug: "ئىككى تۈرلۈك تولۇقلىمىنى بىرلا ۋاقىتتا ئالغىلى بولامدۇ؟" },
      a: {
        zh: "可以。既是困难家庭成员、又是重度残疾人的，可同时申请，请选择“两项都申请”。",
        ug: "بولىدۇ. ھەم قىيىنچىلىقى بار ئائىلىنىڭ ئەزاسى، ھەم ئېغىر مېيىپ بولسا، بىرلا ۋاقىتتا ئىلتىماس قىلالايدۇ، «ھەر ئىككىسىنى ئىلتىماس قىلىش» نى تاللاڭ.",
      },
    },
    {
      q: { zh: "残疾等级变了怎么办？", ug: "مېيىپلىك دەرىجىسى ئۆزگەرسە قانداق قىلىمەن؟" },
      a: {
        zh: "残疾人证换发或等级调整后，请及时到社区或残联申报，补贴资格和标准将重新核定。",
        ug: "مېيىپلار گۇۋاھنامىسى يېڭىلانغان ياكى دەرىجىسى تەڭشەلگەندىن كېيىن، ۋاقتىدا مەھەللە ياكى مېيىپلار بىرلەشمىسىگە مەلۇم قىلىڭ، تولۇقلىما سالاھىيىتى ۋە ئۆلچىمى قايتا بېكىتىلىدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "disabled-person",
      title: { zh: "残疾人信息", ug: "مېيىپ ئۇچۇرى" },
      householdPick: { name: "disabledName", idNumber: "disabledIdNumber", relation: "disabledRelation" },
      fields: [
        {
          kind: "radio",
          name: "forWhom",
          label: { zh: "为谁申请？", ug: "كىم ئۈچۈن ئىلتىماس قىلىسىز؟" },
          options: [
            { value: "self", label: { zh: "为本人申请", ug: "ئۆزۈم ئۈچۈن ئىلتىماس قىلىمەن" } },
            {
              value: "family",
              label: {
                zh: "为家人申请（监护人或家属代办）",
                ug: "ئائىلە ئەزاسى ئۈچۈن ئىلتىماس قىلىمەن (ۋەسىي ياكى ئائىلە تاۋابىئاتى ۋاكالىتەن بېجىرىدۇ)",
              },
            },
          ],
        },
        {
          kind: "personName",
          name: "disabledName",
          label: { zh: "残疾人姓名", ug: "مېيىپنىڭ ئىسىم-فامىلىسى" },
          showWhen: { field: "forWhom", equals: "family" },
        },
        {
          kind: "idNumber",
          name: "disabledIdNumber",
          label: { zh: "残疾人身份证号", ug: "مېيىپنىڭ كىملىك نومۇرى" },
          showWhen: { field: "forWhom", equals: "family" },
        },
        {
          kind: "select",
          name: "disabledRelation",
          label: { zh: "您与残疾人的关系", ug: "سىز بىلەن مېيىپنىڭ مۇناسىۋىتى" },
          options: relationOptions,
          showWhen: { field: "forWhom", equals: "family" },
        },
        {
          kind: "text",
          name: "disabilityCertNumber",
          label: { zh: "残疾人证号", ug: "مېيىپلار گۇۋاھنامىسىنىڭ نومۇرى" },
          hint: {
            zh: "20位：身份证号加残疾类别和等级两位数字",
            ug: "20 خانىلىق: كىملىك نومۇرى ۋە مېيىپلىك تۈرى، دەرىجىسىنى بىلدۈرىدىغان ئىككى خانىلىق سان",
          },
          maxLength: 20,
          pattern: { regex: "^\\d{17}[\\dXx][1-7][1-4]$", message: "validation:disabilityCertNumber" },
        },
        {
          kind: "select",
          name: "disabilityType",
          label: { zh: "残疾类别", ug: "مېيىپلىك تۈرى" },
          options: [
            { value: "visual", label: { zh: "视力残疾", ug: "كۆرۈش مېيىپلىكى" } },
            { value: "hearing", label: { zh: "听力残疾", ug: "ئاڭلاش مېيىپلىكى" } },
            { value: "speech", label: { zh: "言语残疾", ug: "سۆزلەش مېيىپلىكى" } },
            { value: "physical", label: { zh: "肢体残疾", ug: "ئەزا مېيىپلىكى" } },
            { value: "intellectual", label: { zh: "智力残疾", ug: "ئەقلىي مېيىپلىك" } },
            { value: "mental", label: { zh: "精神残疾", ug: "روھىي مېيىپلىك" } },
            { value: "multiple", label: { zh: "多重残疾", ug: "كۆپ خىل مېيىپلىك" } },
          ],
        },
        {
          kind: "select",
          name: "disabilityGrade",
          label: { zh: "残疾等级", ug: "مېيىپلىك دەرىجىسى" },
          options: [
            { value: "1", label: { zh: "一级", ug: "1-دەرىجە" } },
            { value: "2", label: { zh: "二级", ug: "2-دەرىجە" } },
            { value: "3", label: { zh: "三级", ug: "3-دەرىجە" } },
            { value: "4", label: { zh: "四级", ug: "4-دەرىجە" } },
          ],
        },
      ],
    },
    {
      id: "subsidy",
      title: { zh: "申请的补贴和发放账户", ug: "ئىلتىماس قىلىدىغان تولۇقلىما ۋە تارقىتىش ھېساباتى" },
      fields: [
        {
          kind: "radio",
          name: "subsidyType",
          label: { zh: "申请哪项补贴？", ug: "قايسى تولۇقلىمىنى ئىلتىماس قىلىسىز؟" },
          options: [
            {
              value: "living",
              label: { zh: "困难残疾人生活补贴", ug: "تۇرمۇشى قىيىن مېيىپلارنىڭ تۇرمۇش تولۇقلىمىسى" },
            },
            { value: "care", label: { zh: "重度残疾人护理补贴", ug: "ئېغىر مېيىپلارنىڭ پەرۋىش تولۇقلىمىسى" } },
            { value: "both", label: { zh: "两项都申请", ug: "ھەر ئىككىسىنى ئىلتىماس قىلىش" } },
          ],
        },
        {
          kind: "radio",
          name: "familyStatus",
          label: { zh: "家庭经济状况", ug: "ئائىلە ئىقتىسادىي ئەھۋالى" },
          showWhen: { field: "subsidyType", in: ["living", "both"] },
          options: [
            { value: "minimum-living", label: { zh: "最低生活保障家庭", ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلە" } },
            { value: "low-income", label: { zh: "低保边缘家庭", ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتى چېكىگە يېقىن ئائىلە" } },
            { value: "other", label: { zh: "其他经济困难家庭", ug: "باشقا ئىقتىسادىي قىيىنچىلىقى بار ئائىلە" } },
          ],
        },
        {
          kind: "radio",
          name: "careArrangement",
          label: { zh: "目前的照护方式", ug: "ھازىرقى پەرۋىش قىلىش ئۇسۇلى" },
          showWhen: { field: "subsidyType", in: ["care", "both"] },
          options: [
            { value: "home", label: { zh: "居家由家人照护", ug: "ئۆيدە ئائىلە ئەزالىرى پەرۋىش قىلىدۇ" } },
            { value: "institution", label: { zh: "在养护机构托养", ug: "پەرۋىش ئورگىنىدا تۇرىدۇ" } },
            { value: "none", label: { zh: "无人照护", ug: "پەرۋىش قىلىدىغان ئادەم يوق" } },
          ],
        },
        ...bankAccountFields,
      ],
    },
    {
      id: "materials",
      title: { zh: "上传材料", ug: "ماتېرىيال يوللاش" },
      intro: uploadIntro,
      fields: [
        {
          kind: "file",
          name: "disabilityCertScan",
          material: "disability-cert",
          label: { zh: "第二代残疾人证", ug: "ئىككىنچى ئەۋلاد مېيىپلار گۇۋاھنامىسى" },
        },
        {
          kind: "file",
          name: "idCardScan",
          material: "id-card",
          label: { zh: "残疾人身份证或户口簿", ug: "مېيىپنىڭ كىملىكى ياكى نوپۇس دەپتىرى" },
        },
        {
          kind: "file",
          name: "bankCardScan",
          material: "bank-card",
          optional: true,
          label: {
            zh: "本人银行卡或社保卡（可容缺）",
            ug: "بانكا كارتىسى ياكى ئىجتىمائىي كاپالەت كارتىسى (كېيىن تاپشۇرسىمۇ بولىدۇ)",
          },
        },
        deferralPledge("bankCardPledge", "bankCardScan"),
        {
          kind: "file",
          name: "lowIncomeCertScan",
          material: "low-income-cert",
          optional: true,
          showWhen: { field: "subsidyType", in: ["living", "both"] },
          label: {
            zh: "低保证或困难家庭证明（如有）",
            ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتى گۇۋاھنامىسى ياكى قىيىن ئائىلە ئىسپاتى (بولسا)",
          },
        },
        {
          kind: "file",
          name: "guardianProofScan",
          material: "guardian-proof",
          showWhen: { field: "forWhom", equals: "family" },
          label: { zh: "监护关系证明或委托书", ug: "ۋەسىيلىك مۇناسىۋىتى ئىسپاتى ياكى ھاۋالىنامە" },
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
    "Certificate number pattern assumes the second-generation 残疾人证 format (18-digit ID number + category digit 1–7 + grade digit 1–4); the pattern message key validation:disabilityCertNumber must be added to locales/{zh,ug}/validation.json. Whether Xinjiang extends the living subsidy to 低保边缘 families and the care subsidy to grade-3/4 intellectual or mental disability is stated as 'per local rules'. Time limits (15/20 working days) are assumptions. The Uyghur for 护理补贴 uses پەرۋىش; official texts may use كۈتۈش.",
});
