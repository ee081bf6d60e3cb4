import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  bankOptions,
  deferralPledge,
  FREE,
  relationOptions,
  truthfulDeclaration,
  windowCheckStep,
} from "../shared";

// 高龄津贴申领. Age bands and payout follow the autonomous region's elderly allowance scheme (80–89, 90–99, 100+);
// amounts are set by the region and county and are deliberately not stated here.
export const elderlyAllowance = defineService({
  code: "XJ-YN-MZ-001",
  slug: "elderly-allowance",
  title: { zh: "高龄津贴申领", ug: "ياشانغانلار تولۇقلىما پۇلىنى ئىلتىماس قىلىش" },
  summary: {
    zh: "年满80周岁、户籍在伊宁市的老年人，按80–89岁、90–99岁、100岁及以上三个年龄段按月领取高龄津贴。",
    ug: "80 ياشقا توشقان، نوپۇسى غۇلجا شەھىرىدە بولغان ياشانغانلار 80–89 ياش، 90–99 ياش، 100 ياش ۋە ئۇنىڭدىن يۇقىرى ئۈچ ياش باسقۇچى بويىچە ئايلىق تولۇقلىما پۇل ئالىدۇ.",
  },
  department: "civil-affairs",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["old-age"],
  keywords: { zh: ["高龄补贴", "老年津贴", "养老补贴", "高龄"], ug: ["ياشانغانلار", "تولۇقلىما", "قېرىلار"] },
  whoCanApply: {
    zh: "年满80周岁、具有伊宁市户籍的老年人本人，或其委托的家属。",
    ug: "80 ياشقا توشقان، غۇلجا شەھىرى نوپۇسىدىكى ياشانغانلارنىڭ ئۆزى ياكى ئۇلار ھاۋالە قىلغان ئائىلە تاۋابىئاتى.",
  },
  conditions: [
    {
      zh: "申领时已年满80周岁（以身份证出生日期为准）。",
      ug: "ئىلتىماس قىلغاندا 80 ياشقا توشقان بولۇش (كىملىكتىكى تۇغۇلغان ۋاقىت ئۆلچەم قىلىنىدۇ).",
    },
    { zh: "具有伊宁市常住户籍。", ug: "غۇلجا شەھىرىدە دائىمىي نوپۇسى بولۇش." },
    { zh: "未在其他地区重复领取高龄津贴。", ug: "باشقا جايدا قايتا-قايتا ياشانغانلار تولۇقلىما پۇلى ئالمىغان بولۇش." },
  ],
  materials: [
    { id: "hukou", title: { zh: "户口簿（本人页）", ug: "نوپۇس دەپتىرى (ئۆزى بەت)" }, required: true, form: "scan" },
    {
      id: "id-card",
      title: { zh: "老人身份证（正反面）", ug: "ياشانغاننىڭ كىملىكى (ئالدى-ئارقا يۈزى)" },
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
      id: "power-of-attorney",
      title: { zh: "委托书（家属代办时）", ug: "ھاۋالىنامە (ئائىلە تاۋابىئاتى ۋاكالىتەن بېجىرگەندە)" },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 10,
  legalDays: 20,
  legalBasis: [
    {
      zh: "《中华人民共和国老年人权益保障法》第三十三条",
      ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى ياشانغانلارنىڭ ھوقۇق-مەنپەئەتىنى كاپالەتلەندۈرۈش قانۇنى» 33-ماددا",
    },
    {
      zh: "新疆维吾尔自治区高龄津贴制度相关规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ ياشانغانلار تولۇقلىما پۇلى تۈزۈمىگە ئائىت بەلگىلىمىلەر",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "审核通过后次月起按月发放至本人银行卡或社保卡，结果以短信通知。",
    ug: "تەستىقلانغاندىن كېيىنكى ئايدىن باشلاپ ھەر ئايدا ئۆزىنىڭ بانكا كارتىسى ياكى ئىجتىمائىي كاپالەت كارتىسىغا تارقىتىلىدۇ، نەتىجە قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ.",
  },
  faq: [
    {
      q: { zh: "子女可以代老人申请吗？", ug: "پەرزەنتلىرى ياشانغانغا ۋاكالىتەن ئىلتىماس قىلالامدۇ؟" },
      a: {
        zh: "可以。请选择“为家人申请”，并上传委托书。",
        ug: "بولىدۇ. «ئائىلە ئەزاسى ئۈچۈن ئىلتىماس قىلىش» نى تاللاپ، ھاۋالىنامىنى يوللاڭ.",
      },
    },
    {
      q: { zh: "满90岁后需要重新申请吗？", ug: "90 ياشقا توشقاندىن كېيىن قايتا ئىلتىماس قىلىش كېرەكمۇ؟" },
      a: {
        zh: "不需要，系统按出生日期自动调整年龄段。",
        ug: "ياق، سىستېما تۇغۇلغان ۋاقىت بويىچە ياش باسقۇچىنى ئاپتوماتىك تەڭشەيدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "elder",
      title: { zh: "领取津贴的老人", ug: "تولۇقلىما ئالىدىغان ياشانغان" },
      // The elder is usually in the household list already: picked, not typed (children and grandchildren are not elders).
      householdPick: {
        name: "elderName",
        idNumber: "elderIdNumber",
        relation: "elderRelation",
        relations: ["parent", "grandparent", "spouse", "sibling", "other"],
      },
      fields: [
        {
          kind: "radio",
          name: "forWhom",
          label: { zh: "为谁申请？", ug: "كىم ئۈچۈن ئىلتىماس قىلىسىز؟" },
          options: [
            { value: "self", label: { zh: "为本人申请", ug: "ئۆزۈم ئۈچۈن ئىلتىماس قىلىمەن" } },
            { value: "family", label: { zh: "为家人申请", ug: "ئائىلە ئەزاسى ئۈچۈن ئىلتىماس قىلىمەن" } },
          ],
        },
        {
          kind: "personName",
          name: "elderName",
          label: { zh: "老人姓名", ug: "ياشانغاننىڭ ئىسىم-فامىلىسى" },
          showWhen: { field: "forWhom", equals: "family" },
        },
        {
          kind: "idNumber",
          name: "elderIdNumber",
          label: { zh: "老人身份证号", ug: "ياشانغاننىڭ كىملىك نومۇرى" },
          showWhen: { field: "forWhom", equals: "family" },
        },
        {
          kind: "select",
          name: "elderRelation",
          label: { zh: "您与老人的关系", ug: "سىز بىلەن ياشانغاننىڭ مۇناسىۋىتى" },
          options: relationOptions,
          showWhen: { field: "forWhom", equals: "family" },
        },
      ],
    },
    {
      id: "payout",
      title: { zh: "津贴发放方式", ug: "تولۇقلىما تارقىتىش ئۇسۇلى" },
      fields: [
        {
          kind: "radio",
          name: "payout",
          label: { zh: "发放到", ug: "تارقىتىلىدىغان جاي" },
          options: [
            { value: "social-security-card", label: { zh: "社会保障卡", ug: "ئىجتىمائىي كاپالەت كارتىسى" } },
            { value: "bank", label: { zh: "银行卡", ug: "بانكا كارتىسى" } },
          ],
        },
        {
          kind: "select",
          name: "bankName",
          label: { zh: "开户银行", ug: "ھېسابات ئاچقان بانكا" },
          options: bankOptions,
          showWhen: { field: "payout", equals: "bank" },
        },
        {
          kind: "bankCard",
          name: "bankCardNumber",
          label: { zh: "银行卡号", ug: "بانكا كارتا نومۇرى" },
          hint: { zh: "16至19位数字", ug: "16 دىن 19 خانىغىچە سان" },
          prefill: "bankCard",
          showWhen: { field: "payout", equals: "bank" },
        },
      ],
    },
    {
      id: "materials",
      title: { zh: "上传材料", ug: "ماتېرىيال يوللاش" },
      intro: {
        zh: "请拍照或扫描上传，支持PDF、JPG、PNG，每个文件不超过10MB。",
        ug: "رەسىمگە تارتىپ ياكى سىكانېرلاپ يوللاڭ، PDF، JPG، PNG قوللىنىدۇ، ھەر بىر ھۆججەت 10MB دىن ئاشمىسۇن.",
      },
      fields: [
        {
          kind: "file",
          name: "hukouScan",
          material: "hukou",
          label: { zh: "户口簿（本人页）", ug: "نوپۇس دەپتىرى (ئۆزى بەت)" },
        },
        {
          kind: "file",
          name: "idCardScan",
          material: "id-card",
          label: { zh: "老人身份证（正反面）", ug: "ياشانغاننىڭ كىملىكى (ئالدى-ئارقا يۈزى)" },
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
          name: "powerOfAttorneyScan",
          material: "power-of-attorney",
          showWhen: { field: "forWhom", equals: "family" },
          label: { zh: "委托书", ug: "ھاۋالىنامە" },
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
    "Amounts per age band vary by county and year; the guide states the bands only. Time limits follow common 承诺时限 of Xinjiang civil-affairs items (10 promised / 20 legal working days) — to be confirmed with the bureau.",
});
