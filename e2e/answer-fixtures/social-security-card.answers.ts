import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 社会保障卡申领 (replacement of a lost card, mailed home). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  cardHolder: "self",
  applicationType: "replace",
  lossReported: true,
  cardBank: "abc",
  collectionMethod: "mail",
  mailingAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  idCardScan: ["sample.pdf"],
  photoScan: ["sample.png"],
  hukouScan: [],
  declarationTruthful: true,
};
