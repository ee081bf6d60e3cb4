// The demo applications (data only; seed-applications.ts writes them). Two demo residents: 王建国 (13800000002, ID
// ending 151239) in every status, and a few for 阿依古丽 (13800000001, ID ending 150029), never a draft for her (browser
// tests start drafts as her). `submittedDaysAgo` and each step's `day` are working days (before the seeding day /
// after submission); `by` is a demo staff ID or "applicant". File fields say "file": the seed stores a blank PDF.
import type { Answers, Channel } from "../lib/form-engine/types";
import type { EventType } from "../lib/applications/transition/status-machine";

export type DemoStep = {
  day: number;
  time?: string;
  by: "applicant" | "clerk01" | "reviewer01" | "reviewer02" | "reviewer03" | "reviewer04";
  event: EventType;
  payload?: Record<string, unknown>;
};

export type DemoApplication = {
  id: string;
  reference: string;
  mobile: "13800000001" | "13800000002";
  slug: string;
  channel: Channel;
  submittedDaysAgo: number;
  answers: Answers;
  steps: DemoStep[];
};

const FILE = ["file"];

const wang = {
  applicantName: "王建国",
  applicantIdNumber: "654002197203151239",
  applicantMobile: "13800000002",
  applicantAddress: { county: "654002", township: "654002003", community: "654002003001", detail: "解放西路66号" },
};
const aygul = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002002", community: "654002002001", detail: "喀赞其民俗街28号" },
};

const elderly = (a: Answers): Answers => ({
  ...a,
  forWhom: "family",
  elderName: "王秀英",
  elderIdNumber: "654002194502110046",
  elderRelation: "parent",
  payout: "bank",
  bankName: "abc",
  bankCardNumber: "6228480010023456782",
  hukouScan: FILE,
  idCardScan: FILE,
  bankCardScan: FILE,
  powerOfAttorneyScan: FILE,
  declarationTruthful: true,
});

const minimumLiving = (a: Answers, members: Answers[]): Answers => ({
  ...a,
  householdType: "with-family",
  householdMembers: members,
  applicantMonthlyIncome: "400.00",
  incomeSources: ["wages"],
  hardshipReason: "illness",
  hardshipDetail: "本人患慢性病，只能打零工，家庭收入低。",
  ownsOtherHousing: "no",
  ownsVehicle: "no",
  householdSavings: "1500.00",
  idCardScan: FILE,
  hukouScan: FILE,
  authorizationScan: FILE,
  incomeProofScan: FILE,
  hardshipProofScan: FILE,
  declarationTruthful: true,
});
const wangHousehold = [
  { relation: "spouse", memberName: "李桂芳", memberIdNumber: "654002197509140022", memberMonthlyIncome: "600.00" },
  { relation: "child", memberName: "王磊", memberIdNumber: "654002200505170034", memberMonthlyIncome: "0" },
];
const aygulHousehold = [
  {
    relation: "spouse",
    memberName: "艾买提·托合提",
    memberIdNumber: "654002198509110012",
    memberMonthlyIncome: "800.00",
  },
  { relation: "child", memberName: "阿力木·艾买提", memberIdNumber: "654002201506010010", memberMonthlyIncome: "0" },
];

const socialSecurityCard = (a: Answers): Answers => ({
  ...a,
  cardHolder: "self",
  applicationType: "replace",
  lossReported: true,
  cardBank: "abc",
  collectionMethod: "mail",
  mailingAddress: a.applicantAddress,
  idCardScan: FILE,
  photoScan: FILE,
  hukouScan: [],
  declarationTruthful: true,
});

const unemployment = (a: Answers, employer: string, bankCardNumber: string): Answers => ({
  ...a,
  lastEmployer: employer,
  employmentEndDate: "2026-06-30",
  contributionYears: "8",
  separationReason: "contract-expired",
  jobSeeking: true,
  bankName: "abc",
  bankCardNumber,
  idCardScan: FILE,
  separationProofScan: FILE,
  declarationTruthful: true,
});

const residencePermit = (a: Answers): Answers => ({
  ...a,
  previousHukouAddress: "新疆阿克苏地区阿克苏市解放中路15号",
  movedInDate: "2025-09-01",
  residenceBasis: "residence",
  housingType: "rented",
  idCardScan: FILE,
  photoScan: FILE,
  housingProofScan: FILE,
  declarationTruthful: true,
});

const ref = (n: number) => `YN2026DEMO${String(n).padStart(6, "0")}`;
const id = (n: number) => `demoapp${String(n).padStart(6, "0")}`;
const W = "13800000002" as const;
const A = "13800000001" as const;

export const demoApplications: DemoApplication[] = [
  // Waiting for intake.
  {
    id: id(1),
    reference: ref(1),
    mobile: W,
    slug: "elderly-allowance",
    channel: "online",
    submittedDaysAgo: 1,
    answers: elderly(wang),
    steps: [],
  },
  // Accepted, promised date in one working day (due soon).
  {
    id: id(2),
    reference: ref(2),
    mobile: W,
    slug: "social-security-card",
    channel: "online",
    submittedDaysAgo: 4,
    answers: socialSecurityCard(wang),
    steps: [{ day: 1, by: "reviewer02", event: "accept", payload: {} }],
  },
  // Parallel approval: the township has verified the household, civil affairs has not decided; past its promised date.
  {
    id: id(3),
    reference: ref(3),
    mobile: W,
    slug: "minimum-living-allowance",
    channel: "online",
    submittedDaysAgo: 22,
    answers: minimumLiving(wang, wangHousehold),
    steps: [
      { day: 1, by: "reviewer01", event: "accept", payload: {} },
      {
        day: 6,
        by: "reviewer03",
        event: "approve_part",
        payload: { note: "已入户调查，家庭情况属实，社区公示7天无异议。" },
      },
    ],
  },
  // Supplement requested (once, complete list): the clock is paused.
  {
    id: id(4),
    reference: ref(4),
    mobile: W,
    slug: "unemployment-insurance-benefit",
    channel: "online",
    submittedDaysAgo: 3,
    answers: unemployment(wang, "伊宁市新华建材有限公司", "6228480010023456782"),
    steps: [
      { day: 1, by: "reviewer02", event: "accept", payload: {} },
      {
        day: 2,
        by: "reviewer02",
        event: "request_supplement",
        payload: { materials: ["separation-proof"], note: "终止劳动合同证明上没有单位公章，请上传盖章的证明。" },
      },
    ],
  },
  // Approved by civil affairs, waiting for the result to be issued.
  {
    id: id(5),
    reference: ref(5),
    mobile: W,
    slug: "elderly-allowance",
    channel: "window",
    submittedDaysAgo: 8,
    answers: { ...elderly(wang), originalsSeen: true },
    steps: [
      { day: 1, by: "reviewer01", event: "accept", payload: {} },
      { day: 6, by: "reviewer04", event: "approve_part", payload: {} },
    ],
  },
  // Refused with reason code, legal basis (index into the item's legalBasis) and a note.
  {
    id: id(6),
    reference: ref(6),
    mobile: W,
    slug: "elderly-allowance",
    channel: "online",
    submittedDaysAgo: 30,
    answers: elderly(wang),
    steps: [
      { day: 1, by: "reviewer01", event: "accept", payload: {} },
      {
        day: 8,
        by: "reviewer01",
        event: "refuse",
        payload: {
          reason: "not-eligible",
          legalBasis: 0,
          note: "经核实，老人户籍不在伊宁市，请向户籍所在地民政部门申请。",
        },
      },
    ],
  },
  // Result issued by post, with a tracking number.
  {
    id: id(7),
    reference: ref(7),
    mobile: W,
    slug: "social-security-card",
    channel: "online",
    submittedDaysAgo: 12,
    answers: socialSecurityCard(wang),
    steps: [
      { day: 0, time: "15:00", by: "reviewer02", event: "accept", payload: {} },
      { day: 3, by: "reviewer02", event: "approve_part", payload: {} },
      {
        day: 4,
        by: "reviewer02",
        event: "issue_result",
        payload: { delivery: "post", trackingNumber: "1187654321098" },
      },
    ],
  },
  // Closed after an electronic result.
  {
    id: id(8),
    reference: ref(8),
    mobile: W,
    slug: "unemployment-insurance-benefit",
    channel: "online",
    submittedDaysAgo: 40,
    answers: unemployment(wang, "伊宁市天山商贸有限公司", "6228480010023456782"),
    steps: [
      { day: 1, by: "reviewer02", event: "accept", payload: {} },
      { day: 3, by: "reviewer02", event: "approve_part", payload: {} },
      { day: 4, by: "reviewer02", event: "issue_result", payload: { delivery: "electronic" } },
      { day: 9, by: "reviewer02", event: "close", payload: {} },
    ],
  },
  // Not accepted at intake: the same household already has a 低保 application in progress (no. 3).
  {
    id: id(9),
    reference: ref(9),
    mobile: W,
    slug: "minimum-living-allowance",
    channel: "online",
    submittedDaysAgo: 10,
    answers: minimumLiving(wang, wangHousehold),
    steps: [
      {
        day: 2,
        by: "clerk01",
        event: "refuse_intake",
        payload: { reason: "duplicate", note: "您家已有一份低保申请正在办理中，无需重复申请。" },
      },
    ],
  },
  // Withdrawn by the resident after intake.
  {
    id: id(10),
    reference: ref(10),
    mobile: W,
    slug: "residence-permit",
    channel: "online",
    submittedDaysAgo: 5,
    answers: residencePermit(wang),
    steps: [
      { day: 1, by: "clerk01", event: "accept", payload: {} },
      { day: 2, by: "applicant", event: "withdraw", payload: { confirm: "yes" } },
    ],
  },
  // 阿依古丽: entered at the window, accepted, both departments still to sign off; due soon.
  {
    id: id(11),
    reference: ref(11),
    mobile: A,
    slug: "minimum-living-allowance",
    channel: "window",
    submittedDaysAgo: 18,
    answers: { ...minimumLiving(aygul, aygulHousehold), originalsSeen: true },
    steps: [{ day: 1, by: "clerk01", event: "accept", payload: {} }],
  },
  // Accepted and past its promised date.
  {
    id: id(12),
    reference: ref(12),
    mobile: A,
    slug: "unemployment-insurance-benefit",
    channel: "online",
    submittedDaysAgo: 7,
    answers: unemployment(aygul, "伊宁市天山商贸有限公司", "6222023001001234561"),
    steps: [{ day: 1, by: "reviewer02", event: "accept", payload: {} }],
  },
  // The other half of parallel approval: civil affairs has approved, the township has not.
  {
    id: id(13),
    reference: ref(13),
    mobile: A,
    slug: "minimum-living-allowance",
    channel: "online",
    submittedDaysAgo: 12,
    answers: minimumLiving(aygul, aygulHousehold),
    steps: [
      { day: 1, by: "reviewer04", event: "accept", payload: {} },
      { day: 4, by: "reviewer01", event: "approve_part", payload: {} },
    ],
  },
  // Supplement asked at intake by the window.
  {
    id: id(14),
    reference: ref(14),
    mobile: A,
    slug: "residence-permit",
    channel: "online",
    submittedDaysAgo: 2,
    answers: residencePermit(aygul),
    steps: [
      {
        day: 1,
        by: "clerk01",
        event: "request_supplement",
        payload: { materials: ["housing-proof"], note: "租房合同未附出租人身份证复印件，请上传完整的住所证明。" },
      },
    ],
  },
];
