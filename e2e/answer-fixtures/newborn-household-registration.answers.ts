import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 出生登记（新生儿落户） (mother applies, baby joins the mother's hukou). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  babyName: "米热古丽·艾力",
  babyGender: "female",
  babyBirthDate: "2026-10-08",
  birthCertNumber: "Q650123456",
  birthHospital: "伊犁州妇幼保健院",
  applicantRole: "mother",
  otherParentName: "艾力·买买提",
  otherParentIdNumber: "654002198509110012",
  joinHukouOf: "mother",
  ethnicityFrom: "father",
  birthCertScan: ["sample.pdf"],
  hukouScan: ["sample.pdf"],
  parentsIdScan: ["sample.png"],
  marriageCertScan: ["sample.pdf"],
  declarationTruthful: true,
};
