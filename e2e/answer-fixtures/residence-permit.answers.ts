import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 居住证申领 (employment basis). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  previousHukouAddress: "新疆喀什地区喀什市人民东路8号",
  movedInDate: "2025-09-01",
  residenceBasis: "employment",
  employerName: "伊宁市天山商贸有限公司",
  employmentStartDate: "2025-09-15",
  idCardScan: ["sample.pdf"],
  photoScan: ["sample.png"],
  employmentProofScan: ["sample.pdf"],
  declarationTruthful: true,
};
