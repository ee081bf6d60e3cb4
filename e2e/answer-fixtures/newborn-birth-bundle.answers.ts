import type { Answers } from "../../lib/form-engine/types";

// A complete, valid 新生儿出生一件事 (mother applies; 生育登记 was done during the pregnancy, so three members: birth
// registration, the newborn's medical insurance, the newborn's social security card). File fields name files in
// e2e/files/. The birth certificate is uploaded once and reaches the birth registration and the insurance.
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
  familyPlanningRegistered: "yes",
  birthCertScan: ["sample.pdf"],
  hukouScan: ["sample.pdf"],
  parentsIdScan: ["sample.png"],
  marriageCertScan: [],
  medical_paymentMethod: "tax-online",
  card_cardBank: "abc",
  card_collectionMethod: "branch",
  declarationTruthful: true,
};
