import { defineService } from "@/lib/form-engine/define-service";
import {
  ALL_CHANNELS,
  applicantStep,
  contributionPaymentFields,
  deferralPledge,
  FREE,
  newbornFields,
  truthfulDeclaration,
  uploadIntro,
  windowCheckStep,
} from "../shared";

// 城乡居民基本医疗保险参保登记, for the resident or for their newborn. A newborn insured within 90 days of birth is
// covered from the day of birth; before the baby has a hukou page, the birth medical certificate is enough and the
// hukou page follows on a 容缺 pledge.
const newborn = { field: "insuredPerson", equals: "newborn" } as const;

export const residentMedicalInsurance = defineService({
  code: "XJ-YN-YB-001",
  slug: "resident-medical-insurance",
  title: {
    zh: "城乡居民基本医疗保险参保登记",
    ug: "شەھەر-يېزا ئاھالىلىرى ئاساسىي داۋالاش سۇغۇرتىسىغا قاتنىشىش تىزىملىتىش",
  },
  summary: {
    zh: "未参加职工基本医疗保险的伊宁市城乡居民（含学生、儿童和新生儿）可办理居民医保参保登记；新生儿出生后90天内参保缴费的，自出生之日起享受医保待遇。",
    ug: "خىزمەتچى-ئىشچىلار ئاساسىي داۋالاش سۇغۇرتىسىغا قاتناشمىغان غۇلجا شەھىرىدىكى شەھەر-يېزا ئاھالىلىرى (ئوقۇغۇچىلار، بالىلار ۋە يېڭى تۇغۇلغان بوۋاقلارنى ئۆز ئىچىگە ئالىدۇ) ئاھالىلەر داۋالاش سۇغۇرتىسىغا قاتنىشىش تىزىملىتىشىنى بېجىرەلەيدۇ؛ يېڭى تۇغۇلغان بوۋاق تۇغۇلۇپ 90 كۈن ئىچىدە سۇغۇرتىغا قاتنىشىپ پۇل تاپشۇرسا، تۇغۇلغان كۈندىن باشلاپ داۋالاش سۇغۇرتىسى تەمىناتىدىن بەھرىمەن بولىدۇ.",
  },
  department: "medical-security",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["health", "birth"],
  keywords: {
    zh: ["医保", "居民医保", "城乡居民医保", "新生儿医保", "参保"],
    ug: ["داۋالاش سۇغۇرتىسى", "بوۋاق", "سۇغۇرتىغا قاتنىشىش"],
  },
  whoCanApply: {
    zh: "户籍在伊宁市或持有伊宁市居住证、未参加职工基本医疗保险的居民，以及在伊宁市出生的新生儿（由父母申请）。",
    ug: "نوپۇسى غۇلجا شەھىرىدە بولغان ياكى غۇلجا شەھىرىنىڭ تۇرالغۇ گۇۋاھنامىسى بار، خىزمەتچى-ئىشچىلار ئاساسىي داۋالاش سۇغۇرتىسىغا قاتناشمىغان ئاھالىلەر، شۇنداقلا غۇلجا شەھىرىدە تۇغۇلغان يېڭى بوۋاقلار (ئاتا-ئانىسى ئىلتىماس قىلىدۇ).",
  },
  conditions: [
    {
      zh: "户籍在伊宁市，或持有伊宁市有效居住证。",
      ug: "نوپۇسى غۇلجا شەھىرىدە بولۇش ياكى غۇلجا شەھىرىنىڭ ئىناۋەتلىك تۇرالغۇ گۇۋاھنامىسى بولۇش.",
    },
    {
      zh: "未参加职工基本医疗保险，且未在其他地区重复参加居民医保。",
      ug: "خىزمەتچى-ئىشچىلار ئاساسىي داۋالاش سۇغۇرتىسىغا قاتناشمىغان ۋە باشقا جايدا ئاھالىلەر داۋالاش سۇغۇرتىسىغا تەكرار قاتناشمىغان بولۇش.",
    },
    {
      zh: "为新生儿参保的，应在出生后90天内办理参保缴费，方可自出生之日起享受待遇。",
      ug: "يېڭى تۇغۇلغان بوۋاق ئۈچۈن سۇغۇرتىغا قاتناشقاندا، تۇغۇلۇپ 90 كۈن ئىچىدە سۇغۇرتىغا قاتنىشىپ پۇل تاپشۇرۇش كېرەك، شۇنداق بولغاندىلا تۇغۇلغان كۈندىن باشلاپ تەمىناتتىن بەھرىمەن بولىدۇ.",
    },
  ],
  materials: [
    {
      id: "id-card",
      title: { zh: "参保人身份证（本人参保时）", ug: "سۇغۇرتىغا قاتناشقۇچىنىڭ كىملىكى (ئۆزى قاتناشقاندا)" },
      required: false,
      form: "scan",
    },
    {
      id: "birth-cert",
      title: { zh: "新生儿出生医学证明", ug: "يېڭى تۇغۇلغان بوۋاقنىڭ تۇغۇلۇش تېببىي ئىسپاتى" },
      required: false,
      form: "scan",
      note: { zh: "为新生儿参保时提供。", ug: "يېڭى تۇغۇلغان بوۋاق ئۈچۈن سۇغۇرتىغا قاتناشقاندا تاپشۇرۇلىدۇ." },
    },
    {
      id: "newborn-hukou",
      title: { zh: "新生儿户口簿页", ug: "يېڭى تۇغۇلغان بوۋاقنىڭ نوپۇس دەپتىرى بېتى" },
      required: false,
      deferrable: true,
      form: "scan",
      note: {
        zh: "尚未落户的，可先凭出生医学证明参保，落户后10个工作日内补交。",
        ug: "تېخى نوپۇسقا ئالدۇرۇلمىغان بولسا، ئالدى بىلەن تۇغۇلۇش تېببىي ئىسپاتى بىلەن سۇغۇرتىغا قاتنىشىپ، نوپۇسقا ئالدۇرغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرسا بولىدۇ.",
      },
    },
    {
      id: "category-proof",
      title: {
        zh: "参保身份证明（低保、特困、残疾等）",
        ug: "سۇغۇرتىغا قاتنىشىش سالاھىيىتى ئىسپاتى (ئەڭ تۆۋەن تۇرمۇش كاپالىتى، ئالاھىدە قىيىن، مېيىپ قاتارلىقلار)",
      },
      required: false,
      form: "scan",
      note: { zh: "享受个人缴费资助时提供。", ug: "شەخسىي پۇل تاپشۇرۇشقا ياردەم ئالغاندا تاپشۇرۇلىدۇ." },
    },
  ],
  fee: FREE,
  promisedDays: 1,
  legalDays: 5,
  legalBasis: [
    {
      zh: "《中华人民共和国社会保险法》第二十五条",
      ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى ئىجتىمائىي سۇغۇرتا قانۇنى» 25-ماددا",
    },
    {
      zh: "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）",
      ug: "«گوۋۇيۈەننىڭ شەھەر-يېزا ئاھالىلىرى ئاساسىي داۋالاش سۇغۇرتىسى تۈزۈمىنى بىرلەشتۈرۈش توغرىسىدىكى پىكرى» (گوۋۇيۈەن [2016] 3-نومۇرلۇق ھۆججەت)",
    },
    {
      zh: "国家医疗保障局关于新生儿参保的有关规定及自治区实施规定",
      ug: "دۆلەتلىك داۋالاش كاپالىتى ئىدارىسىنىڭ يېڭى تۇغۇلغان بوۋاقلارنىڭ سۇغۇرتىغا قاتنىشىشىغا ئائىت بەلگىلىمىلىرى ۋە ئاپتونوم رايوننىڭ يولغا قويۇش بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "登记完成后以短信通知，缴纳年度个人保费后享受待遇；可通过医保电子凭证查询参保状态。",
    ug: "تىزىملىتىش تاماملانغاندىن كېيىن قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، يىللىق شەخسىي سۇغۇرتا ھەققى تاپشۇرۇلغاندىن كېيىن تەمىناتتىن بەھرىمەن بولىدۇ؛ سۇغۇرتىغا قاتنىشىش ھالىتىنى داۋالاش سۇغۇرتىسى ئېلېكترونلۇق ئىسپاتى ئارقىلىق سۈرۈشتۈرگىلى بولىدۇ.",
  },
  faq: [
    {
      q: {
        zh: "新生儿还没落户，可以参保吗？",
        ug: "يېڭى تۇغۇلغان بوۋاق تېخى نوپۇسقا ئالدۇرۇلمىغان بولسا، سۇغۇرتىغا قاتناشقىلى بولامدۇ؟",
      },
      a: {
        zh: "可以。凭出生医学证明即可先行参保，落户后补交户口簿页。",
        ug: "بولىدۇ. تۇغۇلۇش تېببىي ئىسپاتى بىلەنلا ئالدى بىلەن سۇغۇرتىغا قاتناشقىلى بولىدۇ، نوپۇسقا ئالدۇرغاندىن كېيىن نوپۇس دەپتىرى بېتىنى تولۇقلاپ تاپشۇرۇڭ.",
      },
    },
    {
      q: { zh: "每年什么时候缴费？", ug: "ھەر يىلى قاچان پۇل تاپشۇرىمەن؟" },
      a: {
        zh: "一般在每年集中征缴期内缴纳次年保费，具体时间以医保、税务部门公告为准；新生儿不受集中征缴期限制。",
        ug: "ئادەتتە ھەر يىلى مەركەزلىك يىغىش مەزگىلىدە كېيىنكى يىلنىڭ سۇغۇرتا ھەققى تاپشۇرۇلىدۇ، كونكرېت ۋاقىت داۋالاش كاپالىتى ۋە باج تارماقلىرىنىڭ ئۇقتۇرۇشى ئاساس قىلىنىدۇ؛ يېڭى تۇغۇلغان بوۋاقلار مەركەزلىك يىغىش مەزگىلىنىڭ چەكلىمىسىگە ئۇچرىمايدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "insured",
      title: { zh: "参保人", ug: "سۇغۇرتىغا قاتناشقۇچى" },
      // A newborn already in the household list (registered with an ID number): name and birth date picked.
      householdPick: { name: "newbornName", birthDate: "newbornBirthDate", relations: ["child"] },
      fields: [
        {
          kind: "radio",
          name: "insuredPerson",
          label: { zh: "参保人是", ug: "سۇغۇرتىغا قاتناشقۇچى" },
          options: [
            { value: "self", label: { zh: "我本人", ug: "ئۆزۈم" } },
            { value: "newborn", label: { zh: "我的新生儿", ug: "يېڭى تۇغۇلغان بوۋىقىم" } },
          ],
        },
        {
          kind: "select",
          name: "insuredCategory",
          label: { zh: "参保身份", ug: "سۇغۇرتىغا قاتنىشىش سالاھىيىتى" },
          showWhen: { field: "insuredPerson", equals: "self" },
          options: [
            { value: "general", label: { zh: "一般城乡居民", ug: "ئادەتتىكى شەھەر-يېزا ئاھالىسى" } },
            { value: "student", label: { zh: "在校学生", ug: "مەكتەپتە ئوقۇۋاتقان ئوقۇغۇچى" } },
            { value: "minimum-living", label: { zh: "最低生活保障对象", ug: "ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئوبيېكتى" } },
            { value: "extreme-poverty", label: { zh: "特困人员", ug: "ئالاھىدە قىيىن كىشى" } },
            { value: "disabled", label: { zh: "残疾人", ug: "مېيىپ" } },
          ],
        },
        ...newbornFields(newborn),
        {
          kind: "text",
          name: "newbornBirthCertNumber",
          label: { zh: "出生医学证明编号", ug: "تۇغۇلۇش تېببىي ئىسپاتىنىڭ نومۇرى" },
          hint: {
            zh: "在出生医学证明右上角，1位字母加9位数字",
            ug: "تۇغۇلۇش تېببىي ئىسپاتىنىڭ ئوڭ ئۈستى بۇلۇڭىدا، 1 ھەرپ ۋە 9 خانىلىق سان",
          },
          maxLength: 10,
          pattern: { regex: "^[A-Za-z]\\d{9}$", message: "validation:birthCertNumber" },
          showWhen: newborn,
        },
      ],
    },
    {
      id: "payment",
      title: { zh: "缴费方式", ug: "پۇل تاپشۇرۇش ئۇسۇلى" },
      fields: contributionPaymentFields,
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
          showWhen: { field: "insuredPerson", equals: "self" },
          label: { zh: "身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" },
        },
        {
          kind: "file",
          name: "birthCertScan",
          material: "birth-cert",
          showWhen: newborn,
          label: { zh: "出生医学证明", ug: "تۇغۇلۇش تېببىي ئىسپاتى" },
        },
        {
          kind: "file",
          name: "newbornHukouScan",
          material: "newborn-hukou",
          optional: true,
          showWhen: newborn,
          label: { zh: "新生儿户口簿页（可容缺）", ug: "بوۋاقنىڭ نوپۇس دەپتىرى بېتى (كېيىن تاپشۇرسىمۇ بولىدۇ)" },
        },
        {
          ...deferralPledge("newbornHukouPledge", "newbornHukouScan"),
          showWhen: { all: [newborn, { not: { field: "newbornHukouScan", notEmpty: true } }] },
        },
        {
          kind: "file",
          name: "categoryProofScan",
          material: "category-proof",
          showWhen: { field: "insuredCategory", in: ["minimum-living", "extreme-poverty", "disabled"] },
          label: { zh: "参保身份证明", ug: "سۇغۇرتىغا قاتنىشىش سالاھىيىتى ئىسپاتى" },
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
    "The 90-day newborn rule follows the national medical-security policy as I know it. The birth medical certificate number pattern (one letter + nine digits) is my understanding of the current 出生医学证明 format — loosen it if clerks report valid numbers being refused; the key validation:birthCertNumber must be added to locales/{zh,ug}/validation.json. Yearly contribution amount and the collection period are not stated because they change every year. Time limits are assumptions.",
});
