import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 城乡居民最低生活保障申请（低保） (two-member household, income proof deferred). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  householdType: "with-family",
  householdMembers: [
    {
      relation: "spouse",
      memberName: "艾力·买买提",
      memberIdNumber: "654002198509110012",
      memberMonthlyIncome: "800.00",
    },
    { relation: "child", memberName: "阿卜杜拉·艾力", memberIdNumber: "654002201506010010", memberMonthlyIncome: "0" },
  ],
  applicantMonthlyIncome: "300.00",
  incomeSources: ["wages", "farming"],
  hardshipReason: "illness",
  hardshipDetail: "丈夫患慢性病，需长期服药，家中主要靠零工和少量种植收入维持生活。",
  ownsOtherHousing: "no",
  ownsVehicle: "no",
  householdSavings: "1200.00",
  idCardScan: ["sample.pdf"],
  hukouScan: ["sample.pdf"],
  authorizationScan: ["sample.pdf"],
  incomeProofScan: [],
  incomeProofPledge: true,
  hardshipProofScan: ["sample.png"],
  declarationTruthful: true,
};
