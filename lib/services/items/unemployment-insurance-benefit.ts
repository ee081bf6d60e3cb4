import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  bankAccountFields,
  deferralPledge,
  FREE,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
} from "../shared";

// 失业保险金申领 under 社会保险法 arts. 45–52: at least one year of contributions, involuntary loss of work,
// unemployment registration and a wish to work. Duration depends on contribution years (12 / 18 / 24 months).
export const unemploymentInsuranceBenefit = defineService({
  code: "XJ-YN-RS-004",
  slug: "unemployment-insurance-benefit",
  title: { zh: "失业保险金申领", ug: "ئىشسىزلىق سۇغۇرتا پۇلىنى ئىلتىماس قىلىش" },
  summary: {
    zh: "参加失业保险、缴费满1年、非因本人意愿中断就业并已办理失业登记的人员，可按月领取失业保险金，领取期限按缴费年限确定，最长24个月。",
    ug: "ئىشسىزلىق سۇغۇرتىسىغا قاتناشقان، سۇغۇرتا ھەققى تاپشۇرغىنىغا 1 يىل توشقان، ئۆز ئىختىيارى بىلەن بولمىغان ھالدا ئىشتىن توختاپ قالغان ۋە ئىشسىزلىق تىزىملىتىشنى بېجىرگەن كىشىلەر ھەر ئايدا ئىشسىزلىق سۇغۇرتا پۇلى ئالالايدۇ، ئېلىش مۇددىتى سۇغۇرتا ھەققى تاپشۇرغان يىل سانى بويىچە بېكىتىلىدۇ، ئەڭ ئۇزۇن بولغاندا 24 ئاي.",
  },
  department: "hrss",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["work"],
  keywords: {
    zh: ["失业金", "失业保险", "失业保险金", "失业补助"],
    ug: ["ئىشسىزلىق سۇغۇرتا پۇلى", "ئىشسىزلىق سۇغۇرتىسى", "ئىشسىز"],
  },
  whoCanApply: {
    zh: "在伊宁市参加失业保险、非因本人意愿中断就业的失业人员本人。",
    ug: "غۇلجا شەھىرىدە ئىشسىزلىق سۇغۇرتىسىغا قاتناشقان، ئۆز ئىختىيارى بىلەن بولمىغان ھالدا ئىشتىن توختاپ قالغان ئىشسىزلارنىڭ ئۆزى.",
  },
  conditions: [
    {
      zh: "失业前用人单位和本人已经缴纳失业保险费满1年。",
      ug: "ئىشسىز قېلىشتىن بۇرۇن ئىش بەرگۈچى ئورۇن ۋە ئۆزى ئىشسىزلىق سۇغۇرتىسى ھەققىنى تاپشۇرغىنىغا 1 يىل توشقان بولۇش.",
    },
    { zh: "非因本人意愿中断就业。", ug: "ئۆز ئىختىيارى بىلەن بولمىغان ھالدا ئىشتىن توختاپ قالغان بولۇش." },
    { zh: "已经进行失业登记，并有求职要求。", ug: "ئىشسىزلىق تىزىملىتىشنى بېجىرگەن ۋە ئىش ئىزدەش تەلىپى بار بولۇش." },
    {
      zh: "未达到法定退休年龄，未领取基本养老金。",
      ug: "قانۇندا بەلگىلەنگەن پېنسىيىگە چىقىش يېشىغا يەتمىگەن، ئاساسىي پېنسىيە ئالمىغان بولۇش.",
    },
  ],
  materials: [
    {
      id: "id-card",
      title: { zh: "身份证或社会保障卡", ug: "كىملىك ياكى ئىجتىمائىي كاپالەت كارتىسى" },
      required: true,
      form: "scan",
    },
    {
      id: "separation-proof",
      title: { zh: "解除或终止劳动关系证明", ug: "ئەمگەك مۇناسىۋىتىنى بىكار قىلىش ياكى ئاخىرلاشتۇرۇش ئىسپاتى" },
      required: true,
      deferrable: true,
      form: "scan",
      note: {
        zh: "原用人单位尚未出具的，可容缺受理，经办机构将向单位核实，受理后10个工作日内补交。",
        ug: "ئەسلىدىكى ئىش بەرگۈچى ئورۇن تېخى بەرمىگەن بولسا، كەمتۈك ھالەتتە قوبۇل قىلىنىدۇ، بېجىرگۈچى ئورگان ئورۇندىن ئېنىقلايدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
  ],
  fee: FREE,
  promisedDays: 5,
  legalDays: 10,
  legalBasis: [
    {
      zh: "《中华人民共和国社会保险法》第四十五条至第五十二条",
      ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى ئىجتىمائىي سۇغۇرتا قانۇنى» 45-ماددىدىن 52-ماددىغىچە",
    },
    {
      zh: "《失业保险条例》（国务院令第258号）",
      ug: "«ئىشسىزلىق سۇغۇرتىسى نىزامى» (گوۋۇيۈەننىڭ 258-نومۇرلۇق بۇيرۇقى)",
    },
    { zh: "《失业保险金申领发放办法》", ug: "«ئىشسىزلىق سۇغۇرتا پۇلىنى ئىلتىماس قىلىش ۋە تارقىتىش چارىسى»" },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "审核通过后以短信通知，按月发放至本人银行卡或社保卡；领取期间的职工基本医疗保险费由失业保险基金代缴。",
    ug: "تەستىقلانغاندىن كېيىن قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، ھەر ئايدا ئۆزىنىڭ بانكا كارتىسى ياكى ئىجتىمائىي كاپالەت كارتىسىغا تارقىتىلىدۇ؛ ئېلىش مەزگىلىدىكى خىزمەتچى-ئىشچىلار ئاساسىي داۋالاش سۇغۇرتىسى ھەققىنى ئىشسىزلىق سۇغۇرتىسى فوندى ۋاكالىتەن تاپشۇرىدۇ.",
  },
  faq: [
    {
      q: { zh: "失业保险金能领多久？", ug: "ئىشسىزلىق سۇغۇرتا پۇلىنى قانچىلىك ۋاقىت ئالغىلى بولىدۇ؟" },
      a: {
        zh: "累计缴费满1年不足5年的，最长12个月；满5年不足10年的，最长18个月；满10年的，最长24个月。",
        ug: "جەمئىي سۇغۇرتا ھەققى تاپشۇرغىنى 1 يىلغا توشۇپ 5 يىلغا يەتمىگەن بولسا، ئەڭ ئۇزۇن 12 ئاي؛ 5 يىلغا توشۇپ 10 يىلغا يەتمىگەن بولسا، ئەڭ ئۇزۇن 18 ئاي؛ 10 يىلغا توشقان بولسا، ئەڭ ئۇزۇن 24 ئاي.",
      },
    },
    {
      q: { zh: "自己辞职可以领吗？", ug: "ئۆزۈم ئىستىپا بەرسەم ئالالامدىمەن؟" },
      a: {
        zh: "一般不可以。但因用人单位未按约定支付工资、未依法缴纳社会保险费等原因被迫解除劳动合同的，属于非本人意愿中断就业，可以申领。",
        ug: "ئادەتتە بولمايدۇ. لېكىن ئىش بەرگۈچى ئورۇن كېلىشىم بويىچە ئىش ھەققى بەرمىگەن، قانۇن بويىچە ئىجتىمائىي سۇغۇرتا ھەققى تاپشۇرمىغان قاتارلىق سەۋەبلەر تۈپەيلىدىن ئەمگەك توختامىنى بىكار قىلىشقا مەجبۇر بولغانلار ئۆز ئىختىيارى بىلەن بولمىغان ھالدا ئىشتىن توختاپ قالغان ھېسابلىنىدۇ، ئىلتىماس قىلالايدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "job-loss",
      title: { zh: "失业情况", ug: "ئىشسىز قېلىش ئەھۋالى" },
      fields: [
        {
          kind: "text",
          name: "lastEmployer",
          maxLength: 60,
          prefill: "employer",
          label: { zh: "失业前工作单位", ug: "ئىشسىز قېلىشتىن بۇرۇنقى خىزمەت ئورنى" },
        },
        {
          kind: "date",
          name: "employmentEndDate",
          notFuture: true,
          label: { zh: "劳动关系终止日期", ug: "ئەمگەك مۇناسىۋىتى ئاخىرلاشقان ۋاقىت" },
        },
        {
          kind: "integer",
          name: "contributionYears",
          min: 1,
          max: 50,
          label: { zh: "累计缴纳失业保险费年数", ug: "ئىشسىزلىق سۇغۇرتىسى ھەققى تاپشۇرغان جەمئىي يىل سانى" },
          hint: {
            zh: "不足1年的不能申领；可在电子社保卡查询",
            ug: "1 يىلغا يەتمىسە ئىلتىماس قىلغىلى بولمايدۇ؛ ئېلېكترونلۇق ئىجتىمائىي كاپالەت كارتىسى ئارقىلىق سۈرۈشتۈرگىلى بولىدۇ",
          },
        },
        {
          kind: "select",
          name: "separationReason",
          label: { zh: "中断就业的原因", ug: "ئىشتىن توختاپ قېلىش سەۋەبى" },
          options: [
            {
              value: "contract-expired",
              label: { zh: "劳动合同期满终止", ug: "ئەمگەك توختامىنىڭ مۇددىتى توشۇپ ئاخىرلاشقان" },
            },
            {
              value: "dismissed",
              label: { zh: "用人单位解除劳动合同", ug: "ئىش بەرگۈچى ئورۇن ئەمگەك توختامىنى بىكار قىلغان" },
            },
            {
              value: "employer-proposed",
              label: {
                zh: "用人单位提出、双方协商解除",
                ug: "ئىش بەرگۈچى ئورۇن ئوتتۇرىغا قويۇپ، ئىككى تەرەپ كېڭىشىپ بىكار قىلغان",
              },
            },
            {
              value: "forced",
              label: {
                zh: "因单位违法或违约被迫解除",
                ug: "ئورۇننىڭ قانۇنغا ياكى توختامغا خىلاپلىق قىلىشى سەۋەبىدىن بىكار قىلىشقا مەجبۇر بولغان",
              },
            },
            {
              value: "employer-closed",
              label: { zh: "单位破产、撤销或关闭", ug: "ئورۇن بانكروت بولغان، ئەمەلدىن قالدۇرۇلغان ياكى تاقالغان" },
            },
          ],
        },
        {
          kind: "declaration",
          name: "jobSeeking",
          label: { zh: "求职承诺", ug: "ئىش ئىزدەش ۋەدىسى" },
          statement: {
            zh: "本人已办理（或同时申请）失业登记，有求职要求，愿意接受职业介绍和职业培训。",
            ug: "ئىشسىزلىق تىزىملىتىشنى بېجىردىم (ياكى بىرلا ۋاقىتتا ئىلتىماس قىلدىم)، ئىش ئىزدەش تەلىپىم بار، كەسىپ تونۇشتۇرۇش ۋە كەسپىي تەربىيەلەشنى قوبۇل قىلىشنى خالايمەن.",
          },
        },
      ],
    },
    {
      id: "payout",
      title: { zh: "发放账户", ug: "تارقىتىش ھېساباتى" },
      fields: bankAccountFields,
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
          label: { zh: "身份证或社会保障卡", ug: "كىملىك ياكى ئىجتىمائىي كاپالەت كارتىسى" },
        },
        {
          kind: "file",
          name: "separationProofScan",
          material: "separation-proof",
          optional: true,
          label: {
            zh: "解除或终止劳动关系证明（可容缺）",
            ug: "ئەمگەك مۇناسىۋىتىنى بىكار قىلىش ياكى ئاخىرلاشتۇرۇش ئىسپاتى (كېيىن تاپشۇرسىمۇ بولىدۇ)",
          },
        },
        deferralPledge("separationProofPledge", "separationProofScan"),
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
    "Legal limit 10 follows my memory of 《失业保险金申领发放办法》 (经办机构 decides within 10 days of acceptance); 5 promised days is an assumption. The amount (a percentage of the local minimum wage set by the region) is deliberately not stated. separationReason lists only involuntary reasons; a resident who quit voluntarily is told in the FAQ rather than offered an option that always fails.",
});
