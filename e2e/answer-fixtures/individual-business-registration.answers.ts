import type { Answers } from "../../lib/form-engine/types";

// A complete, valid application for 个体工商户设立登记 (family business, premises proof deferred). File fields name files in e2e/files/ (sample.pdf, sample.png).
export const answers: Answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  applicantAddress: { county: "654002", township: "654002001", community: "654002001001", detail: "斯大林街12号" },
  businessName: "伊宁市古丽干果店",
  businessScope: "干鲜果品零售；预包装食品销售",
  businessAddress: { county: "654002", township: "654002002", community: "654002002001", detail: "解放南路88号1层" },
  capitalAmount: "50000.00",
  employeeCount: "3",
  organizationForm: "family",
  premisesUse: "rented",
  premisesArea: "40",
  idCardScan: ["sample.pdf"],
  premisesProofScan: [],
  premisesProofPledge: true,
  familyProofScan: ["sample.pdf"],
  declarationTruthful: true,
};
