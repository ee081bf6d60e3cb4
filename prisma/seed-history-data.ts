// What the demo history (seed-history.ts) is made of: how often each item is applied for and how it tends to go,
// the history residents' names, and the few sentences residents and departments write. Data only.
import type { Reason } from "../lib/evaluation/evaluation-rules";

/** How many applications the history holds, about (a fifth of Yining's hall would be far more: this is a demo). */
export const HISTORY_TARGET = 2400;
/** Residents who made the history: their own accounts (mobiles 187…), never the demo or test residents. */
export const HISTORY_RESIDENTS = 200;
export const historyMobile = (n: number) => `187${String(n).padStart(8, "0")}`;

/** Per item: relative volume, busy months (1–12, ×2), and how it tends to go. Shares are 0–1. */
export type ItemProfile = {
  weight: number;
  busyMonths?: number[];
  /** Asked for a supplement (一次性告知) once: the guide's clarity shows here. */
  supplement: number;
  /** Decided after the promised date, and of those how many after the legal limit too. */
  late: number;
  pastLegal: number;
  refused: number;
  notAccepted: number;
  /** The reason a bad rating of this item names first, besides the ones its story gives. */
  complaint?: Reason;
};

export const ITEM_PROFILES: Record<string, ItemProfile> = {
  "social-security-card": {
    weight: 20,
    supplement: 0.05,
    late: 0.08,
    pastLegal: 0.1,
    refused: 0.02,
    notAccepted: 0.03,
  },
  "resident-medical-insurance": {
    weight: 18,
    busyMonths: [9, 10, 11, 12],
    supplement: 0.04,
    late: 0.12,
    pastLegal: 0.15,
    refused: 0.02,
    notAccepted: 0.03,
    complaint: "system_problem",
  },
  "resident-pension-insurance": {
    weight: 10,
    busyMonths: [3, 4],
    supplement: 0.06,
    late: 0.1,
    pastLegal: 0.1,
    refused: 0.03,
    notAccepted: 0.03,
  },
  "residence-permit": { weight: 10, supplement: 0.14, late: 0.1, pastLegal: 0.1, refused: 0.04, notAccepted: 0.05 },
  "elderly-allowance": { weight: 8, supplement: 0.12, late: 0.18, pastLegal: 0.2, refused: 0.08, notAccepted: 0.04 },
  "employment-registration-card": {
    weight: 8,
    busyMonths: [7, 8],
    supplement: 0.07,
    late: 0.06,
    pastLegal: 0.1,
    refused: 0.03,
    notAccepted: 0.04,
  },
  // The story the dashboard should tell: a guide people misread (the separation proof), asked again and again.
  "unemployment-insurance-benefit": {
    weight: 6,
    supplement: 0.38,
    late: 0.15,
    pastLegal: 0.15,
    refused: 0.08,
    notAccepted: 0.05,
    complaint: "unclear_guide",
  },
  "birth-registration-family-planning": {
    weight: 5,
    supplement: 0.08,
    late: 0.06,
    pastLegal: 0.1,
    refused: 0.02,
    notAccepted: 0.03,
  },
  "newborn-household-registration": {
    weight: 5,
    supplement: 0.1,
    late: 0.08,
    pastLegal: 0.1,
    refused: 0.02,
    notAccepted: 0.03,
  },
  "individual-business-registration": {
    weight: 4,
    supplement: 0.2,
    late: 0.1,
    pastLegal: 0.1,
    refused: 0.05,
    notAccepted: 0.06,
    complaint: "same_material_twice",
  },
  // Slow, many departments: the late ones are here.
  "disability-subsidies": { weight: 2, supplement: 0.25, late: 0.3, pastLegal: 0.3, refused: 0.1, notAccepted: 0.05 },
  "minimum-living-allowance": {
    weight: 2,
    supplement: 0.3,
    late: 0.35,
    pastLegal: 0.3,
    refused: 0.15,
    notAccepted: 0.06,
    complaint: "slow",
  },
  "temporary-assistance": {
    weight: 2,
    supplement: 0.22,
    late: 0.25,
    pastLegal: 0.25,
    refused: 0.12,
    notAccepted: 0.06,
  },
};

/** Channels of submission (online, window, terminal): online grows over the year from ~47% to ~63%. */
export const CHANNEL_SHARES = { onlineFrom: 0.47, onlineTo: 0.63, terminal: 0.1 };

/** Months with fewer or more applications overall (Spring Festival, the summer lull). */
export const MONTH_FACTOR: Record<number, number> = { 1: 0.8, 2: 0.6, 7: 0.85, 8: 0.9, 10: 0.8 };

export const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "马",
  "徐",
  "孙",
  "胡",
  "朱",
  "高",
];
export const GIVEN = ["建华", "丽娟", "志强", "秀兰", "海燕", "国庆", "玉梅", "晓东", "春花", "文斌", "淑珍", "永刚"];
export const UYGHUR_NAMES: [zh: string, ug: string][] = [
  ["阿迪力·买买提", "ئادىل مەمەت"],
  ["古丽娜·热合曼", "گۈلنۇر راھمان"],
  ["艾尔肯·吐尔逊", "ئەركىن تۇرسۇن"],
  ["阿依努尔·艾买提", "ئاينۇر ئەھمەت"],
  ["买合木提·阿不都", "مەھمۇت ئابدۇ"],
  ["热依拉·库尔班", "رەيلا قۇربان"],
  ["努尔古丽·司马义", "نۇرگۈل ئىسمائىل"],
  ["依明·托乎提", "ئىمىن توختى"],
];
export const KAZAKH_NAMES = ["叶尔兰·努尔兰", "古丽巴哈尔·哈山", "别克·阿合买提"];

/** Comments some residents leave with a bad rating (as typed: Chinese or Uyghur). */
export const BAD_COMMENTS: { text: string; lang: "zh" | "ug"; reason?: Reason }[] = [
  { text: "办了快一个月，打电话问也说不清进度。", lang: "zh", reason: "slow" },
  { text: "第一次交的材料明明有，又让我补交一遍。", lang: "zh", reason: "same_material_twice" },
  { text: "办事指南没写清楚要盖章的证明，白跑一趟。", lang: "zh", reason: "unclear_guide" },
  { text: "窗口工作人员态度不太好。", lang: "zh", reason: "staff_attitude" },
  { text: "网上提交时页面卡住，重复提交了好几次。", lang: "zh", reason: "system_problem" },
  { text: "ئىش بەك ئاستا بولدى، ئىككى قېتىم كېلىشكە توغرا كەلدى.", lang: "ug", reason: "slow" },
  { text: "قوللانمىدا قايسى ئىسپات كېرەكلىكى ئېنىق يېزىلمىغان.", lang: "ug", reason: "unclear_guide" },
];

/** What departments answer to a rectification case, by the complaint's first reason. */
export const RESPONSES: Record<Reason, string> = {
  slow: "经核查，本件因入户调查排期延误。已调整审核排班，并向您致歉；今后超过承诺时限前将主动电话告知进度。",
  same_material_twice: "经核查，窗口受理时未核对已上传的材料，导致重复要求补交。已对相关人员进行培训并致歉。",
  unclear_guide: "已根据您的意见修改办事指南，写明终止劳动合同证明须加盖单位公章，并增加了示例图片。",
  staff_attitude: "已约谈当事工作人员并进行批评教育，窗口服务规范已重新学习。感谢您的监督。",
  system_problem: "经核查为当日系统升级导致提交缓慢，现已修复。给您带来不便，深表歉意。",
  not_solved: "已安排专人电话联系您，说明不予受理（不予批准）的依据，并告知可申请的其他救助事项。",
};
