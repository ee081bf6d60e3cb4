import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 残疾人两项补贴申请 (for a family member, both subsidies). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  forWhom: "family",
  disabledName: "买买提·吐尔逊",
  disabledIdNumber: "654002196307090018",
  disabledRelation: "parent",
  disabilityCertNumber: "65400219630709001842",
  disabilityType: "physical",
  disabilityGrade: "2",
  subsidyType: "both",
  familyStatus: "minimum-living",
  careArrangement: "home",
  bankName: "rcc",
  bankCardNumber: "6228480040123456788",
  disabilityCertScan: ["sample.pdf"],
  idCardScan: ["sample.pdf"],
  bankCardScan: [],
  bankCardPledge: true,
  lowIncomeCertScan: ["sample.png"],
  guardianProofScan: ["sample.pdf"],
  declarationTruthful: true,
};
