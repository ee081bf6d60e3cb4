import { defineService } from "@/lib/form-engine/define-service";
import { ALL_CHANNELS, applicantStep, FREE, truthfulDeclaration, uploadIntro, windowCheckStep } from "../shared";

// 居住证申领 under 《居住证暂行条例》: half a year's residence after 居住登记, plus one of three bases (stable
// employment, stable residence, continuous study). Each basis asks its own follow-up and its own proof.
export const residencePermit = defineService({
  code: "XJ-YN-GA-001",
  slug: "residence-permit",
  title: { zh: "居住证申领", ug: "تۇرالغۇ گۇۋاھنامىسى ئىلتىماس قىلىش" },
  summary: {
    zh: "离开户籍所在地到伊宁市居住半年以上、有合法稳定就业、合法稳定住所或连续就读的人员，可申领居住证，凭证享受居住地基本公共服务和便利。",
    ug: "نوپۇسى تۇرۇشلۇق جايدىن ئايرىلىپ غۇلجا شەھىرىدە يېرىم يىلدىن ئارتۇق تۇرغان، قانۇنلۇق مۇقىم ئىشقا ئورۇنلاشقان، قانۇنلۇق مۇقىم تۇرالغۇسى بار ياكى ئۈزلۈكسىز ئوقۇۋاتقان كىشىلەر تۇرالغۇ گۇۋاھنامىسى ئىلتىماس قىلالايدۇ، ئۇنىڭ بىلەن تۇرۇشلۇق جايدىكى ئاساسىي ئاممىۋى مۇلازىمەت ۋە قولايلىقلاردىن بەھرىمەن بولىدۇ.",
  },
  department: "public-security",
  // Real-name verification (name and ID number match the registry) is enough to apply online.
  assurance: "registry",
  lifeEvents: ["moving-here"],
  keywords: {
    zh: ["居住证", "暂住证", "流动人口", "外地户口", "居住登记"],
    ug: ["تۇرالغۇ گۇۋاھنامىسى", "ۋاقىتلىق تۇرۇش", "سىرتتىن كەلگەنلەر"],
  },
  whoCanApply: {
    zh: "户籍不在伊宁市、在伊宁市居住半年以上的中国公民；未满16周岁或行动不便的，可由监护人或近亲属代为申领。",
    ug: "نوپۇسى غۇلجا شەھىرىدە بولمىغان، غۇلجا شەھىرىدە يېرىم يىلدىن ئارتۇق تۇرغان جۇڭگو پۇقرالىرى؛ 16 ياشقا توشمىغان ياكى ھەرىكەت قىلىشى قولايسىز بولغانلار ئۈچۈن ۋەسىيسى ياكى يېقىن تۇغقانلىرى ۋاكالىتەن ئىلتىماس قىلالايدۇ.",
  },
  conditions: [
    {
      zh: "离开常住户口所在地，在伊宁市居住半年以上，并已办理居住登记。",
      ug: "دائىمىي نوپۇسى تۇرۇشلۇق جايدىن ئايرىلىپ، غۇلجا شەھىرىدە يېرىم يىلدىن ئارتۇق تۇرغان ۋە تۇرالغۇ تىزىملىتىشنى بېجىرگەن بولۇش.",
    },
    {
      zh: "符合有合法稳定就业、合法稳定住所、连续就读条件之一。",
      ug: "قانۇنلۇق مۇقىم ئىشقا ئورۇنلىشىش، قانۇنلۇق مۇقىم تۇرالغۇ، ئۈزلۈكسىز ئوقۇش شەرتلىرىنىڭ بىرىگە ئۇيغۇن بولۇش.",
    },
    { zh: "本人在伊宁市没有有效的居住证。", ug: "ئۆزىنىڭ غۇلجا شەھىرىدە ئىناۋەتلىك تۇرالغۇ گۇۋاھنامىسى بولماسلىق." },
  ],
  materials: [
    {
      id: "id-card",
      title: { zh: "居民身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" },
      required: true,
      form: "scan",
    },
    {
      id: "photo",
      title: {
        zh: "近期白底免冠证件照（或照相馆数码相片回执）",
        ug: "يېقىندا تارتقان ئاق تەگلىك، باش كىيىمسىز كىنىشكە رەسىمى (ياكى سۈرەتخانىنىڭ رەقەملىك رەسىم تالونى)",
      },
      required: true,
      form: "scan",
    },
    {
      id: "employment-proof",
      title: {
        zh: "就业证明（劳动合同、营业执照或社会保险缴费记录）",
        ug: "ئىشقا ئورۇنلاشقانلىق ئىسپاتى (ئەمگەك توختامى، تىجارەت كىنىشكىسى ياكى ئىجتىمائىي سۇغۇرتا ھەققى تاپشۇرۇش خاتىرىسى)",
      },
      required: false,
      form: "scan",
      note: { zh: "以就业为申领依据时提供。", ug: "ئىشقا ئورۇنلىشىش ئاساس قىلىنغاندا تاپشۇرۇلىدۇ." },
    },
    {
      id: "study-proof",
      title: {
        zh: "就读证明（学生证或学校出具的在读证明）",
        ug: "ئوقۇش ئىسپاتى (ئوقۇغۇچىلىق كىنىشكىسى ياكى مەكتەپ بەرگەن ئوقۇۋاتقانلىق ئىسپاتى)",
      },
      required: false,
      form: "scan",
      note: { zh: "以就读为申领依据时提供。", ug: "ئوقۇش ئاساس قىلىنغاندا تاپشۇرۇلىدۇ." },
    },
    {
      id: "housing-proof",
      title: {
        zh: "住所证明（房屋产权证明、房屋租赁合同或房主证明）",
        ug: "تۇرالغۇ ئىسپاتى (ئۆي مۈلۈك ھوقۇقى ئىسپاتى، ئۆي ئىجارە توختامى ياكى ئۆي ئىگىسىنىڭ ئىسپاتى)",
      },
      required: false,
      form: "scan",
      note: { zh: "以住所为申领依据时提供。", ug: "تۇرالغۇ ئاساس قىلىنغاندا تاپشۇرۇلىدۇ." },
    },
  ],
  fee: FREE,
  promisedDays: 7,
  legalDays: 15,
  legalBasis: [
    {
      zh: "《居住证暂行条例》（国务院令第663号）",
      ug: "«تۇرالغۇ گۇۋاھنامىسى ۋاقىتلىق نىزامى» (گوۋۇيۈەننىڭ 663-نومۇرلۇق بۇيرۇقى)",
    },
    {
      zh: "新疆维吾尔自治区居住证管理相关实施规定",
      ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونىنىڭ تۇرالغۇ گۇۋاھنامىسىنى باشقۇرۇشقا ئائىت يولغا قويۇش بەلگىلىمىلىرى",
    },
  ],
  channels: ALL_CHANNELS,
  resultDelivery: {
    zh: "制证完成后以短信通知，到居住地公安派出所领取；居住证每满一年，应在期满前30日内办理签注。",
    ug: "گۇۋاھنامە ياسالغاندىن كېيىن قىسقا ئۇچۇر ئارقىلىق ئۇقتۇرۇلىدۇ، تۇرۇشلۇق جايدىكى ساقچىخانىدىن ئېلىڭ؛ تۇرالغۇ گۇۋاھنامىسى ھەر بىر يىل توشقاندا، مۇددىتى توشۇشتىن 30 كۈن بۇرۇن يىللىق تەستىقلىتىشنى بېجىرىش كېرەك.",
  },
  faq: [
    {
      q: {
        zh: "居住证有效期多久？每年需要办理什么？",
        ug: "تۇرالغۇ گۇۋاھنامىسىنىڭ ئىناۋەتلىك مۇددىتى قانچىلىك؟ ھەر يىلى نېمە بېجىرىش كېرەك؟",
      },
      a: {
        zh: "居住证在签注有效期内有效。持证人在伊宁市居住满一年的，应在期满前30日内到派出所或通过本平台办理签注，逾期未签注的暂停使用。",
        ug: "تۇرالغۇ گۇۋاھنامىسى يىللىق تەستىقنىڭ ئىناۋەتلىك مۇددىتى ئىچىدە كۈچكە ئىگە. غۇلجا شەھىرىدە بىر يىل تۇرغان گۇۋاھنامە ئىگىسى مۇددىتى توشۇشتىن 30 كۈن بۇرۇن ساقچىخانىدا ياكى بۇ سۇپا ئارقىلىق يىللىق تەستىقلىتىشى كېرەك، ۋاقتىدا تەستىقلاتمىسا ئىشلىتىش ۋاقىتلىق توختىتىلىدۇ.",
      },
    },
    {
      q: {
        zh: "持居住证可以享受哪些服务？",
        ug: "تۇرالغۇ گۇۋاھنامىسى بىلەن قايسى مۇلازىمەتلەردىن بەھرىمەن بولغىلى بولىدۇ؟",
      },
      a: {
        zh: "可按规定享受义务教育、基本公共就业服务、基本公共卫生服务等，并可在居住地办理出入境证件、机动车登记等。",
        ug: "بەلگىلىمە بويىچە مەجبۇرىيەت مائارىپى، ئاساسىي ئاممىۋى ئىشقا ئورۇنلىشىش مۇلازىمىتى، ئاساسىي ئاممىۋى سەھىيە مۇلازىمىتى قاتارلىقلاردىن بەھرىمەن بولغىلى، شۇنداقلا تۇرۇشلۇق جايدا چېگرىدىن چىقىش-كىرىش گۇۋاھنامىسى، موتورلۇق قاتناش ۋاسىتىسى تىزىملىتىش قاتارلىقلارنى بېجىرگىلى بولىدۇ.",
      },
    },
  ],
  steps: [
    applicantStep,
    {
      id: "moving-in",
      title: { zh: "户籍和来伊时间", ug: "نوپۇس ۋە غۇلجىغا كەلگەن ۋاقىت" },
      fields: [
        {
          kind: "text",
          name: "previousHukouAddress",
          maxLength: 100,
          prefill: "hukouAddress",
          label: { zh: "户籍地址（常住户口所在地）", ug: "نوپۇس ئادرېسى (دائىمىي نوپۇس تۇرۇشلۇق جاي)" },
          hint: {
            zh: "按户口簿填写，如：新疆喀什地区喀什市……",
            ug: "نوپۇس دەپتىرى بويىچە تولدۇرۇڭ، مەسىلەن: شىنجاڭ قەشقەر ۋىلايىتى قەشقەر شەھىرى ...",
          },
        },
        {
          kind: "date",
          name: "movedInDate",
          notFuture: true,
          label: { zh: "来伊宁市居住的日期", ug: "غۇلجا شەھىرىگە كېلىپ تۇرغان ۋاقىت" },
          hint: { zh: "须已居住半年以上", ug: "يېرىم يىلدىن ئارتۇق تۇرغان بولۇشى كېرەك" },
        },
      ],
    },
    {
      id: "basis",
      title: { zh: "申领依据", ug: "ئىلتىماس ئاساسى" },
      fields: [
        {
          kind: "radio",
          name: "residenceBasis",
          label: { zh: "您符合哪项条件？", ug: "قايسى شەرتكە ئۇيغۇن كېلىسىز؟" },
          options: [
            { value: "employment", label: { zh: "合法稳定就业", ug: "قانۇنلۇق مۇقىم ئىشقا ئورۇنلىشىش" } },
            { value: "study", label: { zh: "连续就读", ug: "ئۈزلۈكسىز ئوقۇش" } },
            { value: "residence", label: { zh: "合法稳定住所", ug: "قانۇنلۇق مۇقىم تۇرالغۇ" } },
          ],
        },
        {
          kind: "text",
          name: "employerName",
          maxLength: 60,
          showWhen: { field: "residenceBasis", equals: "employment" },
          label: {
            zh: "工作单位名称（个体经营的填营业执照名称）",
            ug: "خىزمەت ئورنىنىڭ نامى (يەككە تىجارەت قىلسىڭىز تىجارەت كىنىشكىسىدىكى نامنى تولدۇرۇڭ)",
          },
          prefill: "employer",
        },
        {
          kind: "date",
          name: "employmentStartDate",
          notFuture: true,
          showWhen: { field: "residenceBasis", equals: "employment" },
          label: { zh: "入职（开业）日期", ug: "ئىشقا كىرگەن (تىجارەت باشلىغان) ۋاقىت" },
        },
        {
          kind: "text",
          name: "schoolName",
          maxLength: 60,
          showWhen: { field: "residenceBasis", equals: "study" },
          label: { zh: "就读学校", ug: "ئوقۇۋاتقان مەكتەپ" },
        },
        {
          kind: "date",
          name: "enrollmentDate",
          notFuture: true,
          showWhen: { field: "residenceBasis", equals: "study" },
          label: { zh: "入学日期", ug: "مەكتەپكە كىرگەن ۋاقىت" },
        },
        {
          kind: "radio",
          name: "housingType",
          showWhen: { field: "residenceBasis", equals: "residence" },
          label: { zh: "住所类型", ug: "تۇرالغۇ تۈرى" },
          options: [
            { value: "owned", label: { zh: "自有住房", ug: "ئۆزىنىڭ ئۆيى" } },
            { value: "rented", label: { zh: "租赁住房", ug: "ئىجارە ئۆي" } },
            { value: "relatives", label: { zh: "借住亲友住房", ug: "تۇغقان-دوستلىرىنىڭ ئۆيىدە تۇرۇش" } },
          ],
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
          label: { zh: "居民身份证（正反面）", ug: "كىملىك (ئالدى-ئارقا يۈزى)" },
        },
        {
          kind: "file",
          name: "photoScan",
          material: "photo",
          label: { zh: "证件照或数码相片回执", ug: "كىنىشكە رەسىمى ياكى رەقەملىك رەسىم تالونى" },
        },
        {
          kind: "file",
          name: "employmentProofScan",
          material: "employment-proof",
          showWhen: { field: "residenceBasis", equals: "employment" },
          label: { zh: "就业证明", ug: "ئىشقا ئورۇنلاشقانلىق ئىسپاتى" },
        },
        {
          kind: "file",
          name: "studyProofScan",
          material: "study-proof",
          showWhen: { field: "residenceBasis", equals: "study" },
          label: { zh: "就读证明", ug: "ئوقۇش ئىسپاتى" },
        },
        {
          kind: "file",
          name: "housingProofScan",
          material: "housing-proof",
          showWhen: { field: "residenceBasis", equals: "residence" },
          label: { zh: "住所证明", ug: "تۇرالغۇ ئىسپاتى" },
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
    "Legal limit 15 follows 条例 art. 11 (15 days, which the regulation may mean as calendar days; remote areas up to 30). 7 promised days is an assumption. No material is deferrable: I found no Xinjiang 容缺 rule for 居住证 and the basis proof is the core of the decision. Many 派出所 take the photo on site; the upload accepts a studio receipt instead. The six-month check on movedInDate is only in the hint, not validated.",
});
