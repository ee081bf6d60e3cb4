import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 城乡居民基本医疗保险参保登记 (newborn branch, hukou page deferred). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  insuredPerson: "newborn",
  newbornName: "米热古丽·艾力",
  newbornBirthDate: "2026-10-08",
  newbornBirthCertNumber: "Q650123456",
  paymentMethod: "tax-online",
  birthCertScan: ["sample.pdf"],
  newbornHukouScan: [],
  newbornHukouPledge: true,
  declarationTruthful: true,
};
