import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 城乡居民基本养老保险参保登记 (bank withholding, hukou deferred). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  notCoveredElsewhere: true,
  specialGroup: "none",
  contributionGrade: "500",
  paymentMethod: "bank-withholding",
  withholdingBank: "icbc",
  withholdingBankCard: "6222023001001234561",
  idCardScan: ["sample.pdf"],
  hukouScan: [],
  hukouPledge: true,
  declarationTruthful: true,
};
