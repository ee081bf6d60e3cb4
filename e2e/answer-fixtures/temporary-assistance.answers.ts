import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 临时救助申请 (one-person household, hardship proof deferred). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  householdType: "alone",
  emergencyType: "illness",
  hardshipDate: "2026-10-20",
  hardshipDescription: "突发急性阑尾炎住院手术，医疗费用自付部分较多，暂时无法工作，生活费用短缺。",
  expenseAmount: "8600.00",
  otherAidReceived: "no",
  idCardScan: ["sample.pdf"],
  hukouScan: ["sample.pdf"],
  authorizationScan: ["sample.pdf"],
  hardshipProofScan: [],
  hardshipProofPledge: true,
  declarationTruthful: true,
};
