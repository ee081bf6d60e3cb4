// The demo accounts listed in the README. All share one password.
import type { Role } from "../lib/db/generated/enums";

export const DEMO_PASSWORD = "Demo#2026";
/** The authenticator secret of every demo staff account (demo data only: real staff are enrolled in person by an
 * administrator, each with their own). Add it to an authenticator app, or read the current codes on /dev/authenticator. */
export const DEMO_TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
/** The demo hall terminal's device key (never in production: the seed refuses there). A browser holding it in the
 * portal-terminal-device cookie is a registered kiosk; enrol one at /zh/terminal/enrol, as the browser tests do. */
export const DEMO_TERMINAL_KEY = "demo-hall-terminal-0001";
export const DEMO_TERMINAL_NAME = "演示大厅 1号自助终端";

export const demoDepartments = [
  { id: "service-center", nameZh: "伊宁市政务服务中心", nameUg: "غۇلجا شەھەرلىك ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى" },
  { id: "civil-affairs", nameZh: "伊宁市民政局", nameUg: "غۇلجا شەھەرلىك خەلق ئىشلىرى ئىدارىسى" },
  {
    id: "hrss",
    nameZh: "伊宁市人力资源和社会保障局",
    nameUg: "غۇلجا شەھەرلىك كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت ئىدارىسى",
  },
  { id: "public-security", nameZh: "伊宁市公安局", nameUg: "غۇلجا شەھەرلىك جامائەت خەۋپسىزلىك ئىدارىسى" },
  { id: "health-commission", nameZh: "伊宁市卫生健康委员会", nameUg: "غۇلجا شەھەرلىك سەھىيە ۋە ساغلاملىق كومىتېتى" },
  {
    id: "market-regulation",
    nameZh: "伊宁市市场监督管理局",
    nameUg: "غۇلجا شەھەرلىك بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى",
  },
  { id: "medical-security", nameZh: "伊宁市医疗保障局", nameUg: "غۇلجا شەھەرلىك داۋالاش كاپالىتى ئىدارىسى" },
  { id: "disabled-persons-federation", nameZh: "伊宁市残疾人联合会", nameUg: "غۇلجا شەھەرلىك مېيىپلار بىرلەشمىسى" },
  { id: "township", nameZh: "伊宁市喀赞其街道办事处", nameUg: "غۇلجا شەھىرى قازانچى كوچا باشقارمىسى" },
];

type DemoUser = {
  role: Role;
  mobile?: string;
  staffId?: string;
  nameZh: string;
  nameUg?: string;
  departmentId?: string;
  windowNo?: string;
  /** Residents only: how their identity was established (the demo residents were seen at a window). */
  assurance?: "phone" | "registry" | "in_person";
};

export const demoUsers: DemoUser[] = [
  {
    role: "resident",
    mobile: "13800000001",
    nameZh: "阿依古丽·艾买提",
    nameUg: "ئايگۈل ئەھمەت",
    assurance: "in_person",
  },
  { role: "resident", mobile: "13800000002", nameZh: "王建国", nameUg: "ۋاڭ جيەنگو", assurance: "registry" },
  {
    role: "clerk",
    staffId: "clerk01",
    nameZh: "古丽米拉·吐尔逊",
    nameUg: "گۈلمىرا تۇرسۇن",
    departmentId: "service-center",
    windowNo: "3",
  },
  {
    role: "clerk",
    staffId: "clerk02",
    nameZh: "马晓燕",
    nameUg: "ما شياۋيەن",
    departmentId: "service-center",
    windowNo: "5",
  },
  { role: "reviewer", staffId: "reviewer01", nameZh: "张伟", nameUg: "جاڭ ۋېي", departmentId: "civil-affairs" },
  { role: "reviewer", staffId: "reviewer02", nameZh: "努尔兰·哈力木", nameUg: "نۇرلان ھالىم", departmentId: "hrss" },
  {
    role: "reviewer",
    staffId: "reviewer03",
    nameZh: "帕提曼·阿不都",
    nameUg: "پاتىمە ئابدۇ",
    departmentId: "township",
  },
  { role: "reviewer", staffId: "reviewer04", nameZh: "李明", nameUg: "لى مىڭ", departmentId: "civil-affairs" },
  // One reviewer for each department a life-event bundle reaches (issue 21): birth registration, medical insurance,
  // 生育登记 and business registration.
  {
    role: "reviewer",
    staffId: "reviewer05",
    nameZh: "赵刚",
    nameUg: "جاۋ گاڭ",
    departmentId: "public-security",
  },
  {
    role: "reviewer",
    staffId: "reviewer06",
    nameZh: "阿力木·买买提",
    nameUg: "ئالىم مەمەت",
    departmentId: "medical-security",
  },
  {
    role: "reviewer",
    staffId: "reviewer07",
    nameZh: "孙丽",
    nameUg: "سۇن لى",
    departmentId: "health-commission",
  },
  {
    role: "reviewer",
    staffId: "reviewer08",
    nameZh: "热依拉·艾力",
    nameUg: "رەيلا ئەلى",
    departmentId: "market-regulation",
  },
  {
    role: "admin",
    staffId: "admin01",
    nameZh: "系统管理员",
    nameUg: "سىستېما باشقۇرغۇچىسى",
    departmentId: "service-center",
  },
];

/** Extra residents for the browser tests only (SEED_TEST_ACCOUNTS=1, set by scripts/serve-test.ts): each test
 * project applies as its own resident, so parallel runs never share a draft. */
export const testResidents: DemoUser[] = Array.from({ length: 80 }, (_, i) => ({
  role: "resident" as const,
  mobile: `139000000${String(i + 1).padStart(2, "0")}`,
  nameZh: `测试居民${i + 1}`,
  nameUg: `سىناق ئاھالە ${i + 1}`,
  assurance: "in_person" as const,
}));

/** Throw-away staff accounts for the browser tests only (SEED_TEST_ACCOUNTS=1): the tests of wrong passwords spend
 * their failures on these (one per test project), never on the demo accounts a person tries the portal with. */
export const testStaff: DemoUser[] = Array.from({ length: 4 }, (_, i) => ({
  role: "reviewer" as const,
  staffId: `test-reviewer-${i + 1}`,
  nameZh: `测试审核员${i + 1}`,
  nameUg: `سىناق تەكشۈرگۈچى ${i + 1}`,
  departmentId: "civil-affairs",
}));

/** Window clerks for the browser tests only (SEED_TEST_ACCOUNTS=1), one per test project: a clerk has one rating
 * screen (lib/evaluation/pair-rating-screen.ts), so projects running at once must not share a clerk to pair one. */
export const testClerks: DemoUser[] = Array.from({ length: 4 }, (_, i) => ({
  role: "clerk" as const,
  staffId: `test-clerk-${i + 1}`,
  nameZh: `测试窗口员${i + 1}`,
  nameUg: `سىناق كۆزنەك خادىمى ${i + 1}`,
  departmentId: "service-center",
  windowNo: String(11 + i),
}));

/** Demo profiles, as if confirmed by the population registry (verified), with a household for the first resident. */
export const demoProfiles = [
  {
    mobile: "13800000001",
    profile: {
      fullName: "阿依古丽·艾买提",
      fullNameUg: "ئايگۈل ئەھمەت",
      idNumber: "654002198806150029",
      mobile: "13800000001",
      ethnicity: "维吾尔族",
      address: { county: "654002", township: "654002002", community: "654002002001", detail: "喀赞其民俗街28号" },
      hukouAddress: "新疆伊犁哈萨克自治州伊宁市喀赞其民俗街28号",
    },
    household: [
      { relation: "spouse", name: "艾买提·托合提", idNumber: "654002198509110012" },
      { relation: "child", name: "阿力木·艾买提", idNumber: "654002201506010010" },
      { relation: "parent", name: "托合提·热合曼", idNumber: "654002194803020044" },
    ],
  },
  {
    mobile: "13800000002",
    profile: {
      fullName: "王建国",
      fullNameUg: "ۋاڭ جيەنگو",
      idNumber: "654002197203151239",
      mobile: "13800000002",
      ethnicity: "汉族",
      address: { county: "654002", township: "654002003", community: "654002003001", detail: "解放西路66号" },
      // Registered where he comes from: the residence permit (居住证) is his item.
      hukouAddress: "甘肃省天水市秦州区大城街道民主西路12号",
    },
    household: [],
  },
];
