// The demo accounts listed in the README. All share one password.
import type { Role } from "../lib/db/generated/enums";

export const DEMO_PASSWORD = "Demo#2026";

export const demoDepartments = [
  { id: "service-center", nameZh: "伊宁市政务服务中心", nameUg: "غۇلجا شەھەرلىك ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى" },
  { id: "civil-affairs", nameZh: "伊宁市民政局", nameUg: "غۇلجا شەھەرلىك خەلق ئىشلىرى ئىدارىسى" },
  { id: "hrss", nameZh: "伊宁市人力资源和社会保障局", nameUg: "غۇلجا شەھەرلىك كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت ئىدارىسى" },
];

type DemoUser = { role: Role; mobile?: string; staffId?: string; nameZh: string; nameUg?: string; departmentId?: string };

export const demoUsers: DemoUser[] = [
  { role: "resident", mobile: "13800000001", nameZh: "阿依古丽·艾买提", nameUg: "ئايگۈل ئەھمەت" },
  { role: "resident", mobile: "13800000002", nameZh: "王建国", nameUg: "ۋاڭ جيەنگو" },
  { role: "clerk", staffId: "clerk01", nameZh: "古丽米拉·吐尔逊", nameUg: "گۈلمىرا تۇرسۇن", departmentId: "service-center" },
  { role: "reviewer", staffId: "reviewer01", nameZh: "张伟", nameUg: "جاڭ ۋېي", departmentId: "civil-affairs" },
  { role: "reviewer", staffId: "reviewer02", nameZh: "努尔兰·哈力木", nameUg: "نۇرلان ھالىم", departmentId: "hrss" },
  { role: "admin", staffId: "admin01", nameZh: "系统管理员", nameUg: "سىستېما باشقۇرغۇچىسى", departmentId: "service-center" },
];

/** Extra residents for the browser tests only (SEED_TEST_ACCOUNTS=1, set by scripts/serve-test.ts): each test
 * project applies as its own resident, so parallel runs never share a draft. */
export const testResidents: DemoUser[] = Array.from({ length: 40 }, (_, i) => ({
  role: "resident" as const,
  mobile: `139000000${String(i + 1).padStart(2, "0")}`,
  nameZh: `测试居民${i + 1}`,
  nameUg: `سىناق ئاھالە ${i + 1}`,
}));
