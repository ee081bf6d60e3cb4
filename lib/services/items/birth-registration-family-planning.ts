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

// 生育登记: since the 2021 amendment of the Population and Family Planning Law, first, second and third children
// are registered (登记), not approved. Registration is usually done before the birth, hence the due date.
export const birthRegistrationFamilyPlanning = defineService({
  code: "XJ-YN-WJ-001",
  slug: "birth-registration-family-planning",
  title: { zh: "生育登记", ug: "تۇغۇت تىزىملىتىش" },
  summary: {
    zh: "夫妻生育子女（含第一、二、三个孩子）实行生育登记服务制度，可在孕前或孕期登记，登记后享受孕产期保健等服务。",
    ug: "ئەر-ئايالنىڭ پەرزەنت كۆرۈشى (بىرىنچى، ئىككىنچى، ئۈچىنچى بالىنى ئۆز ئىچىگە ئالىدۇ) ئۈچۈن تۇغۇت تىزىملىتىش مۇلازىمىتى تۈزۈمى يولغا قويۇلىدۇ، ھامىلدار بولۇشتىن بۇرۇن ياكى ھامىلدارلىق مەزگىلىدە تىزىملاتقىلى بولىدۇ، تىزىملاتقاندىن كېيىن ھامىلدارلىق ۋە تۇغۇت مەزگىلىدىكى ساغلاملىق ساقلاش قاتارلىق مۇلازىمەتلەردىن بەھرىمەن بولىدۇ.",
  },
  department: "health-commission",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["birth", "health"],
  keywords: { zh: ["生育登记", "准生证", "生育服务证", "二孩", "三孩"], ug: ["تۇغۇت", "تىزىملىتىش", "ھامىلدارلىق"] },
  whoCanApply: {
    zh: "夫妻双方或一方户籍在伊宁市，或在伊宁市居住的夫妻，由夫妻任一方申请。",
    ug: "ئەر-ئايالنىڭ ھەر ئىككىسى ياكى بىرىنىڭ نوپۇسى غۇلجا شەھىرىدە بولغان ياكى غۇلجا شەھىرىدە تۇرۇۋاتقان ئەر-ئاياللار، ئەر-ئايالنىڭ قايسىبىرى ئىلتىماس قىلسا بولىدۇ.",
  },
  conditions: [
    {
      zh: "夫妻双方或一方户籍在伊宁市，或持有伊宁市居住证。",
      ug: "ئەر-ئايالنىڭ ھەر ئىككىسى ياكى بىرىنىڭ نوپۇسى غۇلجا شەھىرىدە بولۇش ياكى غۇلجا شەھىرىنىڭ تۇرالغۇ گۇۋاھنامىسى بولۇش.",
    },
    {
      zh: "符合《中华人民共和国人口与计划生育法》规定的生育政策（一对夫妻可以生育三个子女）。",
      ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى نوپۇس ۋە پىلانلىق تۇغۇت قانۇنى» دا بەلگىلەنگەن تۇغۇت سىياسىتىگە ئۇيغۇن بولۇش (بىر جۈپ ئەر-ئايال ئۈچ پەرزەنت كۆرسە بولىدۇ).",
    },
    {
      zh: "登记信息真实，夫妻双方知情同意。",
      ug: "تىزىملىتىش ئۇچۇرى راست بولۇش، ئەر-ئايال ئىككىيلەن خەۋەردار بولۇپ قوشۇلۇش.",
    },
  ],
  materials: [
    {
      id: "id-cards",
      title: { zh: "夫妻双方身份证", ug: "ئەر-ئايال ئىككىيلەننىڭ كىملىكى" },
      required: true,
      form: "scan",
    },
    {
      id: "marriage-cert",
      title: { zh: "结婚证", ug: "نىكاھ گۇۋاھنامىسى" },
      required: true,
      deferrable: true,
      form: "scan",
      note: {
        zh: "可容缺受理，受理后10个工作日内补交。",
        ug: "كەمتۈك ھالەتتە قوبۇل قىلىنىدۇ، قوبۇل قىلىنغاندىن كېيىن 10 خىزمەت كۈنى ئىچىدە تولۇقلاپ تاپشۇرۇلىدۇ.",
      },
    },
    {
      id: "hukou",
      title: { zh: "户口簿或居住证", ug: "نوپۇس دەپتىرى ياكى تۇرالغۇ گۇۋاھنامىسى" },
      required: false,
      form: "scan",
    },
  ],
  fee: FREE,
  promisedDays: 1,
  legalDays: 5,
  legalBasis: [
    { zh: "《中华人民共和国人口与计划生育法》", ug: "«جۇڭخۇا خەلق جۇمھۇرىيىتى نوپۇس ۋە پىلانلىق تۇغۇت قانۇنى»" },
    {
      zh: "《新疆维吾尔自治区人口与计划生育条例》",
      ug: "«شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ نوپۇس ۋە پىلانلىق تۇغۇت نىزامى»",
    },
    {
      zh: "国家卫生健康委关于生育登记服务的有关规定",
      ug: "دۆلەتلىك سەھىيە ۋە ساغلاملىق كومىتېتىنىڭ تۇغۇت تىزىملىتىش مۇلازىمىتىگە ئائىت بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "登记完成后生成电子生育登记服务凭证，以短信通知，可用于办理孕产期保健、生育保险待遇等。",
    ug: "تىزىملىتىش تاماملانغاندىن كېيىن ئېلېكترونلۇق تۇغۇت تىزىملىتىش مۇلازىمەت ئىسپاتى ھاسىل قىلىنىدۇ، قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، ھامىلدارلىق ۋە تۇغۇت مەزگىلىدىكى ساغلاملىق ساقلاش، تۇغۇت سۇغۇرتىسى تەمىناتى قاتارلىقلارنى بېجىرىشكە ئىشلەتكىلى بولىدۇ.",
  },
  faq: [
    {
      q: { zh: "生育第三个孩子需要审批吗？", ug: "ئۈچىنچى بالىنى تۇغۇش ئۈچۈن تەستىقلىتىش كېرەكمۇ؟" },
      a: {
        zh: "不需要审批。生育第一、二、三个孩子均实行登记服务，如实填报即可。",
        ug: "تەستىقلىتىش ھاجەتسىز. بىرىنچى، ئىككىنچى، ئۈچىنچى بالىنى تۇغۇشنىڭ ھەممىسىگە تىزىملىتىش مۇلازىمىتى يولغا قويۇلىدۇ، راست تولدۇرسىڭىزلا بولىدۇ.",
      },
    },
    {
      q: { zh: "夫妻一方是外地户籍怎么办？", ug: "ئەر-ئايالنىڭ بىرىنىڭ نوپۇسى باشقا جايدا بولسا قانداق قىلىمىز؟" },
      a: {
        zh: "可在夫妻任一方户籍地或现居住地办理，不需要回外地开具证明。",
        ug: "ئەر-ئايالنىڭ قايسىبىرىنىڭ نوپۇس تۇرۇشلۇق جايىدا ياكى ھازىر تۇرۇۋاتقان جايدا بېجىرسە بولىدۇ، باشقا جايغا قايتىپ ئىسپات ئېچىشنىڭ ھاجىتى يوق.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "spouse",
      title: { zh: "配偶信息", ug: "جورا ئۇچۇرى" },
      householdPick: { name: "spouseName", idNumber: "spouseIdNumber", relations: ["spouse"] },
      fields: [
        { kind: "personName", name: "spouseName", label: { zh: "配偶姓名", ug: "جورىسىنىڭ ئىسىم-فامىلىسى" } },
        { kind: "idNumber", name: "spouseIdNumber", label: { zh: "配偶身份证号", ug: "جورىسىنىڭ كىملىك نومۇرى" } },
        {
          kind: "date",
          name: "marriageDate",
          notFuture: true,
          label: { zh: "结婚登记日期", ug: "نىكاھ تىزىملاتقان ۋاقىت" },
        },
      ],
    },
    {
      id: "pregnancy",
      title: { zh: "生育信息", ug: "تۇغۇت ئۇچۇرى" },
      fields: [
        {
          kind: "integer",
          name: "childOrder",
          min: 1,
          max: 10,
          label: { zh: "本次登记为第几个孩子", ug: "بۇ قېتىم تىزىملىتىدىغىنى نەچچىنچى بالا" },
          hint: { zh: "按夫妻共同生育的子女计算", ug: "ئەر-ئايال بىرلىكتە كۆرگەن پەرزەنتلەر بويىچە ھېسابلىنىدۇ" },
        },
        {
          kind: "date",
          name: "expectedDueDate",
          notPast: true,
          label: { zh: "预产期", ug: "تۇغۇت مۆلچەرلەنگەن ۋاقىت" },
        },
        {
          kind: "text",
          name: "prenatalHospital",
          optional: true,
          maxLength: 60,
          label: { zh: "产检医院（选填）", ug: "ھامىلدارلىق تەكشۈرۈش دوختۇرخانىسى (ئىختىيارىي)" },
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
          name: "idCardsScan",
          material: "id-cards",
          label: { zh: "夫妻双方身份证", ug: "ئەر-ئايال ئىككىيلەننىڭ كىملىكى" },
        },
        {
          kind: "file",
          name: "marriageCertScan",
          material: "marriage-cert",
          optional: true,
          label: { zh: "结婚证（可容缺）", ug: "نىكاھ گۇۋاھنامىسى (كېيىن تاپشۇرسىمۇ بولىدۇ)" },
        },
        deferralPledge("marriageCertPledge", "marriageCertScan"),
        {
          kind: "file",
          name: "hukouScan",
          material: "hukou",
          optional: true,
          label: { zh: "户口簿或居住证（选填）", ug: "نوپۇس دەپتىرى ياكى تۇرالغۇ گۇۋاھنامىسى (ئىختىيارىي)" },
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
    "Registration before birth only (due date must not be past); registering after the birth (补登记) is common and would need a radio + birth date branch. Marriage certificate as deferrable follows the 告知承诺 practice of many provinces — not confirmed for Xinjiang. The national rule text is cited generically (国家卫生健康委 has issued several notices on 生育登记). Time limits are assumptions; many places do it on the spot.",
});
