import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 失业保险金申领. File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  lastEmployer: "伊宁市天山商贸有限公司",
  employmentEndDate: "2026-08-31",
  contributionYears: "6",
  separationReason: "contract-expired",
  jobSeeking: true,
  bankName: "icbc",
  bankCardNumber: "6222023001001234561",
  idCardScan: ["sample.pdf"],
  separationProofScan: ["sample.pdf"],
  declarationTruthful: true,
};
