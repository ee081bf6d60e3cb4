import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  deferralPledge,
  FREE,
  householdFields,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
  yesNoOptions,
} from "../shared";

// 临时救助申请: one-off help for households in sudden hardship (accident, illness, a sharp rise in necessary
// spending). Urgent cases are helped first (先行救助) and the proof follows — hence the deferrable hardship proof.
export const temporaryAssistance = defineService({
  code: "XJ-YN-MZ-004",
  slug: "temporary-assistance",
  title: { zh: "临时救助申请", ug: "ۋاقىتلىق ياردەم ئىلتىماس قىلىش" },
  summary: {
    zh: "因火灾、交通事故等意外事件，或家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人，可申请临时救助。",
    ug: "ئوت ئاپىتى، قاتناش ۋەقەسى قاتارلىق تاسادىپىي ۋەقەلەر ياكى ئائىلە ئەزاسىنىڭ تۇيۇقسىز ئېغىر كېسەلگە گىرىپتار بولۇشى قاتارلىق سەۋەبلەر تۈپەيلىدىن ئاساسىي تۇرمۇشىدا ۋاقىتلىق ئېغىر قىيىنچىلىق كۆرۈلگەن ئائىلە ياكى شەخسلەر ۋاقىتلىق ياردەم ئىلتىماس قىلالايدۇ.",
  },
  department: "civil-affairs",
  // Money paid on a means test: a clerk must have seen the applicant's ID card (online only after that).
  assurance: "in_person",
  // Township (subdistrict) verification of the household and civil-affairs approval, signed off in parallel.
  coDepartments: ["township"],
  sensitive: ["income"],
  lifeEvents: ["low-income"],
  keywords: {
    zh: ["临时救助", "急难救助", "救助", "困难补助"],
    ug: ["ۋاقىتلىق ياردەم", "جىددىي ياردەم", "قىيىنچىلىق"],
  },
  whoCanApply: {
    zh: "户籍在伊宁市或持有伊宁市居住证、遭遇急难或生活必需支出突然增加的家庭或个人；情况紧急的，可由社区（村）代为申请。",
    ug: "نوپۇسى غۇلجا شەھىرىدە بولغان ياكى غۇلجا شەھىرىنىڭ تۇرالغۇ گۇۋاھنامىسى بار، جىددىي قىيىنچىلىققا يولۇققان ياكى تۇرمۇشقا زۆرۈر چىقىمى تۇيۇقسىز كۆپەيگەن ئائىلە ياكى شەخسلەر؛ ئەھۋال جىددىي بولسا مەھەللە (كەنت) ۋاكالىتەن ئىلتىماس قىلالايدۇ.",
  },
  conditions: [
    {
      zh: "因火灾、交通事故、溺水、人身伤害等意外事件，或家庭成员突发重大疾病，导致基本生活暂时出现严重困难。",
      ug: "ئوت ئاپىتى، قاتناش ۋەقەسى، سۇغا چۆكۈش، جىسمانىي زەخىملىنىش قاتارلىق تاسادىپىي ۋەقەلەر ياكى ئائىلە ئەزاسىنىڭ تۇيۇقسىز ئېغىر كېسەلگە گىرىپتار بولۇشى سەۋەبىدىن ئاساسىي تۇرمۇشىدا ۋاقىتلىق ئېغىر قىيىنچىلىق كۆرۈلۈش.",
    },
    {
      zh: "因教育、医疗等生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭或低收入家庭。",
      ug: "مائارىپ، داۋالىنىش قاتارلىق تۇرمۇشقا زۆرۈر چىقىملارنىڭ تۇيۇقسىز كۆپىيىپ ئائىلىنىڭ كۆتۈرەلەيدىغان دائىرىسىدىن ئېشىپ كېتىشى سەۋەبىدىن ئاساسىي تۇرمۇشىدا ۋاقىتلىق ئېغىر قىيىنچىلىق كۆرۈلگەن ئەڭ تۆۋەن تۇرمۇش كاپالىتىدىكى ئائىلە ياكى تۆۋەن كىرىملىك ئائىلە بولۇش.",
    },
    {
      zh: "已获得保险赔付或其他社会救助后，基本生活仍有困难。",
      ug: "سۇغۇرتا تۆلىمى ياكى باشقا ئىجتىمائىي ياردەمگە ئېرىشكەندىن كېيىنمۇ ئاساسىي تۇرمۇشىدا يەنىلا قىيىنچىلىق بولۇش.",
    },
  ],
  materials: [
    {
      id: "id-card",
      title: { zh: "申请人身份证（正反面）", ug: "ئىلتىماس قىلغۇچىنىڭ كىملىكى (ئالدى-ئارقا يۈزى)" },
      required: true,
      form: "scan",
    },
    {
      id: "hukou",
      title: { zh: "户口簿或居住证", ug: "نوپۇس دەپتىرى ياكى تۇرالغۇ گۇۋاھنامىسى" },
      required: true,
      form: "scan",
    },
    {
      id: "authorization",
      title: { zh: "家庭经济状况核对授权书", ug: "ئائىلە ئىقتىسادىي ئەھۋالىنى تەكشۈرۈپ دەلىللەش ھوقۇق بېرىش خېتى" },
      required: true,
      form: "scan",
    },
    {
      id: "hardship-proof",
      title: {
        zh: "困难情况证明（医疗费用票据、诊断证明、事故证明等）",
        ug: "قىيىنچىلىق ئەھۋالى ئىسپاتى (داۋالىنىش چىقىمى تالونى، دىئاگنوز ئىسپاتى، ۋەقە ئىسپاتى قاتارلىقلار)",
      },
      required: true,
      deferrable: true,
      form: "scan",
      note: {
        zh: "情况紧急的可先行救助，受理后10个工作日内补交。",
        ug: "ئەھۋال جىددىي بولسا ئالدى بىلەن ياردەم بېرىلىدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
  ],
  fee: FREE,
  promisedDays: 10,
  legalDays: 20,
  legalBasis: [
    {
      zh: "《社会救助暂行办法》（国务院令第649号）",
      ug: "«ئىجتىمائىي ياردەم ۋاقىتلىق چارىسى» (گوۋۇيۈەننىڭ 649-نومۇرلۇق بۇيرۇقى)",
    },
    {
      zh: "《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）",
      ug: "«گوۋۇيۈەننىڭ ۋاقىتلىق ياردەم تۈزۈمىنى ئومۇميۈزلۈك ئورنىتىش توغرىسىدىكى ئۇقتۇرۇشى» (گوۋۇيۈەن [2014] 47-نومۇرلۇق ھۆججەت)",
    },
    {
      zh: "新疆维吾尔自治区临时救助相关实施规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ ۋاقىتلىق ياردەمگە ئائىت يولغا قويۇش بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "审批后救助金发放至本人社会保障卡或银行卡，必要时提供实物救助；情况紧急的可先行救助，结果以短信通知。",
    ug: "تەستىقلانغاندىن كېيىن ياردەم پۇلى ئۆزىنىڭ ئىجتىمائىي كاپالەت كارتىسى ياكى بانكا كارتىسىغا تارقىتىلىدۇ، زۆرۈر تېپىلغاندا ماددىي بۇيۇم بىلەن ياردەم بېرىلىدۇ؛ ئەھۋال جىددىي بولسا ئالدى بىلەن ياردەم بېرىلىدۇ، نەتىجە قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ.",
  },
  faq: [
    {
      q: { zh: "临时救助可以多次申请吗？", ug: "ۋاقىتلىق ياردەمنى كۆپ قېتىم ئىلتىماس قىلغىلى بولامدۇ؟" },
      a: {
        zh: "同一事由原则上只救助一次；因新的困难事由导致生活困难的，可以再次申请。",
        ug: "ئوخشاش سەۋەب ئۈچۈن پرىنسىپ جەھەتتىن پەقەت بىر قېتىم ياردەم بېرىلىدۇ؛ يېڭى قىيىنچىلىق سەۋەبىدىن تۇرمۇش قىيىنلاشسا، قايتا ئىلتىماس قىلغىلى بولىدۇ.",
      },
    },
    {
      q: { zh: "情况紧急、等不及审批怎么办？", ug: "ئەھۋال جىددىي بولۇپ، تەستىقنى ساقلىيالمىسام قانداق قىلىمەن؟" },
      a: {
        zh: "请直接联系所在社区（村）或乡镇（街道），对急难情况可先行救助，事后补办手续。",
        ug: "بىۋاسىتە تۇرۇشلۇق مەھەللە (كەنت) ياكى يېزا-بازار (كوچا باشقارمىسى) بىلەن ئالاقىلىشىڭ، جىددىي ئەھۋالدا ئالدى بىلەن ياردەم بېرىلىپ، رەسمىيەت كېيىن تولۇقلىنىدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "household",
      title: { zh: "家庭成员", ug: "ئائىلە ئەزالىرى" },
      intro: {
        zh: "请如实填写与您共同生活的家庭成员及其月收入。",
        ug: "سىز بىلەن بىللە تۇرمۇش كەچۈرىدىغان ئائىلە ئەزالىرى ۋە ئۇلارنىڭ ئايلىق كىرىمىنى راست تولدۇرۇڭ.",
      },
      fields: householdFields,
    },
    {
      id: "hardship",
      title: { zh: "困难情况", ug: "قىيىنچىلىق ئەھۋالى" },
      fields: [
        {
          kind: "select",
          name: "emergencyType",
          label: { zh: "困难类型", ug: "قىيىنچىلىق تۈرى" },
          options: [
            {
              value: "accident",
              label: {
                zh: "意外事件（火灾、交通事故等）",
                ug: "تاسادىپىي ۋەقە (ئوت ئاپىتى، قاتناش ۋەقەسى قاتارلىقلار)",
              },
            },
            { value: "illness", label: { zh: "突发重大疾病", ug: "تۇيۇقسىز ئېغىر كېسەل" } },
            { value: "medical-cost", label: { zh: "医疗支出突然增加", ug: "داۋالىنىش چىقىمى تۇيۇقسىز كۆپەيگەن" } },
            { value: "education-cost", label: { zh: "教育支出突然增加", ug: "مائارىپ چىقىمى تۇيۇقسىز كۆپەيگەن" } },
            { value: "disaster", label: { zh: "自然灾害", ug: "تەبىئىي ئاپەت" } },
            { value: "other", label: { zh: "其他", ug: "باشقا" } },
          ],
        },
        { kind: "date", name: "hardshipDate", notFuture: true, label: { zh: "发生日期", ug: "يۈز بەرگەن ۋاقىت" } },
        {
          kind: "longText",
          name: "hardshipDescription",
          maxLength: 1000,
          label: { zh: "困难情况说明", ug: "قىيىنچىلىق ئەھۋالىنىڭ چۈشەندۈرۈلۈشى" },
          hint: {
            zh: "请说明发生了什么、目前生活上最急需什么",
            ug: "نېمە ئىش يۈز بەرگەنلىكى ۋە ھازىر تۇرمۇشتا ئەڭ جىددىي ئېھتىياجلىق نەرسىنى چۈشەندۈرۈڭ",
          },
        },
        {
          kind: "money",
          name: "expenseAmount",
          optional: true,
          label: {
            zh: "已发生或预计的支出金额（元，选填）",
            ug: "چىقىم بولغان ياكى مۆلچەرلەنگەن چىقىم سوممىسى (يۈەن، ئىختىيارىي)",
          },
        },
        {
          kind: "radio",
          name: "otherAidReceived",
          options: yesNoOptions,
          label: { zh: "是否已获得保险赔付或其他救助？", ug: "سۇغۇرتا تۆلىمى ياكى باشقا ياردەمگە ئېرىشتىڭىزمۇ؟" },
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
          name: "idCardScan",
          material: "id-card",
          label: { zh: "申请人身份证（正反面）", ug: "ئىلتىماس قىلغۇچىنىڭ كىملىكى (ئالدى-ئارقا يۈزى)" },
        },
        {
          kind: "file",
          name: "hukouScan",
          material: "hukou",
          label: { zh: "户口簿或居住证", ug: "نوپۇس دەپتىرى ياكى تۇرالغۇ گۇۋاھنامىسى" },
        },
        {
          kind: "file",
          name: "authorizationScan",
          material: "authorization",
          label: { zh: "家庭经济状况核对授权书", ug: "ئائىلە ئىقتىسادىي ئەھۋالىنى تەكشۈرۈپ دەلىللەش ھوقۇق بېرىش خېتى" },
        },
        {
          kind: "file",
          name: "hardshipProofScan",
          material: "hardship-proof",
          optional: true,
          label: { zh: "困难情况证明（可容缺）", ug: "قىيىنچىلىق ئەھۋالى ئىسپاتى (كېيىن تاپشۇرسىمۇ بولىدۇ)" },
        },
        deferralPledge("hardshipProofPledge", "hardshipProofScan"),
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
    "Time limits (10/20 working days) are assumptions; 急难型 cases are often decided within days under 先行救助. Amount caps are set locally and not stated. 救助 is rendered ياردەم to match the home page's wording; official texts also use قۇتقۇزۇش.",
});
