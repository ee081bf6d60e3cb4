import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 高龄津贴申领, made by a daughter for her father, bank card supplied later.
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "11010519491231002X",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  forWhom: "family",
  elderName: "艾买提·托合提",
  elderIdNumber: "11010519491231002X",
  elderRelation: "parent",
  payout: "social-security-card",
  hukouScan: ["sample.pdf"],
  idCardScan: ["sample.png"],
  bankCardScan: [],
  bankCardPledge: true,
  powerOfAttorneyScan: ["sample.pdf"],
  declarationTruthful: true,
};
