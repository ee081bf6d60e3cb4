// Building blocks shared by many service definitions: the applicant's own facts (all prefilled from the profile,
// so a resident never types them twice), common texts, and the standard closing declaration.
import type { Condition, DeclarationField, FieldDef, LocalizedText, StepDef } from "@/lib/form-engine/types";

export const FREE: LocalizedText = { zh: "不收费", ug: "ھەقسىز" };
export const ALL_CHANNELS = ["online", "window", "terminal"] as const;

export const applicantFields: readonly FieldDef[] = [
  {
    kind: "personName",
    name: "applicantName",
    label: { zh: "申请人姓名", ug: "ئىلتىماس قىلغۇچىنىڭ ئىسىم-فامىلىسى" },
    prefill: "fullName",
  },
  {
    kind: "idNumber",
    name: "applicantIdNumber",
    label: { zh: "申请人身份证号", ug: "ئىلتىماس قىلغۇچىنىڭ كىملىك نومۇرى" },
    hint: { zh: "18位，最后一位可能是X", ug: "18 خانىلىق، ئاخىرقى خانىسى X بولۇشى مۇمكىن" },
    prefill: "idNumber",
  },
  {
    kind: "mobile",
    name: "applicantMobile",
    label: { zh: "联系电话（手机）", ug: "ئالاقە تېلېفونى (يانفون)" },
    hint: { zh: "办理进度将以短信通知此号码", ug: "بېجىرىلىش ئەھۋالى بۇ نومۇرغا قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ" },
    prefill: "mobile",
  },
  {
    kind: "address",
    name: "applicantAddress",
    label: { zh: "现居住地址", ug: "ھازىرقى ئولتۇرۇشلۇق ئادرېسى" },
    prefill: "address",
  },
];

export const applicantStep: StepDef = {
  id: "applicant",
  title: { zh: "申请人信息", ug: "ئىلتىماس قىلغۇچى ئۇچۇرى" },
  intro: { zh: "请核对您的基本信息。", ug: "ئاساسىي ئۇچۇرلىرىڭىزنى تەكشۈرۈڭ." },
  fields: applicantFields,
};

/** Window-only step: the clerk confirms the originals were seen (issue "Window clerk assisted entry"). */
export const windowCheckStep: StepDef = {
  id: "window-check",
  channels: ["window"],
  title: { zh: "窗口核验", ug: "كۆزنەك دەلىللەش" },
  fields: [
    {
      kind: "declaration",
      name: "originalsSeen",
      label: { zh: "原件核验", ug: "ئەسلى نۇسخىنى دەلىللەش" },
      statement: {
        zh: "我已当面核验申请人提交材料的原件，与扫描件一致。",
        ug: "ئىلتىماس قىلغۇچى تاپشۇرغان ماتېرىياللارنىڭ ئەسلى نۇسخىسىنى يۈزتۇرانە دەلىللىدىم، سىكانېرلانغان نۇسخىسى بىلەن ئوخشاش.",
      },
    },
  ],
};

export const truthfulDeclaration: DeclarationField = {
  kind: "declaration",
  name: "declarationTruthful",
  label: { zh: "承诺", ug: "ۋەدە" },
  statement: {
    zh: "本人承诺所填信息和所交材料真实、准确、完整，如有虚假，愿承担相应法律责任。",
    ug: "تولدۇرغان ئۇچۇر ۋە تاپشۇرغان ماتېرىياللىرىمنىڭ راست، توغرا ۋە تولۇق ئىكەنلىكىگە ۋەدە بېرىمەن، ساختىلىق بولسا مۇناسىپ قانۇنىي جاۋابكارلىقنى ئۈستۈمگە ئالىمەن.",
  },
};

/** 容缺受理 pledge: shown when a deferrable material has not been uploaded. */
export function deferralPledge(name: string, fileField: string): DeclarationField {
  return {
    kind: "declaration",
    name,
    label: { zh: "容缺承诺", ug: "كەمتۈك ماتېرىيالنى كېيىن تاپشۇرۇش ۋەدىسى" },
    showWhen: { not: { field: fileField, notEmpty: true } },
    statement: {
      zh: "本人承诺在受理后10个工作日内补交上述材料，逾期未补交的，申请将按不予受理处理。",
      ug: "قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە يۇقىرىقى ماتېرىيالنى تولۇقلاپ تاپشۇرۇشقا ۋەدە بېرىمەن، ۋاقتىدا تاپشۇرمىسام ئىلتىماس قوبۇل قىلىنمايدۇ.",
    },
  };
}

export const relationOptions = [
  { value: "spouse", label: { zh: "配偶", ug: "جورا" } },
  { value: "child", label: { zh: "子女", ug: "پەرزەنت" } },
  { value: "parent", label: { zh: "父母", ug: "ئاتا-ئانا" } },
  { value: "grandparent", label: { zh: "祖父母、外祖父母", ug: "بوۋا-موما" } },
  { value: "grandchild", label: { zh: "孙子女、外孙子女", ug: "نەۋرە" } },
  { value: "sibling", label: { zh: "兄弟姐妹", ug: "ئاكا-ئۇكا، ئاچا-سىڭىل" } },
  { value: "other", label: { zh: "其他", ug: "باشقا" } },
] as const;

export const bankOptions = [
  { value: "icbc", label: { zh: "中国工商银行", ug: "جۇڭگو سانائەت-سودا بانكىسى" } },
  { value: "abc", label: { zh: "中国农业银行", ug: "جۇڭگو يېزا ئىگىلىك بانكىسى" } },
  { value: "boc", label: { zh: "中国银行", ug: "جۇڭگو بانكىسى" } },
  { value: "ccb", label: { zh: "中国建设银行", ug: "جۇڭگو قۇرۇلۇش بانكىسى" } },
  { value: "psbc", label: { zh: "中国邮政储蓄银行", ug: "جۇڭگو پوچتا ئامانەت بانكىسى" } },
  { value: "rcc", label: { zh: "新疆农村信用社", ug: "شىنجاڭ يېزا ئىناۋەت كوپىراتىپى" } },
] as const;

// ——— Blocks used by two or more items (added with the catalogue's first batch) ———

/** The intro of every "materials" step. */
export const uploadIntro: LocalizedText = {
  zh: "请拍照或扫描上传，支持PDF、JPG、PNG，每个文件不超过10MB。",
  ug: "رەسىمگە تارتىپ ياكى سىكانېرلاپ يوللاڭ، PDF، JPG، PNG قوللىنىدۇ، ھەر بىر ھۆججەت 10MB دىن ئاشمىسۇن.",
};

export const yesNoOptions = [
  { value: "yes", label: { zh: "是", ug: "ھەئە" } },
  { value: "no", label: { zh: "否", ug: "ياق" } },
] as const;

/** A parent applying for their newborn (medical insurance, social security card): the child's name and birth date,
 * asked alike in every item so that 新生儿出生一件事 maps them to one shared question and the household pick fills
 * them by the same names. */
export function newbornFields(showWhen: Condition): FieldDef[] {
  return [
    {
      kind: "personName",
      name: "newbornName",
      label: { zh: "新生儿姓名", ug: "بوۋاقنىڭ ئىسىم-فامىلىسى" },
      showWhen,
    },
    {
      kind: "date",
      name: "newbornBirthDate",
      notFuture: true,
      label: { zh: "新生儿出生日期", ug: "بوۋاقنىڭ تۇغۇلغان ۋاقتى" },
      showWhen,
    },
  ];
}

/** Household for means-tested items (低保, 临时救助): one-person household or a list of members with their income. */
export const householdFields: readonly FieldDef[] = [
  {
    kind: "radio",
    name: "householdType",
    label: { zh: "您的家庭情况", ug: "ئائىلە ئەھۋالىڭىز" },
    options: [
      { value: "alone", label: { zh: "独自生活（单人户）", ug: "يالغۇز ياشايمەن (بىر كىشىلىك ئائىلە)" } },
      { value: "with-family", label: { zh: "与家庭成员共同生活", ug: "ئائىلە ئەزالىرى بىلەن بىللە ياشايمەن" } },
    ],
  },
  {
    kind: "group",
    name: "householdMembers",
    label: { zh: "共同生活的家庭成员（不含本人）", ug: "بىللە تۇرمۇش كەچۈرىدىغان ئائىلە ئەزالىرى (ئۆزىڭىزدىن باشقا)" },
    hint: {
      zh: "包括配偶、未成年子女、共同生活的父母等",
      ug: "جورىسى، قۇرامىغا يەتمىگەن پەرزەنتلىرى، بىللە تۇرىدىغان ئاتا-ئانىسى قاتارلىقلار",
    },
    itemLabel: { zh: "家庭成员", ug: "ئائىلە ئەزاسى" },
    prefill: "householdMembers",
    showWhen: { field: "householdType", equals: "with-family" },
    maxItems: 12,
    fields: [
      {
        kind: "select",
        name: "relation",
        label: { zh: "与申请人关系", ug: "ئىلتىماس قىلغۇچى بىلەن مۇناسىۋىتى" },
        options: relationOptions,
        prefill: "member.relation",
      },
      { kind: "personName", name: "memberName", label: { zh: "姓名", ug: "ئىسىم-فامىلىسى" }, prefill: "member.name" },
      {
        kind: "idNumber",
        name: "memberIdNumber",
        label: { zh: "身份证号", ug: "كىملىك نومۇرى" },
        prefill: "member.idNumber",
      },
      {
        kind: "money",
        name: "memberMonthlyIncome",
        label: { zh: "月收入（元）", ug: "ئايلىق كىرىمى (يۈەن)" },
        hint: { zh: "无收入填0", ug: "كىرىمى بولمىسا 0 نى تولدۇرۇڭ" },
      },
    ],
  },
];

/** Account for monthly payments (补贴, 失业保险金): bank and card number, the card prefilled from the profile. */
export const bankAccountFields: readonly FieldDef[] = [
  { kind: "select", name: "bankName", label: { zh: "开户银行", ug: "ھېسابات ئاچقان بانكا" }, options: bankOptions },
  {
    kind: "bankCard",
    name: "bankCardNumber",
    label: { zh: "银行卡号", ug: "بانكا كارتا نومۇرى" },
    hint: {
      zh: "16至19位数字，须为本人名下的卡",
      ug: "16 دىن 19 خانىغىچە سان، ئۆزىڭىزنىڭ نامىدىكى كارتا بولۇشى كېرەك",
    },
    prefill: "bankCard",
  },
];

/** How a resident pays a yearly social-insurance contribution (城乡居民养老、医保), collected by the tax bureau. */
export const contributionPaymentFields: readonly FieldDef[] = [
  {
    kind: "radio",
    name: "paymentMethod",
    label: { zh: "缴费方式", ug: "پۇل تاپشۇرۇش ئۇسۇلى" },
    options: [
      {
        value: "tax-online",
        label: {
          zh: "通过税务部门线上渠道自行缴纳（如手机APP）",
          ug: "باج تارمىقىنىڭ تور قانىلى ئارقىلىق ئۆزى تاپشۇرۇش (مەسىلەن، يانفون ئەپى)",
        },
      },
      {
        value: "bank-withholding",
        label: { zh: "签订协议由银行卡代扣", ug: "كېلىشىم ئىمزالاپ بانكا كارتىسىدىن ۋاكالىتەن تۇتۇپ تاپشۇرۇش" },
      },
    ],
  },
  {
    kind: "select",
    name: "withholdingBank",
    label: { zh: "代扣银行名称", ug: "ۋاكالىتەن تۇتىدىغان بانكىنىڭ نامى" },
    options: bankOptions,
    showWhen: { field: "paymentMethod", equals: "bank-withholding" },
  },
  {
    kind: "bankCard",
    name: "withholdingBankCard",
    label: { zh: "代扣银行卡号", ug: "ۋاكالىتەن تۇتىدىغان بانكا كارتا نومۇرى" },
    hint: { zh: "16至19位数字", ug: "16 دىن 19 خانىغىچە سان" },
    prefill: "bankCard",
    showWhen: { field: "paymentMethod", equals: "bank-withholding" },
  },
];
