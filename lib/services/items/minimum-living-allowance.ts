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

// 城乡居民最低生活保障申请. Means-tested by household: the members who live together and their income, plus the
// household's assets. The standard (元/人/月) is published yearly by the city and is deliberately not stated here.
export const minimumLivingAllowance = defineService({
  code: "XJ-YN-MZ-002",
  slug: "minimum-living-allowance",
  title: {
    zh: "城乡居民最低生活保障申请（低保）",
    ug: "شەھەر-يېزا ئاھالىلىرىنىڭ ئەڭ تۆۋەن تۇرمۇش كاپالىتىنى ئىلتىماس قىلىش",
  },
  summary: {
    zh: "共同生活的家庭成员月人均收入低于伊宁市城乡低保标准、且家庭财产状况符合规定的家庭，可以申请最低生活保障，按月领取低保金。",
    ug: "بىللە تۇرمۇش كەچۈرىدىغان ئائىلە ئەزالىرىنىڭ كىشى بېشىغا توغرا كېلىدىغان ئايلىق كىرىمى غۇلجا شەھىرىنىڭ شەھەر-يېزا ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئۆلچىمىدىن تۆۋەن بولغان، ئائىلە مال-مۈلۈك ئەھۋالى بەلگىلىمىگە ئۇيغۇن ئائىلىلەر ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئىلتىماس قىلىپ، ھەر ئايدا كاپالەت پۇلى ئالالايدۇ.",
  },
  department: "civil-affairs",
  // Money paid on a means test: a clerk must have seen the applicant's ID card (online only after that).
  assurance: "in_person",
  // Township (subdistrict) verification of the household and civil-affairs approval, signed off in parallel.
  coDepartments: ["township"],
  sensitive: ["income"],
  lifeEvents: ["low-income"],
  keywords: {
    zh: ["低保", "最低生活保障", "低保金", "城市低保", "农村低保"],
    ug: ["ئەڭ تۆۋەن تۇرمۇش كاپالىتى", "كاپالەت پۇلى", "تۇرمۇش قىيىن"],
  },
  whoCanApply: {
    zh: "户籍在伊宁市、家庭生活困难的居民，以家庭为单位，由户主或其委托的家庭成员提出申请。",
    ug: "نوپۇسى غۇلجا شەھىرىدە بولغان، ئائىلە تۇرمۇشى قىيىن ئاھالىلەر؛ ئائىلە بىرلىكى بويىچە ئائىلە باشلىقى ياكى ئۇ ھاۋالە قىلغان ئائىلە ئەزاسى ئىلتىماس قىلىدۇ.",
  },
  conditions: [
    {
      zh: "共同生活的家庭成员户籍在伊宁市。",
      ug: "بىللە تۇرمۇش كەچۈرىدىغان ئائىلە ئەزالىرىنىڭ نوپۇسى غۇلجا شەھىرىدە بولۇش.",
    },
    {
      zh: "家庭月人均收入低于伊宁市当年公布的城乡低保标准。",
      ug: "ئائىلىنىڭ كىشى بېشىغا توغرا كېلىدىغان ئايلىق كىرىمى غۇلجا شەھىرى شۇ يىلى ئېلان قىلغان شەھەر-يېزا ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئۆلچىمىدىن تۆۋەن بولۇش.",
    },
    {
      zh: "家庭财产状况符合规定：除唯一住房外无其他房产，无非生活必需的机动车辆，存款等金融资产不超过规定限额。",
      ug: "ئائىلە مال-مۈلۈك ئەھۋالى بەلگىلىمىگە ئۇيغۇن بولۇش: بىردىنبىر تۇرالغۇ ئۆيدىن باشقا ئۆي-مۈلكى بولماسلىق، تۇرمۇشقا زۆرۈر بولمىغان موتورلۇق قاتناش ۋاسىتىسى بولماسلىق، ئامانەت پۇل قاتارلىق پۇل مۇئامىلە مۈلكى بەلگىلەنگەن چەكتىن ئاشماسلىق.",
    },
    {
      zh: "全体家庭成员同意并授权民政部门核对家庭经济状况。",
      ug: "بارلىق ئائىلە ئەزالىرى خەلق ئىشلىرى تارمىقىنىڭ ئائىلە ئىقتىسادىي ئەھۋالىنى تەكشۈرۈپ دەلىللىشىگە قوشۇلۇپ ھوقۇق بېرىش.",
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
      title: { zh: "户口簿（全部页）", ug: "نوپۇس دەپتىرى (بارلىق بەتلىرى)" },
      required: true,
      form: "scan",
    },
    {
      id: "authorization",
      title: { zh: "家庭经济状况核对授权书", ug: "ئائىلە ئىقتىسادىي ئەھۋالىنى تەكشۈرۈپ دەلىللەش ھوقۇق بېرىش خېتى" },
      required: true,
      form: "scan",
      note: {
        zh: "模板可在民政局网站或社区领取，成年家庭成员均须签字。",
        ug: "ئۈلگىسىنى خەلق ئىشلىرى ئىدارىسىنىڭ تور بېتىدىن ياكى مەھەللىدىن ئالغىلى بولىدۇ، قۇرامىغا يەتكەن بارلىق ئائىلە ئەزالىرى ئىمزا قويۇشى كېرەك.",
      },
    },
    {
      id: "income-proof",
      title: {
        zh: "家庭成员收入证明或收入情况说明",
        ug: "ئائىلە ئەزالىرىنىڭ كىرىم ئىسپاتى ياكى كىرىم ئەھۋالى چۈشەندۈرۈشى",
      },
      required: true,
      deferrable: true,
      form: "scan",
      note: {
        zh: "可容缺受理，受理后10个工作日内补交。",
        ug: "كەمتۈك ھالەتتە قوبۇل قىلىنىدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
    {
      id: "hardship-proof",
      title: {
        zh: "致困原因证明（疾病诊断证明、残疾人证等，如有）",
        ug: "قىيىنچىلىق سەۋەبى ئىسپاتى (كېسەللىك دىئاگنوز ئىسپاتى، مېيىپلار گۇۋاھنامىسى قاتارلىقلار، بولسا)",
      },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 20,
  legalDays: 30,
  legalBasis: [
    {
      zh: "《社会救助暂行办法》（国务院令第649号）",
      ug: "«ئىجتىمائىي ياردەم ۋاقىتلىق چارىسى» (گوۋۇيۈەننىڭ 649-نومۇرلۇق بۇيرۇقى)",
    },
    {
      zh: "《最低生活保障审核确认办法》（民政部）",
      ug: "«ئەڭ تۆۋەن تۇرمۇش كاپالىتىنى تەكشۈرۈپ جەزملەش چارىسى» (خەلق ئىشلىرى مىنىستىرلىكى)",
    },
    {
      zh: "新疆维吾尔自治区最低生活保障相关规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ ئەڭ تۆۋەن تۇرمۇش كاپالىتىگە ئائىت بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "乡镇（街道）入户调查并在社区（村）公示7天，审核确认后自次月起按月将低保金发放至“一卡通”账户（社会保障卡或银行卡），结果以短信通知。",
    ug: "يېزا-بازار (كوچا باشقارمىسى) ئائىلىگە بېرىپ تەكشۈرىدۇ ۋە مەھەللىدە (كەنتتە) 7 كۈن ئاشكارىلايدۇ، تەكشۈرۈپ جەزملەنگەندىن كېيىنكى ئايدىن باشلاپ كاپالەت پۇلى ھەر ئايدا «بىر كارتا» ھېساباتىغا (ئىجتىمائىي كاپالەت كارتىسى ياكى بانكا كارتىسى) تارقىتىلىدۇ، نەتىجە قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ.",
  },
  faq: [
    {
      q: { zh: "低保标准是多少？", ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئۆلچىمى قانچە؟" },
      a: {
        zh: "按伊宁市人民政府当年公布的城市和农村低保标准执行，请以民政局公布的最新标准为准。",
        ug: "غۇلجا شەھەرلىك خەلق ھۆكۈمىتى شۇ يىلى ئېلان قىلغان شەھەر ۋە يېزا ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئۆلچىمى بويىچە ئىجرا قىلىنىدۇ، خەلق ئىشلىرى ئىدارىسى ئېلان قىلغان ئەڭ يېڭى ئۆلچەم ئاساس قىلىنىدۇ.",
      },
    },
    {
      q: {
        zh: "家里有人外出打工，收入怎么算？",
        ug: "ئائىلىدىكى بىرى سىرتقا چىقىپ ئىشلىسە، كىرىمى قانداق ھېسابلىنىدۇ؟",
      },
      a: {
        zh: "外出务工人员仍属于共同生活的家庭成员，其工资收入应如实填报，必要的就业成本可按规定扣减。",
        ug: "سىرتقا چىقىپ ئىشلەۋاتقانلارمۇ بىللە تۇرمۇش كەچۈرىدىغان ئائىلە ئەزاسى ھېسابلىنىدۇ، ئۇلارنىڭ ئىش ھەققى كىرىمىنى راست تولدۇرۇش كېرەك، زۆرۈر ئىشقا ئورۇنلىشىش چىقىمى بەلگىلىمە بويىچە كىرىمدىن چىقىرىۋېتىلىدۇ.",
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
      id: "finances",
      title: { zh: "收入和财产", ug: "كىرىم ۋە مال-مۈلۈك" },
      fields: [
        {
          kind: "money",
          name: "applicantMonthlyIncome",
          label: { zh: "您本人的月收入（元）", ug: "ئۆزىڭىزنىڭ ئايلىق كىرىمى (يۈەن)" },
          hint: {
            zh: "含工资、经营、种植养殖、养老金等，无收入填0",
            ug: "ئىش ھەققى، تىجارەت، تېرىقچىلىق-چارۋىچىلىق، پېنسىيە قاتارلىقلارنى ئۆز ئىچىگە ئالىدۇ، كىرىمى بولمىسا 0 نى تولدۇرۇڭ",
          },
        },
        {
          kind: "checkbox",
          name: "incomeSources",
          label: { zh: "家庭收入来源（可多选）", ug: "ئائىلە كىرىم مەنبەسى (كۆپ تاللاشقا بولىدۇ)" },
          options: [
            { value: "wages", label: { zh: "工资性收入", ug: "ئىش ھەققى كىرىمى" } },
            { value: "farming", label: { zh: "种植、养殖收入", ug: "تېرىقچىلىق، چارۋىچىلىق كىرىمى" } },
            { value: "business", label: { zh: "经营收入", ug: "تىجارەت كىرىمى" } },
            { value: "pension", label: { zh: "养老金", ug: "پېنسىيە" } },
            { value: "support", label: { zh: "赡养费、抚养费", ug: "بېقىش پۇلى (ئاتا-ئانا ياكى بالا ئۈچۈن)" } },
            { value: "none", label: { zh: "无收入", ug: "كىرىمى يوق" } },
          ],
        },
        {
          kind: "select",
          name: "hardshipReason",
          label: { zh: "主要致困原因", ug: "قىيىنچىلىقنىڭ ئاساسلىق سەۋەبى" },
          options: [
            { value: "illness", label: { zh: "疾病", ug: "كېسەللىك" } },
            { value: "disability", label: { zh: "残疾", ug: "مېيىپلىك" } },
            { value: "no-labour", label: { zh: "缺乏劳动能力", ug: "ئەمگەك ئىقتىدارى يوق" } },
            { value: "unemployment", label: { zh: "失业", ug: "ئىشسىزلىق" } },
            { value: "disaster", label: { zh: "灾害或意外", ug: "ئاپەت ياكى تاسادىپىي ۋەقە" } },
            { value: "other", label: { zh: "其他", ug: "باشقا" } },
          ],
        },
        {
          kind: "longText",
          name: "hardshipDetail",
          maxLength: 500,
          label: { zh: "困难情况说明", ug: "قىيىنچىلىق ئەھۋالىنىڭ چۈشەندۈرۈلۈشى" },
        },
        {
          kind: "radio",
          name: "ownsOtherHousing",
          options: yesNoOptions,
          label: {
            zh: "除现住房外，家庭是否还有其他房产？",
            ug: "ھازىر تۇرۇۋاتقان ئۆيدىن باشقا، ئائىلىڭىزنىڭ يەنە ئۆي-مۈلكى بارمۇ؟",
          },
        },
        {
          kind: "radio",
          name: "ownsVehicle",
          options: yesNoOptions,
          label: {
            zh: "家庭是否有机动车辆（残疾人功能性代步车除外）？",
            ug: "ئائىلىڭىزدە موتورلۇق قاتناش ۋاسىتىسى بارمۇ (مېيىپلار ئىشلىتىدىغان ھەرىكەت ۋاسىتىسى بۇنىڭ سىرتىدا)؟",
          },
        },
        {
          kind: "text",
          name: "vehicleDetail",
          maxLength: 50,
          showWhen: { field: "ownsVehicle", equals: "yes" },
          label: { zh: "车辆类型及购买年份", ug: "قاتناش ۋاسىتىسىنىڭ تۈرى ۋە سېتىۋالغان يىلى" },
        },
        {
          kind: "money",
          name: "householdSavings",
          label: {
            zh: "家庭存款及理财等金融资产合计（元）",
            ug: "ئائىلىنىڭ ئامانەت پۇلى ۋە باشقا پۇل مۇئامىلە مۈلكىنىڭ ئومۇمىي سوممىسى (يۈەن)",
          },
          hint: { zh: "无则填0", ug: "بولمىسا 0 نى تولدۇرۇڭ" },
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
          label: { zh: "户口簿（全部页）", ug: "نوپۇس دەپتىرى (بارلىق بەتلىرى)" },
        },
        {
          kind: "file",
          name: "authorizationScan",
          material: "authorization",
          label: { zh: "家庭经济状况核对授权书", ug: "ئائىلە ئىقتىسادىي ئەھۋالىنى تەكشۈرۈپ دەلىللەش ھوقۇق بېرىش خېتى" },
        },
        {
          kind: "file",
          name: "incomeProofScan",
          material: "income-proof",
          optional: true,
          label: {
            zh: "收入证明或收入情况说明（可容缺）",
            ug: "كىرىم ئىسپاتى ياكى كىرىم ئەھۋالى چۈشەندۈرۈشى (كېيىن تاپشۇرسىمۇ بولىدۇ)",
          },
        },
        deferralPledge("incomeProofPledge", "incomeProofScan"),
        {
          kind: "file",
          name: "hardshipProofScan",
          material: "hardship-proof",
          optional: true,
          label: { zh: "致困原因证明（如有）", ug: "قىيىنچىلىق سەۋەبى ئىسپاتى (بولسا)" },
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
    "Asset thresholds (savings limit, vehicle rule) differ by region and are stated generically. Legal limit 30 working days follows my reading of 民政部《最低生活保障审核确认办法》(2021); 20 promised days is an assumption. 7-day 公示 follows the same measure. The payout account is not asked: 低保金 goes to the 惠民惠农一卡通 account confirmed during the home visit — add bank fields if the bureau wants them at application time.",
});
