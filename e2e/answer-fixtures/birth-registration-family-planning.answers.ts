import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 生育登记 (second child). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  spouseName: "艾力·买买提",
  spouseIdNumber: "654002198509110012",
  marriageDate: "2012-05-20",
  childOrder: "2",
  expectedDueDate: "2027-06-15",
  prenatalHospital: "伊犁州妇幼保健院",
  idCardsScan: ["sample.pdf"],
  marriageCertScan: ["sample.pdf"],
  hukouScan: [],
  declarationTruthful: true,
};
