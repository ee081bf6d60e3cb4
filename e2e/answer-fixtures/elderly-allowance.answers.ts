import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 高龄津贴申领 (family branch, bank payout). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  forWhom: "family",
  elderName: "热依拉·托合提",
  elderIdNumber: "654002194011050026",
  elderRelation: "grandparent",
  payout: "bank",
  bankName: "icbc",
  bankCardNumber: "6222023001001234561",
  hukouScan: ["sample.pdf"],
  idCardScan: ["sample.png"],
  bankCardScan: [],
  bankCardPledge: true,
  powerOfAttorneyScan: ["sample.pdf"],
  declarationTruthful: true,
};
