import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  deferralPledge,
  FREE,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
} from "../shared";

// 个体工商户设立登记 under the 市场主体登记管理条例 and 促进个体工商户发展条例. A business name is optional for an
// individual business; tax registration follows automatically (多证合一), so no tax department is involved here.
export const individualBusinessRegistration = defineService({
  code: "XJ-YN-SJ-001",
  slug: "individual-business-registration",
  title: { zh: "个体工商户设立登记", ug: "يەككە تىجارەتچى قۇرۇش تىزىملىتىشى" },
  summary: {
    zh: "有经营能力的公民在伊宁市从事工商业经营，可申请个体工商户设立登记，领取营业执照。材料齐全的当场或3个工作日内办结。",
    ug: "تىجارەت قىلىش ئىقتىدارى بار پۇقرالار غۇلجا شەھىرىدە سانائەت-سودا تىجارىتى بىلەن شۇغۇللانماقچى بولسا، يەككە تىجارەتچى قۇرۇش تىزىملىتىشىنى ئىلتىماس قىلىپ، تىجارەت كىنىشكىسى ئالالايدۇ. ماتېرىياللىرى تولۇق بولسا شۇ يەردىلا ياكى 3 خىزمەت كۈنى ئىچىدە بېجىرىلىپ تاماملىنىدۇ.",
  },
  department: "market-regulation",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["business"],
  keywords: {
    zh: ["个体户", "营业执照", "开店", "个体工商户", "工商登记"],
    ug: ["يەككە تىجارەتچى", "تىجارەت كىنىشكىسى", "دۇكان ئېچىش"],
  },
  whoCanApply: {
    zh: "有经营能力的自然人；家庭经营的，以家庭成员中主持经营者为经营者。",
    ug: "تىجارەت قىلىش ئىقتىدارى بار شەخسلەر؛ ئائىلە بويىچە تىجارەت قىلىدىغانلار ئائىلە ئەزالىرى ئىچىدىكى تىجارەتكە مەسئۇل كىشىنى تىجارەتچى قىلىدۇ.",
  },
  conditions: [
    { zh: "经营者为有经营能力的自然人。", ug: "تىجارەتچى تىجارەت قىلىش ئىقتىدارى بار شەخس بولۇش." },
    {
      zh: "有固定的经营场所，且经营场所在伊宁市。",
      ug: "مۇقىم تىجارەت ئورنى بولۇش، تىجارەت ئورنى غۇلجا شەھىرىدە بولۇش.",
    },
    {
      zh: "经营范围不属于法律、行政法规禁止的项目；涉及许可的，取得许可后方可开展经营。",
      ug: "تىجارەت دائىرىسى قانۇن، مەمۇرىي نىزاملاردا چەكلەنگەن تۈرلەرگە تەۋە بولماسلىق؛ ئىجازەتكە چېتىشلىق بولسا، ئىجازەت ئالغاندىن كېيىنلا تىجارەت باشلاش.",
    },
  ],
  materials: [
    { id: "id-card", title: { zh: "经营者身份证", ug: "تىجارەتچىنىڭ كىملىكى" }, required: true, form: "scan" },
    {
      id: "premises-proof",
      title: {
        zh: "经营场所使用证明（房屋产权证明或租赁合同）",
        ug: "تىجارەت ئورنىنى ئىشلىتىش ئىسپاتى (ئۆي مۈلۈك ھوقۇقى ئىسپاتى ياكى ئىجارە توختامى)",
      },
      required: true,
      deferrable: true,
      form: "scan",
      note: {
        zh: "实行经营场所申报承诺制，可容缺受理，受理后10个工作日内补交。",
        ug: "تىجارەت ئورنىنى مەلۇم قىلىپ ۋەدە بېرىش تۈزۈمى يولغا قويۇلغان، كەمتۈك ھالەتتە قوبۇل قىلىنىدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
    {
      id: "family-proof",
      title: {
        zh: "家庭成员关系证明（家庭经营时，如户口簿）",
        ug: "ئائىلە ئەزالىرى مۇناسىۋىتى ئىسپاتى (ئائىلە بويىچە تىجارەت قىلغاندا، مەسىلەن نوپۇس دەپتىرى)",
      },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 1,
  legalDays: 3,
  legalBasis: [
    {
      zh: "《促进个体工商户发展条例》（国务院令第755号）",
      ug: "«يەككە تىجارەتچىلەرنىڭ تەرەققىياتىنى ئىلگىرى سۈرۈش نىزامى» (گوۋۇيۈەننىڭ 755-نومۇرلۇق بۇيرۇقى)",
    },
    {
      zh: "《中华人民共和国市场主体登记管理条例》（国务院令第746号）及其实施细则",
      ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى بازار گەۋدىلىرىنى تىزىملاش-باشقۇرۇش نىزامى» (گوۋۇيۈەننىڭ 746-نومۇرلۇق بۇيرۇقى) ۋە ئۇنىڭ يولغا قويۇش تەپسىلىي قائىدىسى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "登记后核发营业执照（纸质执照和电子营业执照），可到市场监督管理局窗口领取或邮寄到家；税务登记信息同步推送，无需另行办理。",
    ug: "تىزىملاتقاندىن كېيىن تىجارەت كىنىشكىسى (قەغەز كىنىشكە ۋە ئېلېكترونلۇق تىجارەت كىنىشكىسى) بېرىلىدۇ، بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسىنىڭ كۆزنىكىدىن ئالسا ياكى ئۆيگە پوچتا ئارقىلىق ئەۋەتىلسە بولىدۇ؛ باج تىزىملىتىش ئۇچۇرى ماس قەدەمدە يەتكۈزۈلىدۇ، ئايرىم بېجىرىشنىڭ ھاجىتى يوق.",
  },
  faq: [
    {
      q: { zh: "个体工商户必须起名称吗？", ug: "يەككە تىجارەتچى چوقۇم نام قويۇشى كېرەكمۇ؟" },
      a: {
        zh: "不是必须的。个体工商户可以不使用名称，以经营者姓名登记经营。",
        ug: "شەرت ئەمەس. يەككە تىجارەتچى نام ئىشلەتمەي، تىجارەتچىنىڭ ئىسمى بىلەن تىزىملىتىپ تىجارەت قىلسىمۇ بولىدۇ.",
      },
    },
    {
      q: { zh: "在家开网店需要登记吗？", ug: "ئۆيدە تور دۇكىنى ئاچسا تىزىملىتىش كېرەكمۇ؟" },
      a: {
        zh: "通过网络从事经营的，可以将网络经营场所登记为经营场所；便民劳务和零星小额交易依法不需要登记。",
        ug: "تور ئارقىلىق تىجارەت قىلغۇچىلار تور تىجارەت ئورنىنى تىجارەت ئورنى قىلىپ تىزىملاتسا بولىدۇ؛ خەلققە قولايلىق ئەمگەك مۇلازىمىتى ۋە ئۇششاق سودىلار قانۇن بويىچە تىزىملىتىلمىسىمۇ بولىدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "business",
      title: { zh: "经营信息", ug: "تىجارەت ئۇچۇرى" },
      fields: [
        {
          kind: "text",
          name: "businessName",
          optional: true,
          maxLength: 50,
          label: { zh: "个体工商户名称（选填）", ug: "يەككە تىجارەتچىنىڭ نامى (ئىختىيارىي)" },
          hint: {
            zh: "如：伊宁市古丽干果店；可不使用名称",
            ug: "مەسىلەن: غۇلجا شەھىرى گۈلى قۇرۇق مېۋە دۇكىنى؛ نام ئىشلەتمىسىمۇ بولىدۇ",
          },
        },
        {
          kind: "longText",
          name: "businessScope",
          maxLength: 500,
          label: { zh: "经营范围", ug: "تىجارەت دائىرىسى" },
          hint: {
            zh: "如：干鲜果品零售；预包装食品销售",
            ug: "مەسىلەن: قۇرۇق ۋە ھۆل مېۋە پارچە سېتىش؛ ئالدىن ئورالغان يېمەكلىك سېتىش",
          },
        },
        { kind: "address", name: "businessAddress", label: { zh: "经营场所", ug: "تىجارەت ئورنى" } },
        {
          kind: "money",
          name: "capitalAmount",
          label: { zh: "资金数额（元）", ug: "مەبلەغ سوممىسى (يۈەن)" },
          hint: { zh: "经营者投入的资金总额", ug: "تىجارەتچى سالغان مەبلەغنىڭ ئومۇمىي سوممىسى" },
        },
        {
          kind: "integer",
          name: "employeeCount",
          min: 1,
          max: 200,
          label: { zh: "从业人数（含经营者本人）", ug: "خىزمەتچى سانى (تىجارەتچىنىڭ ئۆزىنى ئۆز ئىچىگە ئالىدۇ)" },
        },
      ],
    },
    {
      id: "operation",
      title: { zh: "经营方式和场所", ug: "تىجارەت شەكلى ۋە ئورنى" },
      fields: [
        {
          kind: "radio",
          name: "organizationForm",
          label: { zh: "组成形式", ug: "تەشكىللىنىش شەكلى" },
          options: [
            { value: "personal", label: { zh: "个人经营", ug: "شەخسىي تىجارەت" } },
            { value: "family", label: { zh: "家庭经营", ug: "ئائىلە تىجارىتى" } },
          ],
        },
        {
          kind: "radio",
          name: "premisesUse",
          label: { zh: "经营场所来源", ug: "تىجارەت ئورنىنىڭ مەنبەسى" },
          options: [
            { value: "owned", label: { zh: "自有房产", ug: "ئۆزىنىڭ ئۆي-مۈلكى" } },
            { value: "rented", label: { zh: "租赁", ug: "ئىجارە" } },
            { value: "free-use", label: { zh: "无偿使用", ug: "ھەقسىز ئىشلىتىش" } },
          ],
        },
        {
          kind: "integer",
          name: "premisesArea",
          optional: true,
          min: 1,
          max: 100000,
          label: { zh: "经营面积（平方米，选填）", ug: "تىجارەت كۆلىمى (كۋادرات مېتىر، ئىختىيارىي)" },
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
          label: { zh: "经营者身份证", ug: "تىجارەتچىنىڭ كىملىكى" },
        },
        {
          kind: "file",
          name: "premisesProofScan",
          material: "premises-proof",
          optional: true,
          label: { zh: "经营场所使用证明（可容缺）", ug: "تىجارەت ئورنىنى ئىشلىتىش ئىسپاتى (كېيىن تاپشۇرسىمۇ بولىدۇ)" },
        },
        deferralPledge("premisesProofPledge", "premisesProofScan"),
        {
          kind: "file",
          name: "familyProofScan",
          material: "family-proof",
          showWhen: { field: "organizationForm", equals: "family" },
          label: { zh: "家庭成员关系证明", ug: "ئائىلە ئەزالىرى مۇناسىۋىتى ئىسپاتى" },
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
    "Legal limit 3 working days follows 市场主体登记管理条例 art. 19 (on the spot when complete, otherwise within 3 working days). Whether Yining applies 住所（经营场所）申报承诺制 (which makes the premises proof deferrable) is assumed, not confirmed. 资金数额 rather than 注册资本 is the individual-business term. No family-members list for 家庭经营 (only a relation proof); add a group field if the bureau needs names.",
});
