import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  deferralPledge,
  FREE,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
  yesNoOptions,
} from "../shared";

// 就业创业证申领: the card records employment and unemployment (就业失业登记) and is the key to employment and
// business-start subsidies. The follow-up questions and proofs depend on the current employment status.
const unemployed = { field: "employmentStatus", equals: "unemployed" } as const;

export const employmentRegistrationCard = defineService({
  code: "XJ-YN-RS-003",
  slug: "employment-registration-card",
  title: { zh: "就业创业证申领", ug: "ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى ئىلتىماس قىلىش" },
  summary: {
    zh: "在法定劳动年龄内、有劳动能力的伊宁市户籍或常住人员，可申领《就业创业证》，用于记录就业失业状况，并凭证享受就业创业扶持政策。",
    ug: "قانۇندا بەلگىلەنگەن ئەمگەك يېشىدىكى، ئەمگەك ئىقتىدارى بار، نوپۇسى غۇلجا شەھىرىدە بولغان ياكى غۇلجا شەھىرىدە دائىمىي تۇرىدىغان كىشىلەر «ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى» ئىلتىماس قىلالايدۇ، بۇ كىنىشكە ئىشقا ئورۇنلىشىش ۋە ئىشسىزلىق ئەھۋالىنى خاتىرىلەشكە ئىشلىتىلىدۇ، ئۇنىڭ بىلەن ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەشنى قوللاش سىياسەتلىرىدىن بەھرىمەن بولغىلى بولىدۇ.",
  },
  department: "hrss",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["work", "business"],
  keywords: {
    zh: ["就业创业证", "就业证", "失业证", "就业失业登记", "创业"],
    ug: ["ئىشقا ئورۇنلىشىش", "ئىگىلىك تىكلەش", "كىنىشكە", "ئىشسىزلىق"],
  },
  whoCanApply: {
    zh: "年满16周岁、在法定劳动年龄内、有劳动能力的伊宁市户籍人员或在伊宁市常住的人员。",
    ug: "16 ياشقا توشقان، قانۇندا بەلگىلەنگەن ئەمگەك يېشىدىكى، ئەمگەك ئىقتىدارى بار، نوپۇسى غۇلجا شەھىرىدە بولغان ياكى غۇلجا شەھىرىدە دائىمىي تۇرىدىغان كىشىلەر.",
  },
  conditions: [
    {
      zh: "年满16周岁、未达到法定退休年龄，有劳动能力。",
      ug: "16 ياشقا توشقان، قانۇندا بەلگىلەنگەن پېنسىيىگە چىقىش يېشىغا يەتمىگەن، ئەمگەك ئىقتىدارى بار بولۇش.",
    },
    {
      zh: "户籍在伊宁市，或在伊宁市常住（持居住证）。",
      ug: "نوپۇسى غۇلجا شەھىرىدە بولۇش ياكى غۇلجا شەھىرىدە دائىمىي تۇرۇش (تۇرالغۇ گۇۋاھنامىسى بولۇش).",
    },
    {
      zh: "本人未持有有效的《就业创业证》（遗失的可申请补发）。",
      ug: "ئۆزىدە ئىناۋەتلىك «ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى» بولماسلىق (يوقاتقانلار قايتا بېرىشنى ئىلتىماس قىلالايدۇ).",
    },
  ],
  materials: [
    { id: "id-card", title: { zh: "身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" }, required: true, form: "scan" },
    {
      id: "photo",
      title: { zh: "近期一寸免冠照片", ug: "يېقىندا تارتقان بىر دىيۇملۇق باش كىيىمسىز رەسىم" },
      required: true,
      form: "scan",
    },
    {
      id: "education-cert",
      title: { zh: "学历证书", ug: "ئوقۇش پۈتتۈرۈش گۇۋاھنامىسى" },
      required: false,
      form: "scan",
    },
    {
      id: "separation-proof",
      title: {
        zh: "解除或终止劳动关系证明（失业人员）",
        ug: "ئەمگەك مۇناسىۋىتىنى بىكار قىلىش ياكى ئاخىرلاشتۇرۇش ئىسپاتى (ئىشسىزلار)",
      },
      required: false,
      deferrable: true,
      form: "scan",
      note: {
        zh: "可容缺受理，受理后10个工作日内补交。",
        ug: "كەمتۈك ھالەتتە قوبۇل قىلىنىدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
    {
      id: "business-licence",
      title: { zh: "营业执照（自主创业人员）", ug: "تىجارەت كىنىشكىسى (ئۆز ئالدىغا ئىگىلىك تىكلىگۈچىلەر)" },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 1,
  legalDays: 5,
  legalBasis: [
    { zh: "《中华人民共和国就业促进法》", ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى ئىشقا ئورۇنلىشىشنى ئىلگىرى سۈرۈش قانۇنى»" },
    {
      zh: "《就业服务与就业管理规定》（人力资源社会保障部）",
      ug: "«ئىشقا ئورۇنلىشىش مۇلازىمىتى ۋە ئىشقا ئورۇنلىشىشنى باشقۇرۇش بەلگىلىمىسى» (كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت مىنىستىرلىكى)",
    },
    {
      zh: "《人力资源社会保障部关于进一步完善就业失业登记管理办法的通知》",
      ug: "«كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت مىنىستىرلىكىنىڭ ئىشقا ئورۇنلىشىش ۋە ئىشسىزلىق تىزىملىتىشنى باشقۇرۇش چارىسىنى تېخىمۇ مۇكەممەللەشتۈرۈش توغرىسىدىكى ئۇقتۇرۇشى»",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "审核通过后发放《就业创业证》（同步生成电子证照），以短信通知，可到社区（村）或人社局窗口领取。",
    ug: "تەستىقلانغاندىن كېيىن «ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى» بېرىلىدۇ (ئېلېكترونلۇق كىنىشكىسى ماس قەدەمدە ھاسىل قىلىنىدۇ)، قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، مەھەللە (كەنت) ياكى كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت ئىدارىسىنىڭ كۆزنىكىدىن ئالغىلى بولىدۇ.",
  },
  faq: [
    {
      q: { zh: "就业创业证有什么用？", ug: "ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسىنىڭ قانداق پايدىسى بار؟" },
      a: {
        zh: "它记录您的就业、失业和享受政策情况，可凭证申请创业担保贷款、职业培训补贴、社会保险补贴等。",
        ug: "ئۇ سىزنىڭ ئىشقا ئورۇنلىشىش، ئىشسىزلىق ۋە سىياسەتتىن بەھرىمەن بولۇش ئەھۋالىڭىزنى خاتىرىلەيدۇ، ئۇنىڭ بىلەن ئىگىلىك تىكلەش كاپالەتلىك قەرزى، كەسپىي تەربىيەلەش تولۇقلىمىسى، ئىجتىمائىي سۇغۇرتا تولۇقلىمىسى قاتارلىقلارنى ئىلتىماس قىلغىلى بولىدۇ.",
      },
    },
    {
      q: { zh: "换了工作需要重新申领吗？", ug: "خىزمەت ئالماشتۇرسام قايتا ئىلتىماس قىلىشىم كېرەكمۇ؟" },
      a: {
        zh: "不需要。就业创业证全国通用、长期有效，就业状态变化时办理登记更新即可。",
        ug: "ياق. ئىشقا ئورۇنلىشىش ۋە ئىگىلىك تىكلەش كىنىشكىسى پۈتۈن مەملىكەتتە ئورتاق ئىشلىتىلىدۇ، ئۇزۇن مۇددەت ئىناۋەتلىك، ئىشقا ئورۇنلىشىش ھالىتى ئۆزگەرگەندە تىزىملىتىشنى يېڭىلىسىڭىزلا بولىدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "employment",
      title: { zh: "就业状况", ug: "ئىشقا ئورۇنلىشىش ئەھۋالى" },
      fields: [
        {
          kind: "radio",
          name: "employmentStatus",
          label: { zh: "您目前的就业状况", ug: "ھازىرقى ئىشقا ئورۇنلىشىش ئەھۋالىڭىز" },
          options: [
            {
              value: "employed",
              label: {
                zh: "已就业（含灵活就业）",
                ug: "ئىشقا ئورۇنلاشقان (جانلىق ئىشقا ئورۇنلىشىشنى ئۆز ئىچىگە ئالىدۇ)",
              },
            },
            {
              value: "self-employed",
              label: {
                zh: "自主创业（个体经营、开办企业）",
                ug: "ئۆز ئالدىغا ئىگىلىك تىكلىگەن (يەككە تىجارەت، كارخانا ئېچىش)",
              },
            },
            { value: "unemployed", label: { zh: "失业，正在找工作", ug: "ئىشسىز، ئىش ئىزدەۋاتىدۇ" } },
          ],
        },
        {
          kind: "text",
          name: "employerName",
          maxLength: 60,
          prefill: "employer",
          showWhen: { field: "employmentStatus", equals: "employed" },
          label: { zh: "工作单位", ug: "خىزمەت ئورنى" },
        },
        {
          kind: "text",
          name: "enterpriseName",
          maxLength: 60,
          showWhen: { field: "employmentStatus", equals: "self-employed" },
          label: { zh: "创业实体名称", ug: "ئىگىلىك تىكلىگەن ئورۇننىڭ نامى" },
        },
        {
          kind: "date",
          name: "unemployedSince",
          notFuture: true,
          showWhen: unemployed,
          label: { zh: "失业日期", ug: "ئىشسىز قالغان ۋاقىت" },
        },
        {
          kind: "text",
          name: "jobWanted",
          optional: true,
          maxLength: 60,
          showWhen: unemployed,
          label: { zh: "求职意向（选填）", ug: "ئىش ئىزدەش نىيىتى (ئىختىيارىي)" },
        },
      ],
    },
    {
      id: "background",
      title: { zh: "文化程度和技能", ug: "مەدەنىيەت سەۋىيىسى ۋە ماھارەت" },
      fields: [
        {
          kind: "select",
          name: "education",
          label: { zh: "文化程度", ug: "مەدەنىيەت سەۋىيىسى" },
          options: [
            { value: "primary", label: { zh: "小学及以下", ug: "باشلانغۇچ مەكتەپ ۋە ئۇنىڭدىن تۆۋەن" } },
            { value: "junior", label: { zh: "初中", ug: "تولۇقسىز ئوتتۇرا مەكتەپ" } },
            {
              value: "senior",
              label: { zh: "高中、中专、技校", ug: "تولۇق ئوتتۇرا مەكتەپ، ئوتتۇرا تېخنىكوم، تېخنىكا مەكتىپى" },
            },
            { value: "college", label: { zh: "大专", ug: "ئالىي تېخنىكوم" } },
            { value: "bachelor", label: { zh: "本科", ug: "تولۇق كۇرس" } },
            { value: "postgraduate", label: { zh: "研究生", ug: "ئاسپىرانت" } },
          ],
        },
        {
          kind: "radio",
          name: "hasSkillCertificate",
          options: yesNoOptions,
          label: {
            zh: "是否有职业资格或技能等级证书？",
            ug: "كەسپىي سالاھىيەت ياكى ماھارەت دەرىجە گۇۋاھنامىڭىز بارمۇ؟",
          },
        },
        {
          kind: "text",
          name: "skillCertificateName",
          maxLength: 60,
          showWhen: { field: "hasSkillCertificate", equals: "yes" },
          label: { zh: "证书名称及等级", ug: "گۇۋاھنامىنىڭ نامى ۋە دەرىجىسى" },
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
          label: { zh: "身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" },
        },
        {
          kind: "file",
          name: "photoScan",
          material: "photo",
          label: { zh: "一寸免冠照片", ug: "بىر دىيۇملۇق باش كىيىمسىز رەسىم" },
        },
        {
          kind: "file",
          name: "educationCertScan",
          material: "education-cert",
          optional: true,
          label: { zh: "学历证书（选填）", ug: "ئوقۇش پۈتتۈرۈش گۇۋاھنامىسى (ئىختىيارىي)" },
        },
        {
          kind: "file",
          name: "separationProofScan",
          material: "separation-proof",
          optional: true,
          showWhen: unemployed,
          label: {
            zh: "解除或终止劳动关系证明（可容缺）",
            ug: "ئەمگەك مۇناسىۋىتىنى بىكار قىلىش ياكى ئاخىرلاشتۇرۇش ئىسپاتى (كېيىن تاپشۇرسىمۇ بولىدۇ)",
          },
        },
        {
          ...deferralPledge("separationProofPledge", "separationProofScan"),
          showWhen: { all: [unemployed, { not: { field: "separationProofScan", notEmpty: true } }] },
        },
        {
          kind: "file",
          name: "businessLicenceScan",
          material: "business-licence",
          showWhen: { field: "employmentStatus", equals: "self-employed" },
          label: { zh: "营业执照", ug: "تىجارەت كىنىشكىسى" },
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
    "The 人社部 notice on 就业失业登记 is cited by title only (I believe it is 人社部发〔2014〕97号, not verified). Time limits (1/5 working days) are assumptions. The separation proof is only asked from unemployed applicants and is deferrable on a pledge. 'Lifelong/nationwide validity' of the card is stated as 'long-term valid' to stay safe.",
});
