// 个体工商户开办一件事: the individual business registration (营业执照), the owner's 就业创业证 as self-employed and,
// where the owner wants it and is not covered by employee pension insurance, the resident pension — one journey,
// two departments in parallel. The business facts and the shared papers are asked once; they come from the business
// registration item's own steps, so the wording is the same as when it is applied for alone.
import { individualBusinessRegistration as licence } from "../items/individual-business-registration";
import { applicantStep, windowCheckStep, yesNoOptions } from "../shared";
import { stepOf, type BundleDef } from "./bundle-types";

export const individualBusinessOpeningBundle: BundleDef = {
  code: "XJ-YN-YJS-002",
  slug: "individual-business-opening-bundle",
  title: { zh: "个体工商户开办一件事", ug: "يەككە تىجارەتچى قۇرۇش ئىشلىرىنى بىر قېتىمدا بېجىرىش" },
  summary: {
    zh: "开办个体工商户，一次填写、一次提交，同时办理个体工商户设立登记（营业执照）和就业创业证申领；需要的，一并办理城乡居民基本养老保险参保登记。各部门同时审批，进度在一处查看。",
    ug: "يەككە تىجارەتچى قۇرغاندا، بىر قېتىم تولدۇرۇپ، بىر قېتىم تاپشۇرۇپ، يەككە تىجارەتچى قۇرۇش تىزىملىتىشى (تىجارەت كىنىشكىسى) ھەمدە ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى ئىلتىماس قىلىشنى بىرلا ۋاقىتتا بېجىرىسىز؛ ئېھتىياجلىق بولسا، شەھەر-يېزا ئاھالىلىرى ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتنىشىش تىزىملىتىشىمۇ بىللە بېجىرىلىدۇ. ھەرقايسى تارماقلار بىرلا ۋاقىتتا تەستىقلايدۇ، ئەھۋالىنى بىر يەردىن كۆرىسىز.",
  },
  lifeEvent: "business",
  keywords: {
    zh: ["个体户开办", "开办一件事", "个体工商户", "营业执照", "开店", "就业创业证", "一件事"],
    ug: ["يەككە تىجارەتچى", "تىجارەت كىنىشكىسى", "دۇكان ئېچىش", "بىر قېتىمدا", "ئىگىلىك تىكلەش"],
  },
  whoCanApply: {
    zh: "在伊宁市开办个体工商户的经营者本人：年满16周岁、未达到法定退休年龄、有经营能力的自然人。",
    ug: "غۇلجا شەھىرىدە يەككە تىجارەتچى قۇرىدىغان تىجارەتچىنىڭ ئۆزى: 16 ياشقا توشقان، قانۇندا بەلگىلەنگەن پېنسىيىگە چىقىش يېشىغا يەتمىگەن، تىجارەت قىلىش ئىقتىدارى بار شەخس.",
  },
  resultDelivery: {
    zh: "每个事项由各自部门办结，并分别以短信通知。营业执照（含电子营业执照）可到市场监督管理局窗口领取或邮寄到家，税务登记信息同步推送；就业创业证可到社区（村）或人社局窗口领取。",
    ug: "ھەر بىر ئىشنى ئۆز تارمىقى بېجىرىپ تاماملايدۇ ۋە ئايرىم-ئايرىم قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرىدۇ. تىجارەت كىنىشكىسىنى (ئېلېكترونلۇق تىجارەت كىنىشكىسىنى ئۆز ئىچىگە ئالىدۇ) بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسىنىڭ كۆزنىكىدىن ئالسىڭىز ياكى ئۆيگە پوچتا ئارقىلىق ئەۋەتىلسە بولىدۇ، باج تىزىملىتىش ئۇچۇرى ماس قەدەمدە يەتكۈزۈلىدۇ؛ ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسىنى مەھەللە (كەنت) ياكى كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت ئىدارىسىنىڭ كۆزنىكىدىن ئالغىلى بولىدۇ.",
  },
  askFirst: [
    applicantStep,
    stepOf(licence, "business"),
    stepOf(licence, "operation"),
    {
      id: "enrol-pension",
      title: { zh: "养老保险", ug: "ياشانغانلار كۈتۈنۈش سۇغۇرتىسى" },
      intro: {
        zh: "个体工商户经营者可以灵活就业人员身份参加职工基本养老保险，也可以在户籍所在地参加城乡居民基本养老保险，两者只能参加其一。",
        ug: "يەككە تىجارەتچىلەر جانلىق ئىشقا ئورۇنلىشىش شەكلىدە خىزمەتچى-ئىشچىلار ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتناشسىمۇ، نوپۇس تۇرۇشلۇق جايدا شەھەر-يېزا ئاھالىلىرى ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتناشسىمۇ بولىدۇ، لېكىن پەقەت بىرىگىلا قاتنىشالايدۇ.",
      },
      fields: [
        {
          kind: "radio",
          name: "pensionEnrol",
          label: {
            zh: "是否一并办理城乡居民基本养老保险参保登记？",
            ug: "شەھەر-يېزا ئاھالىلىرى ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتنىشىش تىزىملىتىشىنى بىللە بېجىرەمسىز؟",
          },
          hint: {
            zh: "仅限未参加职工基本养老保险的伊宁市户籍居民；已参加职工基本养老保险（含以灵活就业人员身份参保）的，请选“否”。",
            ug: "خىزمەتچى-ئىشچىلار ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتناشمىغان، نوپۇسى غۇلجا شەھىرىدىكى ئاھالىلەر ئۈچۈنلا؛ خىزمەتچى-ئىشچىلار ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتناشقان بولسىڭىز (جانلىق ئىشقا ئورۇنلىشىش شەكلىدە سۇغۇرتىغا قاتناشقانلارنىمۇ ئۆز ئىچىگە ئالىدۇ)، «ياق» نى تاللاڭ.",
          },
          options: yesNoOptions,
        },
      ],
    },
    {
      ...stepOf(licence, "materials"),
      title: { zh: "共用材料（只传一次）", ug: "ئورتاق ماتېرىياللار (بىرلا قېتىم يوللىنىدۇ)" },
      intro: {
        zh: "以下材料只需上传一次，会同时提供给需要它的每个部门。支持PDF、JPG、PNG，每个文件不超过10MB。",
        ug: "تۆۋەندىكى ماتېرىياللارنى بىرلا قېتىم يوللىسىڭىز، ئۇ ئېھتىياجلىق ھەر بىر تارماققا تەڭلا يەتكۈزۈلىدۇ. PDF، JPG، PNG قوللىنىدۇ، ھەر بىر ھۆججەت 10MB دىن ئاشمىسۇن.",
      },
    },
  ],
  members: [
    {
      key: "licence",
      service: "individual-business-registration",
      label: { zh: "个体工商户登记", ug: "يەككە تىجارەتچى تىزىملىتىش" },
    },
    {
      key: "card",
      service: "employment-registration-card",
      label: { zh: "就业创业证", ug: "ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى" },
      // The owner is self-employed: the employer, unemployment date, job wanted and separation proof (shown for the
      // other statuses) drop out with it. The ID card (idCardScan) is the shared upload, by name.
      fixed: { employmentStatus: "self-employed" },
      from: { enterpriseName: "businessName" },
      // The licence is what the business registration in this same bundle issues.
      omit: ["businessLicenceScan"],
    },
    {
      key: "pension",
      service: "resident-pension-insurance",
      label: { zh: "养老保险", ug: "ياشانغانلار كۈتۈنۈش سۇغۇرتىسى" },
      when: { field: "pensionEnrol", equals: "yes" },
      whenText: {
        zh: "未参加职工基本养老保险、选择一并参保的",
        ug: "خىزمەتچى-ئىشچىلار ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتناشمىغان، بىللە قاتنىشىشنى تاللىغانلار",
      },
    },
  ],
  askLast: [windowCheckStep, stepOf(licence, "declaration")],
  materials: licence.materials,
  faq: [
    {
      q: {
        zh: "申领就业创业证需要上传营业执照，这里为什么不用？",
        ug: "ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى ئىلتىماس قىلغاندا تىجارەت كىنىشكىسىنى يوللاش كېرەك ئىدى، بۇ يەردە نېمىشقا كېرەك ئەمەس؟",
      },
      a: {
        zh: "营业执照正是本次由市场监督管理局核发的，人社部门通过部门间数据共享核验，您不必另行上传。",
        ug: "تىجارەت كىنىشكىسى دەل بۇ قېتىم بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى تەرىپىدىن بېرىلىدۇ، كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت تارمىقى ئۇنى تارماقلار ئارا سانلىق مەلۇمات ئورتاقلىشىش ئارقىلىق دەلىللەيدۇ، سىز ئايرىم يوللىشىڭىزنىڭ ھاجىتى يوق.",
      },
    },
    {
      q: {
        zh: "已经参加了职工养老保险，还要选参加居民养老保险吗？",
        ug: "خىزمەتچى-ئىشچىلار ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتناشقان بولسام، ئاھالىلەر ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا قاتنىشىشنى يەنە تاللىشىم كېرەكمۇ؟",
      },
      a: {
        zh: "不要。两种基本养老保险不能同时参加，请选“否”，本次只办理营业执照和就业创业证。",
        ug: "ياق. ئىككى خىل ئاساسىي ياشانغانلار كۈتۈنۈش سۇغۇرتىسىغا بىرلا ۋاقىتتا قاتناشقىلى بولمايدۇ، «ياق» نى تاللاڭ، بۇ قېتىم پەقەت تىجارەت كىنىشكىسى بىلەن ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسىلا بېجىرىلىدۇ.",
      },
    },
  ],
  notes:
    "Local 个体工商户开办“一件事” lists vary (some add 印章刻制, 发票申领, 银行开户, 社保/医保登记); this bundle holds the three catalogue items that fit, and tax registration follows the licence by itself (多证合一). The 就业创业证 is for the owner as self-employed; its enterpriseName is the business name, which an individual business may leave empty — the card's application then carries no entity name and the 人社局 is assumed to take the operator's name from the licence. Not asking the licence scan assumes the 人社局 checks the licence by data sharing. The resident pension is only offered, not assumed: an owner may instead join 职工基本养老保险 as a 灵活就业人员 (not an item here). The owner's ID card is uploaded once for all three members; the card's photo and the pension's 户口簿 page stay each member's own.",
};
