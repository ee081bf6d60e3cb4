import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  bankOptions,
  FREE,
  newbornFields,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
} from "../shared";

// 社会保障卡申领. Covers first issue, replacement of a lost card (after 挂失) and exchange of a damaged, expired or
// outdated card. The card's financial account is opened at the cooperating bank the resident chooses.
const self = { field: "cardHolder", equals: "self" } as const;
const newborn = { field: "cardHolder", equals: "newborn" } as const;

export const socialSecurityCard = defineService({
  code: "XJ-YN-RS-001",
  slug: "social-security-card",
  title: { zh: "社会保障卡申领", ug: "ئىجتىمائىي كاپالەت كارتىسى ئىلتىماس قىلىش" },
  summary: {
    zh: "在伊宁市参加社会保险或户籍在伊宁市的人员，可申领具有金融功能的第三代社会保障卡；卡片遗失或损坏的可补领、换领。",
    ug: "غۇلجا شەھىرىدە ئىجتىمائىي سۇغۇرتىغا قاتناشقان ياكى نوپۇسى غۇلجا شەھىرىدە بولغان كىشىلەر پۇل مۇئامىلە ئىقتىدارى بار ئۈچىنچى ئەۋلاد ئىجتىمائىي كاپالەت كارتىسى ئىلتىماس قىلالايدۇ؛ كارتا يوقالغان ياكى بۇزۇلغان بولسا قايتا ئالالايدۇ ياكى ئالماشتۇرالايدۇ.",
  },
  department: "hrss",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["work"],
  keywords: {
    zh: ["社保卡", "三代社保卡", "补卡", "换卡", "社会保障卡"],
    ug: ["ئىجتىمائىي كاپالەت كارتىسى", "كارتا", "ئىجتىمائىي سۇغۇرتا"],
  },
  whoCanApply: {
    zh: "在伊宁市参加社会保险的人员，或户籍在伊宁市的居民；未满16周岁的由监护人代为申请。",
    ug: "غۇلجا شەھىرىدە ئىجتىمائىي سۇغۇرتىغا قاتناشقان كىشىلەر ياكى نوپۇسى غۇلجا شەھىرىدىكى ئاھالىلەر؛ 16 ياشقا توشمىغانلار ئۈچۈن ۋەسىيسى ۋاكالىتەن ئىلتىماس قىلىدۇ.",
  },
  conditions: [
    {
      zh: "已在伊宁市参加社会保险，或户籍在伊宁市。",
      ug: "غۇلجا شەھىرىدە ئىجتىمائىي سۇغۇرتىغا قاتناشقان ياكى نوپۇسى غۇلجا شەھىرىدە بولۇش.",
    },
    {
      zh: "首次申领的，本人名下没有有效的社会保障卡。",
      ug: "تۇنجى قېتىم ئىلتىماس قىلغۇچىنىڭ نامىدا ئىناۋەتلىك ئىجتىمائىي كاپالەت كارتىسى بولماسلىق.",
    },
    {
      zh: "补领的，须先通过12333热线、电子社保卡或银行网点办理原卡挂失。",
      ug: "قايتا ئالغۇچىلار ئالدى بىلەن 12333 تېلېفونى، ئېلېكترونلۇق ئىجتىمائىي كاپالەت كارتىسى ياكى بانكا تارماقلىرى ئارقىلىق ئەسلى كارتىنىڭ يوقالغانلىقىنى مەلۇم قىلىپ توختىتىشى كېرەك.",
    },
  ],
  materials: [
    { id: "id-card", title: { zh: "身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" }, required: true, form: "scan" },
    {
      id: "photo",
      title: {
        zh: "近6个月内白底免冠彩色证件照",
        ug: "يېقىنقى 6 ئاي ئىچىدە تارتقان ئاق تەگلىك، باش كىيىمسىز رەڭلىك كىنىشكە رەسىمى",
      },
      required: true,
      form: "scan",
      note: {
        zh: "电子照片要求：JPG格式，358×441像素。",
        ug: "ئېلېكترونلۇق رەسىم تەلىپى: JPG فورماتى، 358×441 پىكسېل.",
      },
    },
    {
      id: "hukou",
      title: {
        zh: "户口簿（未满16周岁、未办理身份证的）",
        ug: "نوپۇس دەپتىرى (16 ياشقا توشمىغان، كىملىك ئالمىغانلار ئۈچۈن)",
      },
      required: false,
      form: "scan",
    },
    {
      id: "old-card",
      title: {
        zh: "原社会保障卡（换领时交回）",
        ug: "ئەسلى ئىجتىمائىي كاپالەت كارتىسى (ئالماشتۇرغاندا قايتۇرۇپ بېرىلىدۇ)",
      },
      required: false,
      form: "original",
    },
  ],
  fee: FREE,
  promisedDays: 5,
  legalDays: 20,
  legalBasis: [
    { zh: "《中华人民共和国社会保险法》", ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى ئىجتىمائىي سۇغۇرتا قانۇنى»" },
    {
      zh: "《社会保障卡管理办法》（人力资源社会保障部）",
      ug: "«ئىجتىمائىي كاپالەت كارتىسىنى باشقۇرۇش چارىسى» (كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت مىنىستىرلىكى)",
    },
    {
      zh: "新疆维吾尔自治区社会保障卡管理相关规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ ئىجتىمائىي كاپالەت كارتىسىنى باشقۇرۇشقا ئائىت بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "制卡完成后以短信通知，可到所选银行的网点领取，或邮寄到家；领卡后请到银行网点或通过手机激活金融功能。",
    ug: "كارتا ياسالغاندىن كېيىن قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، تاللىغان بانكىنىڭ تارمىقىدىن ئالسىڭىز ياكى ئۆيىڭىزگە پوچتا ئارقىلىق ئەۋەتىلسە بولىدۇ؛ كارتىنى ئالغاندىن كېيىن بانكا تارمىقىدا ياكى يانفون ئارقىلىق پۇل مۇئامىلە ئىقتىدارىنى ئاكتىپلاڭ.",
  },
  faq: [
    {
      q: { zh: "社保卡丢了怎么办？", ug: "ئىجتىمائىي كاپالەت كارتىسى يوقاپ كەتسە قانداق قىلىمەن؟" },
      a: {
        zh: "请先拨打12333或通过电子社保卡办理挂失，再在本事项中选择“补领”。",
        ug: "ئالدى بىلەن 12333 نومۇرىغا تېلېفون قىلىپ ياكى ئېلېكترونلۇق ئىجتىمائىي كاپالەت كارتىسى ئارقىلىق كارتىنىڭ يوقالغانلىقىنى مەلۇم قىلىڭ، ئاندىن بۇ تۈردە «قايتا ئېلىش» نى تاللاڭ.",
      },
    },
    {
      q: {
        zh: "社保卡可以当银行卡用吗？",
        ug: "ئىجتىمائىي كاپالەت كارتىسىنى بانكا كارتىسى ئورنىدا ئىشلەتكىلى بولامدۇ؟",
      },
      a: {
        zh: "可以。激活金融功能后，可用于存取款、转账和领取各项社保待遇。",
        ug: "بولىدۇ. پۇل مۇئامىلە ئىقتىدارى ئاكتىپلانغاندىن كېيىن پۇل ئامانەت قويۇش، پۇل ئېلىش، پۇل يۆتكەش ۋە ھەر خىل ئىجتىمائىي كاپالەت تەمىناتىنى ئېلىشقا ئىشلەتكىلى بولىدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "card",
      title: { zh: "申领信息", ug: "ئىلتىماس ئۇچۇرى" },
      // A parent applies for their newborn too (the card of 新生儿出生一件事): the child's number comes with the
      // birth registration, so a newborn's card is applied for with the name and birth date, and the number.
      householdPick: {
        name: "newbornName",
        idNumber: "newbornIdNumber",
        birthDate: "newbornBirthDate",
        relations: ["child"],
      },
      fields: [
        {
          kind: "radio",
          name: "cardHolder",
          label: { zh: "为谁申领", ug: "كىم ئۈچۈن ئىلتىماس قىلىسىز" },
          options: [
            { value: "self", label: { zh: "本人", ug: "ئۆزۈم" } },
            { value: "newborn", label: { zh: "本人的新生儿", ug: "يېڭى تۇغۇلغان بوۋىقىم" } },
          ],
        },
        ...newbornFields(newborn),
        {
          kind: "idNumber",
          name: "newbornIdNumber",
          label: { zh: "新生儿身份证号", ug: "بوۋاقنىڭ كىملىك نومۇرى" },
          hint: {
            zh: "办理出生登记（落户）后取得",
            ug: "تۇغۇلۇش تىزىملىتىپ نوپۇسقا ئالدۇرغاندىن كېيىن بېرىلىدۇ",
          },
          showWhen: newborn,
        },
        {
          kind: "radio",
          name: "applicationType",
          label: { zh: "申领类型", ug: "ئىلتىماس تۈرى" },
          options: [
            { value: "first", label: { zh: "首次申领", ug: "تۇنجى قېتىم ئىلتىماس قىلىش" } },
            { value: "replace", label: { zh: "补领（卡片遗失）", ug: "قايتا ئېلىش (كارتا يوقالغان)" } },
            {
              value: "renew",
              label: {
                zh: "换领（卡片损坏、过期或信息变更）",
                ug: "ئالماشتۇرۇش (كارتا بۇزۇلغان، ۋاقتى ئۆتكەن ياكى ئۇچۇر ئۆزگەرگەن)",
              },
            },
          ],
        },
        {
          kind: "declaration",
          name: "lossReported",
          label: { zh: "挂失确认", ug: "يوقاتقانلىقنى مەلۇم قىلغانلىقنى جەزملەش" },
          showWhen: { field: "applicationType", equals: "replace" },
          statement: {
            zh: "本人已办理原社会保障卡挂失，知悉补领后原卡作废。",
            ug: "ئەسلى ئىجتىمائىي كاپالەت كارتىسىنىڭ يوقالغانلىقىنى مەلۇم قىلدىم، قايتا ئالغاندىن كېيىن ئەسلى كارتىنىڭ ئىناۋەتسىز بولىدىغانلىقىنى بىلدىم.",
          },
        },
        {
          kind: "select",
          name: "cardBank",
          label: {
            zh: "服务银行（社保卡金融账户开户行）",
            ug: "مۇلازىمەت بانكىسى (ئىجتىمائىي كاپالەت كارتىسىنىڭ پۇل مۇئامىلە ھېساباتى ئېچىلىدىغان بانكا)",
          },
          options: bankOptions,
        },
      ],
    },
    {
      id: "collection",
      title: { zh: "领卡方式", ug: "كارتا ئېلىش ئۇسۇلى" },
      fields: [
        {
          kind: "radio",
          name: "collectionMethod",
          label: { zh: "如何领取新卡？", ug: "يېڭى كارتىنى قانداق ئالىسىز؟" },
          options: [
            { value: "branch", label: { zh: "到所选银行网点领取", ug: "تاللىغان بانكىنىڭ تارمىقىغا بېرىپ ئېلىش" } },
            { value: "mail", label: { zh: "邮寄到家", ug: "ئۆيگە پوچتا ئارقىلىق ئەۋەتىش" } },
          ],
        },
        {
          kind: "address",
          name: "mailingAddress",
          label: { zh: "邮寄地址", ug: "پوچتا ئادرېسى" },
          prefill: "address",
          showWhen: { field: "collectionMethod", equals: "mail" },
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
          showWhen: self,
          label: { zh: "身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" },
        },
        {
          kind: "file",
          name: "photoScan",
          material: "photo",
          // A baby's card is made without a photo (the photo is added when the child gets an ID card).
          showWhen: self,
          label: { zh: "白底免冠彩色证件照", ug: "ئاق تەگلىك، باش كىيىمسىز رەڭلىك كىنىشكە رەسىمى" },
        },
        {
          kind: "file",
          name: "hukouScan",
          material: "hukou",
          optional: true,
          label: {
            zh: "户口簿（未满16周岁、未办理身份证的）",
            ug: "نوپۇس دەپتىرى (16 ياشقا توشمىغان، كىملىك ئالمىغانلار ئۈچۈن)",
          },
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
    "Time limits (5 promised / 20 legal working days) are assumptions; many Xinjiang halls issue cards on the spot (即时制卡), which would make promisedDays 1. The 358×441 px photo spec is the national social-security-card photo standard as I remember it. Whether mailing is offered free of charge in Yining is not stated. 《社会保障卡管理办法》 is cited without its document number because I am not sure of it.",
});
