import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 就业创业证申领 (unemployed, separation proof deferred). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  employmentStatus: "unemployed",
  unemployedSince: "2026-08-31",
  jobWanted: "商场营业员",
  education: "senior",
  hasSkillCertificate: "yes",
  skillCertificateName: "中式面点师（五级）",
  idCardScan: ["sample.pdf"],
  photoScan: ["sample.png"],
  educationCertScan: [],
  separationProofScan: [],
  separationProofPledge: true,
  declarationTruthful: true,
};
